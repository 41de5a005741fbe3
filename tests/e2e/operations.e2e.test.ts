import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snowflake } from '../support/discord-fake.js';
import { startStack, type Stack } from '../support/stack.js';

/** A port that was free a moment ago (the health server binds it next). */
async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as { port: number }).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

let stack: Stack;
let botPort: number;
let workerPort: number;
beforeAll(async () => {
  botPort = await freePort();
  workerPort = await freePort();
  stack = await startStack({ queue: 'bullmq', llm: true, extraEnv: { METRICS_PORT: String(botPort) } });
  await stack.startBot();
  // A worker on its own port, as a second container would run it.
  const { loadConfig } = await import('../../src/config.js');
  const { startWorker } = await import('../../src/main/runtime.js');
  const worker = await startWorker(loadConfig({ ...stack.env, METRICS_PORT: String(workerPort) }));
  afterAll(() => worker.close());
});
afterAll(async () => {
  await stack?.close();
});

const get = (port: number, route: string) => fetch(`http://127.0.0.1:${port}${route}`);

describe('operations endpoints (METRICS_PORT)', () => {
  it('/healthz answers while the process is up, on the bot and on a worker', async () => {
    for (const port of [botPort, workerPort]) {
      const res = await get(port, '/healthz');
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ status: 'ok' });
    }
  });

  it('/readyz reports the database, Redis and migrations as ready', async () => {
    const res = await get(botPort, '/readyz');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ready: true, checks: { database: { ok: true }, migrations: { ok: true }, redis: { ok: true } } });
  });

  describe('after a member asks, the LLM fails once and another member rates', () => {
    it('/metrics shows answers by writer, degraded answers, LLM errors, ratings and the queue', async () => {
      stack.llm!.queueChat({ content: 'Run 1 at 5:44, then settle at 5:54/km [1].' });
      const a = await stack.discord.slashCommand({
        name: 'coach',
        userId: snowflake(),
        options: { question: 'How should I pace my 1km runs for a sub 1:30?' },
      });
      stack.llm!.queueChat({ status: 500 });
      const b = await stack.discord.slashCommand({
        name: 'coach',
        userId: snowflake(),
        options: { question: 'My 5K time is 22 minutes. What Hyrox finish time should I target?' },
      });
      for (const token of [a.token, b.token]) {
        await stack.discord.waitForCall(
          (c) => c.method === 'PATCH' && c.path.includes(token) && typeof c.body?.content === 'string' && c.body.content.length > 0,
          20_000,
        );
      }
      const row = await stack.db.one<{ id: string }>('select id from conversations where source_id = $1', [`interaction:${a.interactionId}`]);
      await stack.db.query('insert into ratings (conversation_id, rater_discord_user_id, rating) values ($1, $2, 1)', [row!.id, snowflake()]);

      const bot = await (await get(botPort, '/metrics')).text();
      expect(bot).toMatch(/^coach_answers\{writer="llm",degraded="false"\} 1$/m);
      expect(bot).toMatch(/^coach_answers\{writer="offline",degraded="true"\} 1$/m);
      expect(bot).toMatch(/^coach_answer_latency_seconds\{writer="llm",quantile="0.95"\} \d/m);
      expect(bot).toMatch(/^coach_ratings\{rating="up"\} 1$/m);
      expect(bot).toMatch(/^coach_queue_jobs\{state="waiting"\} \d+$/m);
      expect(bot).toMatch(/^coach_queue_oldest_waiting_seconds \d/m);
      // The worker that answered counted its own LLM calls and (once delivery finished) its jobs.
      const workerMetrics = () => get(workerPort, '/metrics').then((r) => r.text());
      await expect.poll(workerMetrics, { timeout: 15_000 }).toMatch(/^coach_job_duration_seconds_count\{job="coach-answer",outcome="ok"\} 2$/m);
      const worker = await workerMetrics();
      expect(worker).toMatch(/^coach_llm_calls_total\{outcome="ok"\} 1$/m);
      expect(worker).toMatch(/^coach_llm_calls_total\{outcome="error"\} 1$/m);
    });
  });

  it('answers 404 with the routes it has', async () => {
    const res = await get(botPort, '/nope');
    expect(res.status).toBe(404);
    expect(await res.text()).toMatch(/\/healthz, \/readyz or \/metrics/);
  });
});
