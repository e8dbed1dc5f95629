import { SlotRequestedV1 } from '@lib/contracts';
import { EventConsumer } from '@lib/messaging';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { StationsService } from './stations.service';

@Injectable()
export class StationsEvents implements OnModuleInit {
  constructor(
    private readonly consumer: EventConsumer,
    private readonly stations: StationsService,
  ) {}

  onModuleInit(): void {
    this.consumer.on(SlotRequestedV1, (event, tx) => this.stations.assignSlot(event.payload, tx));
  }
}
