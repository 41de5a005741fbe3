import { spawn, type ChildProcess } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { snowflake, type RecordedCall } from '../support/discord-fake.js';
import { startStack, type Stack } from '../support/stack.js';

const edits = (token: string) => (c: RecordedCall) =>
  c.method === 'PATCH' && c.path.includes(token) && typeof c.body?.content === 'string' && c.body.content.length > 0;
const chatCalls = (stack: Stack) => stack.llm!.calls.filter((c) => c.path === '/chat/completions').length;

/** Starts an entry point the way the Docker image does: node itself, with tsx's loader. */
function startProcess(entry: 'bot' | 'worker', env: Record<string, string>): { child: ChildProcess; exited: Promise<number | null> } {
  const child = spawn(process.execPath, ['--import', 'tsx', `src/main/${entry}.ts`], { env: { ...process.env, ...env }, stdio: 'ignore' });
  return { child, exited: new Promise((resolve) => child.once('exit', (code) => resolve(code))) };
}

describe('graceful shutdown (SIGTERM, as docker compose stop sends it)', () => {
  let stack: Stack | undefined;
  let running: ChildProcess | undefined;
  afterEach(async () => {
    running?.kill('SIGKILL');
    await stack?.close();
    stack = undefined;
  });

  describe('when a worker process is stopped in the middle of an answer', () => {
    it('finishes the answer, delivers it once, stores one conversation and exits 0', async () => {
      stack = await startStack({ queue: 'bullmq', llm: true, extraEnv: { LLM_TIMEOUT_MS: '20000' } });
      await stack.startBot();
      const worker = startProcess('worker', stack.env);
      running = worker.child;
      stack.llm!.queueChat({ content: 'Finished after SIGTERM: 5 × 1 km at 5:40/km, 90 s rest, RPE 7.', delayMs: 1500 });
      const { interactionId, token } = await stack.discord.slashCommand({
        name: 'coach',
        userId: snowflake(),
        options: { question: 'Give me a run session for my Hyrox pacing' },
      });
      await expect.poll(() => chatCalls(stack!), { timeout: 30_000, interval: 50 }).toBe(1);
      worker.child.kill('SIGTERM');
      expect(await worker.exited).toBe(0);
      const delivered = stack.discord.calls.filter(edits(token));
      expect(delivered).toHaveLength(1);
      expect(delivered[0]!.body.content).toContain('Finished after SIGTERM');
      expect(await stack.db.query('select 1 from conversations where source_id = $1', [`interaction:${interactionId}`])).toHaveLength(1);
      expect(chatCalls(stack)).toBe(1);
    }, 90_000);
  });

  describe('when the bot (jobs in process) is stopped in the middle of an answer', () => {
    it('finishes and delivers the answer before it exits 0', async () => {
      stack = await startStack({ queue: 'in-process', llm: true, extraEnv: { LLM_TIMEOUT_MS: '20000' } });
      const bot = startProcess('bot', stack.env);
      running = bot.child;
      await stack.discord.waitForBot();
      stack.llm!.queueChat({ content: 'Delivered while shutting down: 4 × 500 m row at 1:55/500 m.', delayMs: 1500 });
      const { interactionId, token } = await stack.discord.slashCommand({
        name: 'coach',
        userId: snowflake(),
        options: { question: 'Give me a row session for Hyrox' },
      });
      await expect.poll(() => chatCalls(stack!), { timeout: 30_000, interval: 50 }).toBe(1);
      bot.child.kill('SIGTERM');
      expect(await bot.exited).toBe(0);
      expect(stack.discord.calls.filter(edits(token)).map((c) => c.body.content as string)).toEqual([
        expect.stringContaining('Delivered while shutting down'),
      ]);
      expect(await stack.db.query('select 1 from conversations where source_id = $1', [`interaction:${interactionId}`])).toHaveLength(1);
    }, 90_000);
  });
});
