import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

/** The reader comes from the token, never from the body. */
export class RentBookDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  bookId!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  stationId!: string;
}
