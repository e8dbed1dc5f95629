import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Length } from 'class-validator';
import { roles, type Role } from '../caller';

export class DevTokenDto {
  @ApiProperty({ example: 'ada' })
  @IsString()
  @Length(1, 100)
  subject!: string;

  @ApiProperty({ enum: roles })
  @IsIn(roles)
  role!: Role;
}
