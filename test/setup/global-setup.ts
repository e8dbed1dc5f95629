// Global setup runs outside Jest's module mapper, hence the relative import.
import { ensureKafka, ensurePostgres } from '../../libs/testing/src';

/** Starts the local Kafka and PostgreSQL once for the run, when they are not running yet. */
export default async function globalSetup(): Promise<void> {
  await ensureKafka();
  ensurePostgres();
}
