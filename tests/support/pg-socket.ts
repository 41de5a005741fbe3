import { createServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { PGlite } from '@electric-sql/pglite';
import { PGLITE_OPTIONS } from '../../src/db/pglite-db.js';
import { freshPglite } from './pglite.js';

const SSL_REQUEST = 80877103;
const CANCEL_REQUEST = 80877102;
const PROTOCOL_3 = 196608;
/** Sync, simple Query, Flush, Terminate: where a client waits for the server, so a batch ends. */
const BATCH_ENDS = new Set(['S', 'Q', 'H', 'X'].map((c) => c.charCodeAt(0)));
const PARSE = 0x50; // 'P'
const BIND = 0x42; // 'B'
const DESCRIBE = 0x44; // 'D'
const CLOSE = 0x43; // 'C'

/** The NUL-terminated string at `at`, and where the next field starts. */
function cstring(message: Buffer, at: number): { value: string; next: number } {
  const end = message.indexOf(0, at);
  return { value: message.toString('utf8', at, end), next: end + 1 };
}

/**
 * A message with the prepared statement name it carries (Parse, Bind, Describe 'S', Close 'S')
 * renamed by `rename`; other messages and the unnamed statement ('') unchanged. A server keeps
 * prepared statements per connection; the one PGlite backend keeps them for everyone, so each
 * connection's names get its own prefix (two `pg` clients preparing the same name would collide).
 */
export function renameStatement(message: Buffer, rename: (name: string) => string): Buffer {
  const type = message[0];
  let at: number;
  if (type === PARSE) at = 5;
  else if (type === BIND) at = cstring(message, 5).next;
  else if ((type === DESCRIBE || type === CLOSE) && message[5] === 'S'.charCodeAt(0)) at = 6;
  else return message;
  const { value, next } = cstring(message, at);
  if (value === '') return message;
  const renamed = Buffer.from(rename(value), 'utf8');
  const out = Buffer.concat([message.subarray(0, at), renamed, message.subarray(next - 1)]);
  out.writeInt32BE(out.length - 1, 1);
  return out;
}

/**
 * A Postgres wire-protocol server on 127.0.0.1 backed by one in-memory PGlite with pgvector, so
 * the production `pg` driver path (bot, workers and child processes sharing one database) is
 * tested without a Postgres install.
 *
 * Like a real server, it takes what a connection sends up to the point where the client waits
 * (Sync, Query, Flush, Terminate) as one unit: a `pg` query's Parse/Bind/Describe/Execute/Sync
 * runs in one PGlite call, never interleaved with another connection's messages. (pglite-socket,
 * used before, queued each protocol message as its own call: five calls per query, about 4×
 * the cost of a small query, and another connection could slip in between.) PGlite has one
 * backend, so units run one at a time, and a connection inside a transaction keeps the backend
 * until it ends, as pglite-socket did. `from`: a dump (`dumpDataDir`) to start from instead of a
 * fresh migrated database.
 */
export async function startPgSocket(from?: Blob): Promise<{ url: string; close(): Promise<void> }> {
  const pglite = from ? await PGlite.create({ ...PGLITE_OPTIONS, loadDataDir: from }) : await freshPglite();
  await pglite.exec('create extension if not exists vector');
  const server = servePglite(pglite);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    async close() {
      await server.close();
      await pglite.close();
    },
  };
}

/** Close 'S' <name> then Sync: drops a prepared statement. */
function closeStatement(name: string): Buffer {
  const n = Buffer.from(`${name}\0`, 'utf8');
  const close = Buffer.alloc(6);
  close[0] = CLOSE;
  close.writeInt32BE(4 + 1 + n.length, 1);
  close[5] = 'S'.charCodeAt(0);
  return Buffer.concat([close, n, Buffer.from([0x53, 0, 0, 0, 4])]);
}

