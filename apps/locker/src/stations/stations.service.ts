import {
  createEvent,
  RentalWaitlistedV1,
  SlotAssignedV1,
  type EventPayload,
  type SlotRequestedV1,
} from '@lib/contracts';
import { Outbox, UnprocessableEventError } from '@lib/messaging';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import type { CreateStationDto } from './dto/create-station.dto';
import type { StationView } from './dto/station.view';
import { Slot } from './entities/slot.entity';
import { Station } from './entities/station.entity';
import { WaitlistEntry } from './entities/waitlist-entry.entity';

@Injectable()
export class StationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {}

  list(): Promise<StationView[]> {
    return this.dataSource.query(`${STATION_VIEW_SQL} ORDER BY s.name`);
  }

  async findOne(id: string): Promise<StationView | undefined> {
    const rows: StationView[] = await this.dataSource.query(`${STATION_VIEW_SQL} WHERE s.id = $1`, [
      id,
    ]);
    return rows[0];
  }

  async create(dto: CreateStationDto): Promise<StationView> {
    const id = randomUUID();
    await this.dataSource.transaction(async (transaction) => {
      await transaction.insert(Station, { id, name: dto.name });
      const slots = Array.from({ length: dto.capacity }, (_, index) => ({
        stationId: id,
        slotNumber: index + 1,
        rentalId: null,
      }));
      await transaction.insert(Slot, slots);
    });
    return (await this.findOne(id))!;
  }

  /**
   * Gives the rental a free slot, or puts it on the station's waitlist. The station row lock
   * makes concurrent requests for one station take turns, and a slot row holds one rental,
   * so a station never holds more rentals than it has slots.
   */
  async assignSlot(
    request: EventPayload<typeof SlotRequestedV1>,
    transaction: EntityManager,
  ): Promise<void> {
    const { rentalId, stationId } = request;
    const station = await transaction.findOne(Station, {
      where: { id: stationId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!station) throw new UnprocessableEventError(`station ${stationId} does not exist`);

    const slot = await transaction.findOne(Slot, {
      where: { stationId, rentalId: IsNull() },
      order: { slotNumber: 'ASC' },
    });
    if (slot) {
      await transaction.update(Slot, { id: slot.id }, { rentalId });
      await this.outbox.add(
        transaction,
        createEvent(SlotAssignedV1, rentalId, { rentalId, stationId, slotNumber: slot.slotNumber }),
      );
      return;
    }
    await transaction.insert(WaitlistEntry, { stationId, rentalId });
    const position = await transaction.count(WaitlistEntry, { where: { stationId } });
    await this.outbox.add(
      transaction,
      createEvent(RentalWaitlistedV1, rentalId, { rentalId, stationId, position }),
    );
  }
}

const STATION_VIEW_SQL = `
  SELECT s.id, s.name,
         (SELECT count(*) FROM slots WHERE station_id = s.id)::int AS capacity,
         (SELECT count(*) FROM slots WHERE station_id = s.id AND rental_id IS NOT NULL)::int AS occupied,
         (SELECT count(*) FROM waitlist_entries WHERE station_id = s.id)::int AS waitlisted
    FROM stations s`;
