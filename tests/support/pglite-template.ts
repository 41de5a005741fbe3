import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { migrate, MIGRATIONS_DIR } from '../../src/db/migrate.js';
import { createPglite, pgliteAsDb } from '../../src/db/pglite-db.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A dump of an in-memory PGlite with every migration applied (tests/support/pglite.ts loads it). */
    pgliteTemplate: string;
  }
}

const ROOT = path.resolve(import.meta.dirname, '../..');
const CACHE_DIR = path.join(ROOT, 'node_modules/.cache/hx-pgtemplate');

/**
 * What the template is made of: every migration, the code that applies them and opens PGlite, and
 * the PGlite and pgvector versions. A change to any of them makes a new template.
 */
function templateKey(): string {
  const hash = createHash('sha256');
  for (const f of readdirSync(MIGRATIONS_DIR).sort()) hash.update(f).update(readFileSync(path.join(MIGRATIONS_DIR, f)));
  for (const f of [
    'src/db/migrate.ts',
    'src/db/pglite-db.ts',
    'node_modules/@electric-sql/pglite/package.json',
    'node_modules/@electric-sql/pglite-pgvector/package.json',
  ])
    hash.update(f).update(readFileSync(path.join(ROOT, f)));
  return hash.digest('hex').slice(0, 16);
}

/**
 * Global setup: runs initdb and the migrations and dumps the result, so each test file's fresh
 * database is a copy of it instead of a new initdb (about 4× less CPU per file). The dump is kept
 * under node_modules/.cache by its inputs' hash, so the three projects that use it (and the next
 * run) build it once instead of once each.
 */
export default async function setup(project: TestProject) {
  const file = path.join(CACHE_DIR, `${templateKey()}.tar`);
  if (!existsSync(file)) {
    const pglite = await createPglite();
    await migrate(pgliteAsDb(pglite));
    const dump = await pglite.dumpDataDir('none');
    await pglite.close();
    mkdirSync(CACHE_DIR, { recursive: true });
    // Templates of older migrations are of no further use.
    for (const old of readdirSync(CACHE_DIR))
      if (old.endsWith('.tar') && old !== path.basename(file)) rmSync(path.join(CACHE_DIR, old), { force: true });
    // Written whole under another name, then renamed: a run reading it never sees half a file.
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
    renameSync(partial, file);
  }
  project.provide('pgliteTemplate', file);
}
