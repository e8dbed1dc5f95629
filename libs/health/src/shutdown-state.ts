import { Injectable } from '@nestjs/common';

/** Set when the service starts draining, so readiness fails before connections close. */
@Injectable()
export class ShutdownState {
  private shuttingDown = false;

  begin(): void {
    this.shuttingDown = true;
  }

  isShuttingDown(): boolean {
    return this.shuttingDown;
  }
}
