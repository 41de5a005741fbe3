import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { PGLITE_OPTIONS } from '../../src/db/pglite-db.js';
import { freshPglite } from './pglite.js';

/**
 * A real Postgres wire-protocol server on 127.0.0.1 backed by an in-memory PGlite with pgvector,
 * so the production `pg` driver path is tested without a Postgres install. `from`: a dump
 * (`dumpDataDir`) to start from instead of a fresh migrated database.
 */
export async function startPgSocket(from?: Blob): Promise<{ url: string; close(): Promise<void> }> {
  const pglite = from ? await PGlite.create({ ...PGLITE_OPTIONS, loadDataDir: from }) : await freshPglite();
  await pglite.exec('create extension if not exists vector');
  const server = new PGLiteSocketServer({ db: pglite, host: '127.0.0.1', port: 0, maxConnections: 8 });
  await server.start();
  const address = server.getServerConn();
  const port = Number(String(address).split(':').pop());
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    async close() {
      await server.stop();
      await pglite.close();
    },
  };
}
