import { openPgDb } from '../../src/db/pg-db.js';
import { openPgliteDb } from '../../src/db/pglite-db.js';
import { startPgSocket } from '../support/pg-socket.js';
import { dbContract } from './db.contract.js';
import { expect, it } from 'vitest';

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

// A server keeps prepared statements per connection; the local one runs every connection on one
// PGlite backend, so it keeps each connection's names apart (and drops them when it goes).
it('pg over the wire: two connections prepare the same statement without colliding', async () => {
  const server = await startPgSocket();
  const a = await openPgDb(server.url, 1);
  const b = await openPgDb(server.url, 1);
  try {
    const run = (db: typeof a, x: number) => db.query<{ y: number }>('select $1::int * 2 as y', [x], { prepare: true });
    expect(await Promise.all([run(a, 1), run(b, 2), run(a, 3), run(b, 4)])).toEqual([[{ y: 2 }], [{ y: 4 }], [{ y: 6 }], [{ y: 8 }]]);
    await b.close();
    expect(await run(a, 5)).toEqual([{ y: 10 }]);
  } finally {
    await a.close();
    await server.close();
  }
});

// And against a real Postgres with pgvector when one is provided.
if (process.env.TEST_DATABASE_URL) {
  dbContract('pg (TEST_DATABASE_URL)', async () => {
    const db = await openPgDb(process.env.TEST_DATABASE_URL!, 4);
    return { db, close: () => db.close() };
  });
}
