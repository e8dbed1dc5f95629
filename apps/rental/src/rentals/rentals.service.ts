import {
  createEvent,
  RentalCancelledV1,
  RentalPickedUpV1,
  RentalRequestedV1,
  RentalReturnedV1,
} from '@lib/contracts';
import { Outbox } from '@lib/messaging';
import {
  ConflictException,
  ForbiddenException,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import { randomUUID, timingSafeEqual } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import type { CreateRentalDto } from './dto/create-rental.dto';
import { Rental } from './entities/rental.entity';
import { canMove, RentalStatus } from './rental-status';
import { RentalTransitions } from './rental-transitions';

/**
 * What a reader does: rent, pick up, return, cancel. Each command changes the rental and writes
 * its event to the outbox in one transaction; the saga goes on over Kafka.
 */
@Injectable()
export class RentalsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly transitions: RentalTransitions,
  ) {}

  request(dto: CreateRentalDto): Promise<Rental> {
    return this.dataSource.transaction(async (transaction) => {
      const rental = transaction.create(Rental, {
        id: randomUUID(),
        ...dto,
        status: RentalStatus.Requested,
        copyId: null,
        slotNumber: null,
        pickupCode: null,
        pickupExpiresAt: null,
        pickupRemindedAt: null,
      });
      await transaction.save(rental);
      await this.transitions.recordHistory(transaction, rental, null);
      await this.outbox.add(
        transaction,
        createEvent(RentalRequestedV1, rental.id, { ...dto, rentalId: rental.id }),
      );
      return rental;
    });
  }

  findWithHistory(id: string): Promise<Rental | null> {
    return this.dataSource.getRepository(Rental).findOne({
      where: { id },
      relations: { history: true },
      order: { history: { id: 'ASC' } },
    });
  }

  /** A reader's rentals, newest first. */
  listForReader(readerId: string): Promise<Rental[]> {
    return this.dataSource.getRepository(Rental).find({
      where: { readerId },
      order: { createdAt: 'DESC' },
      take: 100,
    });
  }

  /** The reader typed the code at the locker: the book leaves its slot. */
  pickUp(id: string, pickupCode: string): Promise<Rental> {
    return this.command(id, RentalStatus.PickedUp, async (transaction, rental) => {
      if (!codesMatch(rental.pickupCode, pickupCode))
        throw new ForbiddenException('The pickup code does not match');
      const slotNumber = rental.slotNumber!;
      rental.pickupCode = null;
      await this.transitions.move(transaction, rental, RentalStatus.PickedUp, `slot ${slotNumber}`);
      await this.outbox.add(
        transaction,
        createEvent(RentalPickedUpV1, rental.id, {
          rentalId: rental.id,
          readerId: rental.readerId,
          stationId: rental.stationId,
          slotNumber,
        }),
      );
    });
  }

  giveBack(id: string): Promise<Rental> {
    return this.command(id, RentalStatus.Returned, async (transaction, rental) => {
      await this.transitions.move(transaction, rental, RentalStatus.Returned, null);
      await this.outbox.add(
        transaction,
        createEvent(RentalReturnedV1, rental.id, {
          rentalId: rental.id,
          readerId: rental.readerId,
          bookId: rental.bookId,
        }),
      );
    });
  }

  cancel(id: string): Promise<Rental> {
    return this.command(id, RentalStatus.Cancelled, async (transaction, rental) => {
      rental.pickupCode = null;
      await this.transitions.move(transaction, rental, RentalStatus.Cancelled, 'by the reader');
      await this.outbox.add(
        transaction,
        createEvent(RentalCancelledV1, rental.id, {
          rentalId: rental.id,
          readerId: rental.readerId,
          bookId: rental.bookId,
          stationId: rental.stationId,
        }),
      );
    });
  }

  /** Locks the rental, refuses a move its state does not allow (409), then applies `change`. */
  private async command(
    id: string,
    next: RentalStatus,
    change: (transaction: EntityManager, rental: Rental) => Promise<void>,
  ): Promise<Rental> {
    await this.dataSource.transaction(async (transaction) => {
      const rental = await this.transitions.lock(transaction, id);
      if (!rental) throw new NotFoundException(`Rental ${id} does not exist`);
      if (!canMove(rental.status, next))
        throw new ConflictException(`Rental ${id} is ${rental.status}; it cannot become ${next}`);
      await change(transaction, rental);
    });
    return (await this.findWithHistory(id))!;
  }
}

function codesMatch(expected: string | null, given: string): boolean {
  if (!expected || expected.length !== given.length) return false;
  return timingSafeEqual(Buffer.from(expected), Buffer.from(given));
}
