import { execFileSync } from 'node:child_process';
import { createConnection } from 'node:net';
import { join } from 'node:path';
import { repoRoot } from './repo-paths';

export const localBroker = `127.0.0.1:${process.env.KAFKA_PORT ?? 9092}`;

function answers(broker: string): Promise<boolean> {
  const [host, port] = broker.split(':');
  return new Promise<boolean>((resolve) => {
    const socket = createConnection({ host, port: Number(port), timeout: 2_000 });
    const done = (result: boolean) => {
      socket.destroy();
      resolve(result);
    };
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
    socket.once('timeout', () => done(false));
  });
}

/**
 * The brokers to use: KAFKA_BROKERS when set, else the local-mode broker, which is started
 * (Apache Kafka from Maven Central on the JVM) when it is not running yet.
 */
export async function ensureKafka(): Promise<string[]> {
  if (process.env.KAFKA_BROKERS) return process.env.KAFKA_BROKERS.split(',');
  if (!(await answers(localBroker))) {
    execFileSync('bash', [join(repoRoot, 'infra/local/kafka/kafka.sh'), 'start'], {
      stdio: 'inherit',
    });
  }
  return [localBroker];
}
