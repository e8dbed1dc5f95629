import { IsString, IsUUID, Length } from 'class-validator';

export class CreateRentalDto {
  @IsString()
  @Length(1, 100)
  readerId!: string;

  @IsUUID()
  bookId!: string;

  @IsUUID()
  stationId!: string;
}
