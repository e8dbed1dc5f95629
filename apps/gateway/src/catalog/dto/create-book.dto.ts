import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsString, Length, Max, Min } from 'class-validator';

export class CreateBookDto {
  @ApiProperty({ example: 'Release It!' })
  @IsString()
  @Length(1, 300)
  title!: string;

  @ApiProperty({ example: 'Michael T. Nygard' })
  @IsString()
  @Length(1, 200)
  author!: string;

  @ApiProperty({ minimum: 0, maximum: 1000 })
  @IsInt()
  @Min(0)
  @Max(1000)
  copies!: number;
}
