import { runMain, type CliIo } from '../main/cli-kit.js';
import { loadConfig } from '../config.js';
import { openDb } from '../db/open-db.js';
import { listApplied, migrate } from '../db/migrate.js';

/** `npm run migrate`: applies pending migrations and prints the schema status. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const config = loadConfig(io.env);
  const db = await openDb(config.database);
  try {
    const report = await migrate(db);
    const where = config.database.kind === 'postgres' ? 'Postgres (DATABASE_URL)' : `embedded PGlite at ${config.database.dataDir}`;
    if (report.applied.length === 0) io.stdout.write(`Schema is up to date on ${where}: nothing to do.\n`);
    else io.stdout.write(`Applied ${report.applied.length} migration(s) on ${where}:\n${report.applied.map((m) => `  + ${m}`).join('\n')}\n`);
    const applied = await listApplied(db);
    const tables = await db.query<{ table_name: string }>(
      "select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1",
    );
    io.stdout.write(`${applied.length} migrations applied; tables: ${tables.map((t) => t.table_name).join(', ')}\n`);
  } finally {
    await db.close();
  }
  return 0;
}

runMain(import.meta.url, main);
