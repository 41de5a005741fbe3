import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { startBot } from '../../src/main/runtime.js';
import { snowflake, type RecordedCall } from '../support/discord-fake.js';
import { startStack, type Stack } from '../support/stack.js';

const edits = (token: string) => (c: RecordedCall) =>
  c.method === 'PATCH' && c.path.includes(token) && typeof c.body?.content === 'string' && c.body.content.length > 0;

describe('faults', () => {
  let stack: Stack;
  beforeAll(async () => {
    // The LLM timeout is far above the hanging call's wait: the worker must still be mid-call when it
    // is killed. At the stack's 2 s, a busy machine (PGlite serving the child's queries on this
    // thread) could let the call time out and answer offline before the fake had even read it.
    stack = await startStack({ queue: 'bullmq', llm: true, extraEnv: { WORKER_LOCK_DURATION_MS: '2000', LLM_TIMEOUT_MS: '120000' } });
    await stack.startBot();
  });
  afterAll(async () => {
    await stack?.close();
  });

  describe('when a worker is killed in the middle of a job', () => {
    let child: ChildProcess | undefined;
    afterAll(() => {
      child?.kill('SIGKILL');
    });
    it('another worker takes the job over; it completes once, with one conversation row', async () => {
      child = spawn(process.execPath, ['--import', 'tsx', 'src/main/worker.ts'], { env: { ...process.env, ...stack.env }, stdio: 'ignore' });
      // The first LLM call hangs (the worker is mid-job when it dies); the retry is answered.
      stack.llm!.queueChat(
        { content: 'never delivered', delayMs: 60_000 },
        { content: 'Survived a worker crash: 4 × 1 km at 5:54/km, 90 s rest, RPE 7.' },
      );
      const { interactionId, token } = await stack.discord.slashCommand({
        name: 'coach',
        userId: snowflake(),
        options: { question: 'Give me a run session for my Hyrox pacing' },
      });
      // A cold `tsx` worker can take tens of seconds to boot on a busy 2-core machine: the waits are
      // generous ceilings, not timings (each ends as soon as the event happens).
      await expect
        .poll(() => stack.llm!.calls.filter((c) => c.path === '/chat/completions').length, { timeout: 120_000, interval: 100 })
        .toBeGreaterThanOrEqual(1);
      child.kill('SIGKILL');
      await new Promise((r) => child!.once('exit', r));
      await stack.startWorker({ WORKER_LOCK_DURATION_MS: '2000' });
      const edit = await stack.discord.waitForCall(edits(token), 120_000);
      expect(edit.body.content).toContain('Survived a worker crash');
      await new Promise((r) => setTimeout(r, 1500));
      expect(stack.discord.calls.filter(edits(token))).toHaveLength(1);
      expect(await stack.db.query('select 1 from conversations where source_id = $1', [`interaction:${interactionId}`])).toHaveLength(1);
    }, 300_000);
  });
});

describe('when Redis is unavailable at /coach', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ queue: 'in-process' });
  });
  afterAll(async () => {
    await stack?.close();
  });

  it('replies at once with a clear "try again" and loses nothing already stored', async () => {
    const config = loadConfig({ ...stack.env, REDIS_URL: 'redis://127.0.0.1:1', QUEUE_PREFIX: 'down' });
    const bot = await startBot(config);
    try {
      const userId = snowflake();
      const { token } = await stack.discord.slashCommand({ name: 'coach', userId, options: { question: 'How should I pace my 1km runs?' } });
      // The error replaces the "thinking…" reply in place (the first follow-up would edit it anyway).
      const reply = await stack.discord.waitForCall(edits(token), 15_000);
      expect(reply.path).toBe(`/webhooks/${stack.discord.applicationId}/${token}/messages/@original`);
      expect(reply.body.content).toMatch(/couldn't do that right now\. Nothing was saved; try again in a minute/);
      expect(stack.discord.calls.filter((c) => c.method === 'DELETE' && c.path.includes(token))).toEqual([]);
      // Logging still works: /log does not need the queue.
      const log = await stack.discord.slashCommand({ name: 'log', userId, options: { type: 'run', duration: 30, rpe: 6 } });
      const edit = await stack.discord.waitForCall(edits(log.token), 15_000);
      expect(edit.body.content).toMatch(/Logged ✅/);
    } finally {
      await bot.close();
    }
  });
});
