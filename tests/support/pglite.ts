import type { Db } from '../../src/db/db.js';
import { migrate } from '../../src/db/migrate.js';
import { openPgliteDb } from '../../src/db/pglite-db.js';

/** A fresh in-memory PGlite with pgvector and every migration applied (one per test file). */
export async function freshDb(): Promise<Db> {
  const db = await openPgliteDb();
  await migrate(db);
  return db;
}

let counter = 0;
/** A unique numeric snowflake-like id for test rows. */
export function testId(prefix = ''): string {
  counter += 1;
  return `${prefix}${Date.now()}${String(counter).padStart(5, '0')}`;
}
