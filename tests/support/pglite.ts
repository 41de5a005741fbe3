import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { inject } from 'vitest';
import type { Db } from '../../src/db/db.js';
import { migrate } from '../../src/db/migrate.js';
import { createPglite, PGLITE_OPTIONS, pgliteAsDb } from '../../src/db/pglite-db.js';

/**
 * An in-memory PGlite with pgvector and every migration applied: a copy of the run's template
 * (pglite-template.ts) when the project has it, else a new database.
 */
export async function freshPglite(): Promise<PGlite> {
  // inject() exists only inside a vitest run; the bench uses this stack as a plain harness.
  const template = process.env.VITEST ? inject('pgliteTemplate') : undefined;
  if (!template) return createPglite();
  return PGlite.create({ ...PGLITE_OPTIONS, loadDataDir: new Blob([readFileSync(template)]) });
}

/**
 * An embedded database folder (the DATA_DIR/pglite the CLIs open) holding a copy of the run's
 * migrated template: for tests about what runs on an existing database, not the first start
 * (which runs initdb, about 2.5 s more CPU).
 */
export async function seedDataDir(dataDir: string): Promise<void> {
  mkdirSync(path.dirname(dataDir), { recursive: true });
  const pglite = await PGlite.create(dataDir, { ...PGLITE_OPTIONS, loadDataDir: new Blob([readFileSync(inject('pgliteTemplate'))]) });
  await pglite.close();
}

/** A fresh in-memory PGlite with pgvector and every migration applied (one per test file). */
export async function freshDb(): Promise<Db> {
  const db = pgliteAsDb(await freshPglite());
  await migrate(db);
  return db;
}

let counter = 0;
/** A unique numeric snowflake-like id for test rows. */
export function testId(prefix = ''): string {
  counter += 1;
  return `${prefix}${Date.now()}${String(counter).padStart(5, '0')}`;
}
