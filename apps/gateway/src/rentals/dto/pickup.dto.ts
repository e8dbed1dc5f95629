import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';

export class PickupDto {
  @ApiProperty({ example: '042917', description: 'The six digits shown on the rental' })
  @Matches(/^\d{6}$/, { message: 'pickupCode must be six digits' })
  pickupCode!: string;
}
