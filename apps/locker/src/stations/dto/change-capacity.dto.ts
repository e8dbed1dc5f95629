import { IsInt, Max, Min } from 'class-validator';

export class ChangeCapacityDto {
  @IsInt()
  @Min(1)
  @Max(500)
  capacity!: number;
}
