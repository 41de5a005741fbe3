import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { migrate } from '../../src/db/migrate.js';
import { createPglite, pgliteAsDb } from '../../src/db/pglite-db.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A dump of an in-memory PGlite with every migration applied (tests/support/pglite.ts loads it). */
    pgliteTemplate: string;
  }
}

/**
 * Global setup: runs initdb and the migrations once per run and dumps the result, so each test
 * file's fresh database is a copy of it instead of a new initdb (about 4× less CPU per file).
 */
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'hx-pgtemplate-'));
  const pglite = await createPglite();
  await migrate(pgliteAsDb(pglite));
  const dump = await pglite.dumpDataDir('none');
  await pglite.close();
  const file = path.join(dir, 'template.tar');
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgliteTemplate', file);
  return () => rmSync(dir, { recursive: true, force: true });
}
