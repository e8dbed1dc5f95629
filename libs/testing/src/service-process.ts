import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import { dirname, join } from 'node:path';
import { repoRoot } from './repo-paths';
import { waitFor } from './wait-for';

export interface ServiceProcessOptions {
  /** The app folder under apps/, e.g. "rental". */
  app: string;
  /** A name for logs when one app runs more than once, e.g. "locker-2". */
  instance?: string;
  env: Record<string, string>;
  port: number;
  logFile: string;
}

/**
 * One service as it is deployed: its built bundle running in its own OS process. Tests can
 * stop it gracefully, kill it outright and start it again.
 */
export class ServiceProcess {
  private child?: ChildProcess;
  private exit?: Promise<number | null>;
  private log?: WriteStream;
  private readonly recent: string[] = [];

  constructor(readonly options: ServiceProcessOptions) {}

  get name(): string {
    return this.options.instance ?? this.options.app;
  }

  get url(): string {
    return `http://127.0.0.1:${this.options.port}`;
  }

  get isRunning(): boolean {
    return this.child !== undefined;
  }

  async start(): Promise<void> {
    if (this.child) throw new Error(`${this.name} is already running`);
    mkdirSync(dirname(this.options.logFile), { recursive: true });
    this.log = createWriteStream(this.options.logFile, { flags: 'a' });
    const child = spawn(
      process.execPath,
      [join(repoRoot, 'dist/apps', this.options.app, 'main.js')],
      {
        cwd: repoRoot,
        env: { ...process.env, ...this.options.env, PORT: String(this.options.port) },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    child.stdout?.on('data', (chunk: Buffer) => this.record(chunk));
    child.stderr?.on('data', (chunk: Buffer) => this.record(chunk));
    this.exit = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
    void this.exit.then(() => (this.child = undefined));
    this.child = child;
    await this.waitUntilReady();
  }

  async waitUntilReady(timeoutMs = 60_000): Promise<void> {
    await waitFor(
      `${this.name} to be ready`,
      async () => {
        if (!this.child) throw new Error(`${this.name} exited:\n${this.recentOutput()}`);
        const response = await fetch(`${this.url}/health/ready`);
        return response.ok;
      },
      { timeoutMs, intervalMs: 250 },
    ).catch((error: Error) => {
      throw new Error(
        `${error.message}\n--- last output of ${this.name} ---\n${this.recentOutput()}`,
      );
    });
  }

  /** Sends SIGTERM (a graceful drain) and returns the exit code. */
  stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
    return this.signal(signal);
  }

  /** Kills the process with SIGKILL: no shutdown hooks run, as in a crash. */
  kill(): Promise<number | null> {
    return this.signal('SIGKILL');
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  recentOutput(): string {
    return this.recent.join('');
  }

  private async signal(signal: NodeJS.Signals): Promise<number | null> {
    const child = this.child;
    if (!child || !this.exit) return null;
    child.kill(signal);
    const code = await this.exit;
    this.log?.end();
    return code;
  }

  private record(chunk: Buffer): void {
    this.log?.write(chunk);
    this.recent.push(chunk.toString());
    if (this.recent.length > 60) this.recent.shift();
  }
}
