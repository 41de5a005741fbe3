import { afterAll, beforeAll } from 'vitest';
import { getOrCreateAthlete } from '../../src/db/athletes.js';
import type { Db } from '../../src/db/db.js';
import { freshDb, testId } from './pglite.js';

/**
 * The shared set-up of the repository tests: one fresh, migrated database per file, handed to
 * `set` before the file's tests and closed after them. Returns a maker of new athletes in it.
 */
export function useRepositoryDb(set: (db: Db) => void) {
  let db: Db | undefined;
  beforeAll(async () => {
    db = await freshDb();
    set(db);
  });
  afterAll(async () => {
    await db?.close();
  });
  return () => getOrCreateAthlete(db!, testId('u'), 'Test Athlete');
}
