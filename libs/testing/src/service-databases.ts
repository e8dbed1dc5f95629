import { Client } from 'pg';

/**
 * Gives each service its own database, owned by its own role: no service can read another's
 * tables. `prefix` keeps runs apart ("" for the demo's fixed names, "t_<id>_" for a test run).
 */
export async function createServiceDatabases(
  adminUrl: string,
  prefix: string,
  services: readonly string[],
): Promise<Record<string, string>> {
  const urls: Record<string, string> = {};
  await withAdmin(adminUrl, async (admin) => {
    for (const service of services) {
      const role = roleOf(service);
      const database = `${prefix}${service}`.replaceAll('-', '_');
      await admin.query(`DO $$ BEGIN
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${role}') THEN
          CREATE ROLE ${role} LOGIN PASSWORD '${role}';
        END IF; END $$`);
      const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
      if (exists.rowCount === 0) await admin.query(`CREATE DATABASE ${database} OWNER ${role}`);
      urls[service] = withCredentials(adminUrl, role, database);
    }
  });
  return urls;
}

export async function dropServiceDatabases(
  adminUrl: string,
  prefix: string,
  services: readonly string[],
): Promise<void> {
  await withAdmin(adminUrl, async (admin) => {
    for (const service of services) {
      await admin.query(
        `DROP DATABASE IF EXISTS ${`${prefix}${service}`.replaceAll('-', '_')} WITH (FORCE)`,
      );
    }
  });
}

function roleOf(service: string): string {
  return `${service.replaceAll('-', '_')}_svc`;
}

function withCredentials(adminUrl: string, role: string, database: string): string {
  const url = new URL(adminUrl);
  url.username = role;
  url.password = role;
  url.pathname = `/${database}`;
  return url.toString();
}

async function withAdmin(adminUrl: string, work: (admin: Client) => Promise<void>): Promise<void> {
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await work(admin);
  } finally {
    await admin.end();
  }
}
