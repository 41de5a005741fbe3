import type { DatabaseConfig } from '../config.js';
import type { Db } from './db.js';

/** Opens the configured database: node-postgres for a postgres URL, PGlite on disk otherwise. */
export async function openDb(config: DatabaseConfig): Promise<Db> {
  if (config.kind === 'postgres') {
    const { openPgDb } = await import('./pg-db.js');
    return openPgDb(config.url);
  }
  const { openPgliteDataDir } = await import('./pglite-db.js');
  return openPgliteDataDir(config.dataDir);
}
