import { IsInt, IsString, Length, Max, Min } from 'class-validator';

export class CreateBookDto {
  @IsString()
  @Length(1, 200)
  title!: string;

  @IsString()
  @Length(1, 200)
  author!: string;

  @IsInt()
  @Min(0)
  @Max(1000)
  copies!: number;
}
