import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/db.js';
import { freshDb } from '../../tests/support/pglite.js';
import { startHealthServer } from './health-server.js';
import { createMetrics } from './metrics.js';

let db: Db;
let server: Awaited<ReturnType<typeof startHealthServer>>;
let redisUp = true;
beforeAll(async () => {
  db = await freshDb();
  server = await startHealthServer(
    0,
    {
      db,
      metrics: createMetrics({ db }),
      pingRedis: async () => {
        if (!redisUp) throw new Error('connect ECONNREFUSED 127.0.0.1:6379');
      },
    },
    '127.0.0.1',
  );
});
afterAll(async () => {
  await server.close();
  await db.close();
});

const readyz = async () => {
  const res = await fetch(`http://127.0.0.1:${server.port}/readyz`);
  return { status: res.status, body: (await res.json()) as { ready: boolean; checks: Record<string, { ok: boolean; detail?: string }> } };
};

describe('/readyz', () => {
  describe('when Redis is down', () => {
    it('answers 503 and names Redis', async () => {
      redisUp = false;
      const r = await readyz();
      redisUp = true;
      expect(r.status).toBe(503);
      expect(r.body.checks.redis).toEqual({ ok: false, detail: 'connect ECONNREFUSED 127.0.0.1:6379' });
      expect(r.body.checks.database).toEqual({ ok: true });
    });
  });
  describe('when a migration has not been applied', () => {
    it('answers 503 and says which one and what to run', async () => {
      const [last] = await db.query<{ version: string }>('select version from app_migrations order by version desc limit 1');
      await db.query('delete from app_migrations where version = $1', [last!.version]);
      const r = await readyz();
      expect(r.status).toBe(503);
      expect(r.body.checks.migrations!.detail).toBe(`pending: ${last!.version} (run npm run migrate)`);
    });
  });
  it('/metrics is Prometheus text with the process and coach series', async () => {
    const res = await fetch(`http://127.0.0.1:${server.port}/metrics`);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await res.text();
    expect(text).toMatch(/^coach_process_resident_memory_bytes \d+/m);
    expect(text).toMatch(/^coach_ratings\{rating="down"\} 0$/m);
  });
});
