import { Injectable, type OnModuleInit } from '@nestjs/common';
import { metrics } from '@opentelemetry/api';
import { StationsService } from './stations.service';

/** The capacity signal: slots used and available, and the waitlist, per station. */
@Injectable()
export class StationsMetrics implements OnModuleInit {
  constructor(private readonly stations: StationsService) {}

  onModuleInit(): void {
    const meter = metrics.getMeter('locker');
    const used = meter.createObservableGauge('locker.station.slots.used', { unit: '{slot}' });
    const capacity = meter.createObservableGauge('locker.station.slots.capacity', {
      unit: '{slot}',
    });
    const waitlist = meter.createObservableGauge('locker.station.waitlist.length', {
      unit: '{rental}',
    });
    const alert = meter.createObservableGauge('locker.station.capacity.alert', {
      description: '1 while the station signals that it needs more slots',
    });
    meter.addBatchObservableCallback(
      async (result) => {
        const stations = await this.stations.list().catch(() => []);
        for (const station of stations) {
          const attributes = { station_id: station.id, station_name: station.name };
          result.observe(used, station.occupied, attributes);
          result.observe(capacity, station.capacity, attributes);
          result.observe(waitlist, station.waitlisted, attributes);
          result.observe(alert, station.capacityAlert ? 1 : 0, attributes);
        }
      },
      [used, capacity, waitlist, alert],
    );
  }
}
