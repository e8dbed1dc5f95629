import { IsInt, IsString, Length, Max, Min } from 'class-validator';

export class CreateStationDto {
  @IsString()
  @Length(1, 200)
  name!: string;

  @IsInt()
  @Min(1)
  @Max(500)
  capacity!: number;
}
