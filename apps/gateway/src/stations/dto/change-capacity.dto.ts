import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';

export class ChangeCapacityDto {
  @ApiProperty({ minimum: 1, maximum: 500, description: 'The number of slots' })
  @IsInt()
  @Min(1)
  @Max(500)
  capacity!: number;
}
