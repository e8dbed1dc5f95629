import { Matches } from 'class-validator';

export class PickupDto {
  @Matches(/^\d{6}$/, { message: 'pickupCode must be the six digits shown on the rental' })
  pickupCode!: string;
}
