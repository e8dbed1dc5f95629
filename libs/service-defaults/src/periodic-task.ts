import { Logger } from '@nestjs/common';

/**
 * Runs `task` every `intervalMs`, one run at a time, until stopped. A run that throws is logged
 * and the next one goes ahead, so a sweep that meets a database outage simply tries again.
 */
export class PeriodicTask {
  private readonly logger: Logger;
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    private readonly name: string,
    private readonly intervalMs: number,
    private readonly task: () => Promise<void>,
  ) {
    this.logger = new Logger(name);
  }

  start(): void {
    this.timer ??= setInterval(() => void this.runOnce(), this.intervalMs);
  }

  /** Stops the timer and waits for the run in progress. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** One run now, or the one already in progress. */
  runOnce(): Promise<void> {
    this.running ??= this.task()
      .catch((error: unknown) =>
        this.logger.error({ err: error }, `${this.name} failed; next try in ${this.intervalMs} ms`),
      )
      .finally(() => (this.running = undefined));
    return this.running;
  }
}
