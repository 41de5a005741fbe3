import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const read = (f: string) => readFileSync(new URL(`../${f}`, import.meta.url), 'utf8');
type Service = {
  image?: string;
  build?: unknown;
  command?: string[] | string;
  init?: boolean;
  restart?: string;
  volumes?: string[];
  environment?: Record<string, string>;
  env_file?: string;
  stop_grace_period?: string;
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
};
const compose = parse(read('docker-compose.yml'), { merge: true }) as { services: Record<string, Service> };
const { services } = compose;
const app = ['migrate', 'bot', 'worker'] as const;

describe('docker-compose.yml', () => {
  it('has Postgres with pgvector, Redis, a one-off migrate, the bot and workers', () => {
    expect(Object.keys(services).sort()).toEqual(['bot', 'migrate', 'postgres', 'redis', 'worker']);
    expect(services.postgres!.image).toMatch(/^pgvector\/pgvector:pg1[6-9]$/);
  });

  describe('the app services', () => {
    it.each(app)('%s runs from the built image, never from the host source folder or npm', (name) => {
      const s = services[name]!;
      expect(s.build).toBeDefined();
      expect(s.image).toBe('coach-k:local');
      expect((s.volumes ?? []).filter((v) => v.startsWith('.'))).toEqual([]);
      expect(JSON.stringify(s.command)).not.toMatch(/npm (ci|install|start|run)/);
      expect(s.init).toBe(true);
      expect(s.environment).toMatchObject({ REDIS_URL: 'redis://redis:6379', DATA_DIR: '/data' });
      expect(s.environment!.DATABASE_URL).toMatch(/^\$\{DATABASE_URL:-postgres:\/\/coach:[^$]+@postgres:5432\/coach\}$/);
    });
    it.each(['bot', 'worker'] as const)('%s starts node itself, has a readiness healthcheck and a grace period', (name) => {
      const s = services[name]!;
      expect(s.command).toEqual(['node', '--import', 'tsx', `src/main/${name}.ts`]);
      expect(s.healthcheck!.test.join(' ')).toContain('/readyz');
      expect(s.stop_grace_period).toBe('60s');
      expect(s.depends_on).toEqual({ migrate: { condition: 'service_completed_successfully' }, redis: { condition: 'service_healthy' } });
    });
    it('migrate is a one-off that waits for a Postgres that accepts TCP connections', () => {
      expect(services.migrate!.restart).toBe('no');
      expect(services.migrate!.depends_on).toEqual({ postgres: { condition: 'service_healthy' } });
      // The first-boot init server listens on the socket only: a TCP check cannot pass early.
      expect(services.postgres!.healthcheck!.test.join(' ')).toMatch(/pg_isready -h 127\.0\.0\.1/);
    });
  });
});

describe('Dockerfile', () => {
  const text = read('Dockerfile');
  it('builds in stages on a current Node LTS, with production dependencies only', () => {
    expect(text.match(/^FROM /gm)!.length).toBeGreaterThanOrEqual(2);
    expect(text).toMatch(/^ARG NODE_VERSION=(22|24|26)$/m);
    expect(text).toMatch(/npm ci --omit=dev/);
  });
  it('runs as the unprivileged node user, with tini as PID 1 and node as the process that gets signals', () => {
    expect(text).toMatch(/^USER node$/m);
    expect(text).toMatch(/^ENTRYPOINT \["\/usr\/bin\/tini", "--"\]$/m);
    expect(text).toMatch(/^CMD \["node", "--import", "tsx", "src\/main\/bot\.ts"\]$/m);
  });
  it('leaves secrets and local data out of the build context', () => {
    const ignored = read('.dockerignore').split('\n');
    expect(ignored).toEqual(expect.arrayContaining(['.env', '.data', 'node_modules', '.git']));
  });
});
