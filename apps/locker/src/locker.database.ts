import type { ServiceDatabase } from '@lib/database';
import { messagingEntities, MessagingTables1732406400000 } from '@lib/messaging';
import { CreateStations1732406400300 } from './migrations/1732406400300-create-stations';
import { SeedStations1732406400301 } from './migrations/1732406400301-seed-stations';
import { CapacityAlerts1732406400302 } from './migrations/1732406400302-capacity-alerts';
import { Slot } from './stations/entities/slot.entity';
import { Station } from './stations/entities/station.entity';
import { WaitlistEntry } from './stations/entities/waitlist-entry.entity';

export const lockerDatabase: ServiceDatabase = {
  entities: [Station, Slot, WaitlistEntry, ...messagingEntities],
  migrations: [
    MessagingTables1732406400000,
    CreateStations1732406400300,
    SeedStations1732406400301,
    CapacityAlerts1732406400302,
  ],
};
