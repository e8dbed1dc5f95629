import { Logger } from '@nestjs/common';
import { PeriodicTask } from './periodic-task';

describe('PeriodicTask', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('runs the task on every interval until stopped', async () => {
    const task = jest.fn().mockResolvedValue(undefined);
    const periodic = new PeriodicTask('test', 1_000, task);

    periodic.start();
    await jest.advanceTimersByTimeAsync(3_000);
    await periodic.stop();
    await jest.advanceTimersByTimeAsync(3_000);

    expect(task).toHaveBeenCalledTimes(3);
  });

  it('never runs twice at once: a slow run makes the next tick wait', async () => {
    let release!: () => void;
    const task = jest.fn(() => new Promise<void>((resolve) => (release = resolve)));
    const periodic = new PeriodicTask('test', 1_000, task);

    periodic.start();
    await jest.advanceTimersByTimeAsync(5_000);
    expect(task).toHaveBeenCalledTimes(1);

    release();
    await jest.advanceTimersByTimeAsync(1_000);
    expect(task).toHaveBeenCalledTimes(2);
    release();
    await periodic.stop();
  });

  it('logs a run that failed and goes on', async () => {
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const task = jest.fn().mockRejectedValueOnce(new Error('db down')).mockResolvedValue(undefined);
    const periodic = new PeriodicTask('test', 1_000, task);

    periodic.start();
    await jest.advanceTimersByTimeAsync(2_000);
    await periodic.stop();

    expect(task).toHaveBeenCalledTimes(2);
    expect(logged).toHaveBeenCalledTimes(1);
    expect(logged.mock.calls[0][1]).toMatch(/test failed; next try in 1000 ms/);
    logged.mockRestore();
  });

  it('waits for the run in progress when stopped', async () => {
    let finished = false;
    const periodic = new PeriodicTask('test', 1_000, async () => {
      await new Promise((resolve) => setTimeout(resolve, 500));
      finished = true;
    });

    periodic.start();
    await jest.advanceTimersByTimeAsync(1_000);
    const stopped = periodic.stop();
    await jest.advanceTimersByTimeAsync(500);
    await stopped;

    expect(finished).toBe(true);
  });
});