function servePglite(db: PGlite) {
  type Unit = { conn: number; bytes: Uint8Array; done: (out: Uint8Array | Error) => void };
  const waiting: Unit[] = [];
  /** The connection whose transaction holds the backend, if any. */
  let owner: number | null = null;
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      for (;;) {
        const i = owner === null ? 0 : waiting.findIndex((u) => u.conn === owner);
        if (i < 0 || waiting.length === 0) break;
        const unit = waiting.splice(i, 1)[0]!;
        try {
          unit.done(await db.runExclusive(() => db.execProtocolRaw(unit.bytes)));
        } catch (error) {
          unit.done(error as Error);
        }
        owner = db.isInTransaction() ? unit.conn : null;
      }
    } finally {
      running = false;
    }
  };
  const execute = (conn: number, bytes: Uint8Array) =>
    new Promise<Uint8Array>((resolve, reject) => {
      waiting.push({ conn, bytes, done: (out) => (out instanceof Error ? reject(out) : resolve(out)) });
      void run();
    });

  let nextId = 0;
  /** The server is shutting down (the PGlite closes next): connections going now clean nothing up. */
  let closing = false;
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    const conn = ++nextId;
    sockets.add(socket);
    socket.setNoDelay(true);
    let buffer: Buffer = Buffer.alloc(0);
    let started = false;
    /** Complete messages not yet run (the unit is not finished). */
    const pending: Buffer[] = [];
    let chain = Promise.resolve();
    /** The prepared statement names this connection used (deallocated when it goes). */
    const statements = new Set<string>();
    const send = (out: Uint8Array) => {
      if (out.length > 0 && socket.writable) socket.write(out);
    };
    const take = async () => {
      for (;;) {
        if (!started) {
          if (buffer.length < 8) return;
          const len = buffer.readInt32BE(0);
          const code = buffer.readInt32BE(4);
          if (len === 8 && code === SSL_REQUEST) {
            socket.write('N');
            buffer = buffer.subarray(8);
            continue;
          }
          if (len === 16 && code === CANCEL_REQUEST) {
            // PGlite has no backend to signal: dropped, as Postgres drops an unknown key.
            buffer = buffer.subarray(16);
            socket.end();
            return;
          }
          if (buffer.length < len) return;
          if (code !== PROTOCOL_3) {
            socket.destroy();
            return;
          }
          const startup = buffer.subarray(0, len);
          buffer = buffer.subarray(len);
          started = true;
          send(await execute(conn, new Uint8Array(startup)));
          continue;
        }
        if (buffer.length < 5) return;
        const len = 1 + buffer.readInt32BE(1);
        if (buffer.length < len) return;
        const message = renameStatement(buffer.subarray(0, len), (name) => {
          statements.add(name);
          return `c${conn}_${name}`;
        });
        buffer = buffer.subarray(len);
        pending.push(message);
        if (!BATCH_ENDS.has(message[0]!)) continue;
        const terminate = message[0] === 'X'.charCodeAt(0);
        const unit = Buffer.concat(pending.splice(0, terminate ? pending.length - 1 : pending.length));
        pending.length = 0;
        if (unit.length > 0) send(await execute(conn, new Uint8Array(unit)));
        if (terminate) {
          socket.end();
          return;
        }
      }
    };
    socket.on('data', (data: Buffer) => {
      buffer = buffer.length ? Buffer.concat([buffer, data]) : data;
      chain = chain.then(take).catch(() => {
        socket.destroy();
      });
    });
    const closed = () => {
      sockets.delete(socket);
      // A client gone in the middle of a transaction: roll it back and free the backend. Its
      // prepared statements go with it, as a server's go with the connection.
      void chain.then(async () => {
        if (owner === conn) {
          await db.runExclusive(() => db.exec('rollback')).catch(() => undefined);
          owner = null;
          void run();
        }
        if (!closing) for (const name of statements) await execute(conn, new Uint8Array(closeStatement(`c${conn}_${name}`))).catch(() => undefined);
      });
    };
    socket.on('close', closed);
    socket.on('error', () => socket.destroy());
  });
  return {
    listen: (port: number, host: string, cb: () => void) => server.listen(port, host, cb),
    address: () => server.address(),
    close: () =>
      new Promise<void>((resolve) => {
        closing = true;
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
