import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import type { CreateStationDto } from './dto/create-station.dto';
import type { StationView } from './dto/station.view';
import { Slot } from './entities/slot.entity';
import { Station } from './entities/station.entity';
import { SlotAllocator } from './slot-allocator';
import { stationLoadQuery } from './station-load.query';

@Injectable()
export class StationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly allocator: SlotAllocator,
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
      await this.addSlots(transaction, id, 0, dto.capacity);
    });
    return (await this.findOne(id))!;
  }

  /**
   * An operator sets the number of slots. New slots go to the waitlist at once, oldest first;
   * a station shrinks only by slots that are free (409 otherwise).
   */
  async changeCapacity(id: string, capacity: number): Promise<StationView> {
    await this.dataSource.transaction(async (transaction) => {
      const station = await transaction.findOne(Station, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!station) throw new NotFoundException(`Station ${id} does not exist`);
      const slots = await transaction.find(Slot, {
        where: { stationId: id },
        order: { slotNumber: 'DESC' },
      });
      const highest = slots[0]?.slotNumber ?? 0;
      if (capacity > slots.length) {
        await this.addSlots(transaction, id, highest, capacity - slots.length);
        await this.allocator.serveWaitlist(transaction, id);
      } else if (capacity < slots.length) {
        await this.removeFreeSlots(transaction, id, slots.length - capacity);
      }
    });
    return (await this.findOne(id))!;
  }

  private async addSlots(
    transaction: EntityManager,
    stationId: string,
    after: number,
    count: number,
  ): Promise<void> {
    const slots = Array.from({ length: count }, (_, index) => ({
      stationId,
      slotNumber: after + index + 1,
      rentalId: null,
    }));
    if (slots.length > 0) await transaction.insert(Slot, slots);
  }

  private async removeFreeSlots(
    transaction: EntityManager,
    stationId: string,
    count: number,
  ): Promise<void> {
    const free = await transaction.find(Slot, {
      where: { stationId, rentalId: IsNull() },
      order: { slotNumber: 'DESC' },
      take: count,
    });
    if (free.length < count)
      throw new ConflictException(
        `Only ${free.length} slot(s) are free; a station shrinks only by free slots`,
      );
    await transaction.delete(
      Slot,
      free.map((slot) => slot.id),
    );
  }
}

const STATION_VIEW_SQL = stationLoadQuery();
