import { IsString, Length } from 'class-validator';

export class ListRentalsQuery {
  @IsString()
  @Length(1, 100)
  readerId!: string;
}
