import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { freshPglite } from './pglite.js';

/**
 * A real Postgres wire-protocol server on 127.0.0.1 backed by an in-memory PGlite with pgvector,
 * so the production `pg` driver path is tested without a Postgres install.
 */
export async function startPgSocket(): Promise<{ url: string; close(): Promise<void> }> {
  const pglite = await freshPglite();
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
