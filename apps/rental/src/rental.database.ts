import type { ServiceDatabase } from '@lib/database';
import { messagingEntities, MessagingTables1732406400000 } from '@lib/messaging';
import { CreateRentals1732406400100 } from './migrations/1732406400100-create-rentals';
import { RentalLifecycle1732406400101 } from './migrations/1732406400101-rental-lifecycle';
import { PickupReminder1732406400102 } from './migrations/1732406400102-pickup-reminder';
import { RentalHistoryEntry } from './rentals/entities/rental-history-entry.entity';
import { Rental } from './rentals/entities/rental.entity';

export const rentalDatabase: ServiceDatabase = {
  entities: [Rental, RentalHistoryEntry, ...messagingEntities],
  migrations: [
    MessagingTables1732406400000,
    CreateRentals1732406400100,
    RentalLifecycle1732406400101,
    PickupReminder1732406400102,
  ],
};
