import { createServer, type Server } from 'node:http';
import type { Db } from '../db/db.js';
import { listApplied, readMigrations } from '../db/migrate.js';
import type { Metrics } from './metrics.js';

export interface HealthSources {
  db: Db;
  metrics: Metrics;
  /** Resolves when Redis answers (BullMQ setting); absent on the embedded default. */
  pingRedis?: () => Promise<void>;
}

export interface ReadyReport {
  ready: boolean;
  checks: Record<string, { ok: boolean; detail?: string }>;
}

/** Database and Redis reachable, and every migration in supabase/migrations applied. */
export async function readiness(sources: HealthSources): Promise<ReadyReport> {
  const checks: ReadyReport['checks'] = {};
  const attempt = async (name: string, fn: () => Promise<string | undefined>) => {
    try {
      const detail = await fn();
      checks[name] = detail === undefined ? { ok: true } : { ok: false, detail };
    } catch (error) {
      checks[name] = { ok: false, detail: (error as Error).message?.slice(0, 200) || 'unreachable' };
    }
  };
  await attempt('database', async () => {
    await sources.db.one('select 1 as ok');
    return undefined;
  });
  await attempt('migrations', async () => {
    const applied = new Set((await listApplied(sources.db)).map((m) => m.version));
    const pending = readMigrations()
      .filter((m) => !applied.has(m.version))
      .map((m) => m.version);
    return pending.length ? `pending: ${pending.join(', ')} (run npm run migrate)` : undefined;
  });
  if (sources.pingRedis)
    await attempt('redis', async () => {
      await sources.pingRedis!();
      return undefined;
    });
  return { ready: Object.values(checks).every((c) => c.ok), checks };
}

/**
 * /healthz (the process is up), /readyz (it can do its work: 200 or 503 with the failing
 * checks) and /metrics (Prometheus text) on 127.0.0.1-or-any:port, for container
 * orchestrators and Prometheus. Started only when METRICS_PORT is set.
 */
export async function startHealthServer(
  port: number,
  sources: HealthSources,
  host = '0.0.0.0',
): Promise<{ server: Server; port: number; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    const route = (req.url ?? '/').split('?')[0];
    const send = (status: number, type: string, body: string) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'text/plain', 'method not allowed\n');
    if (route === '/healthz') return send(200, 'application/json', '{"status":"ok"}\n');
    if (route === '/readyz') {
      return void readiness(sources).then((r) => send(r.ready ? 200 : 503, 'application/json', `${JSON.stringify(r)}\n`));
    }
    if (route === '/metrics') {
      return void sources.metrics.registry.metrics().then(
        (text) => send(200, sources.metrics.registry.contentType, text),
        (error: Error) => send(500, 'text/plain', `metrics unavailable: ${error.message}\n`),
      );
    }
    send(404, 'text/plain', 'not found: try /healthz, /readyz or /metrics\n');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  return {
    server,
    port: typeof address === 'object' && address ? address.port : port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
