import { openPgDb } from '../../src/db/pg-db.js';
import { openPgliteDb } from '../../src/db/pglite-db.js';
import { startPgSocket } from '../support/pg-socket.js';
import { dbContract } from './db.contract.js';

dbContract('PGlite (embedded default)', async () => {
  const db = await openPgliteDb();
  return { db, close: () => db.close() };
});

// The production driver (node-postgres) over a real wire-protocol server on 127.0.0.1.
dbContract('pg over the wire', async () => {
  const server = await startPgSocket();
  const db = await openPgDb(server.url, 4);
  return {
    db,
    close: async () => {
      await db.close();
      await server.close();
    },
  };
});

// And against a real Postgres with pgvector when one is provided.
if (process.env.TEST_DATABASE_URL) {
  dbContract('pg (TEST_DATABASE_URL)', async () => {
    const db = await openPgDb(process.env.TEST_DATABASE_URL!, 4);
    return { db, close: () => db.close() };
  });
}
