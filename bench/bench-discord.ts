import { spawn } from 'node:child_process';
import { percentile } from './bench-math.js';

/**
 * Discord figures through the local Discord and OpenAI-compatible servers (the test support
 * servers, run here as a harness): acknowledgement latency over a burst of 200 /coach
 * interactions, and answers per second with a simulated 2 s LLM at worker concurrency 1, 4, 16.
 */
export async function benchDiscord(line: (s: string) => void): Promise<void> {
  const { startStack } = await import('../tests/support/stack.js');
  const { snowflake } = await import('../tests/support/discord-fake.js');
  {
    const stack = await startStack({ queue: 'bullmq', llm: true, extraEnv: { COACH_RATE_LIMIT: '100' } });
    try {
      // The bot runs as its own process (npm start's entry point), as it does against real Discord.
      const bot = spawn(process.execPath, ['--import', 'tsx', 'src/main/bot.ts'], { env: { ...process.env, ...stack.env }, stdio: 'ignore' });
      await stack.discord.waitForBot();
      await new Promise((r) => setTimeout(r, 500));
      const ids: string[] = [];
      const users = Array.from({ length: 20 }, () => snowflake());
      for (let i = 0; i < 200; i++)
        ids.push(
          (
            await stack.discord.slashCommand({
              name: 'coach',
              userId: users[i % 20]!,
              options: { question: `How should I pace run ${(i % 8) + 1} of my Hyrox?` },
            })
          ).interactionId,
        );
      const deadline = Date.now() + 60_000;
      while (ids.some((id) => stack.discord.acks.get(id)?.ackedAt === undefined) && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 20));
      const lat = ids.map((id) => {
        const a = stack.discord.acks.get(id)!;
        return (a.ackedAt ?? Infinity) - a.sentAt;
      });
      line(
        `discord acknowledgement (burst of 200 /coach, bot in its own process): p50 ${percentile(lat, 0.5).toFixed(1)} ms, p99 ${percentile(lat, 0.99).toFixed(1)} ms, max ${Math.max(...lat).toFixed(1)} ms`,
      );
      bot.kill('SIGTERM');
      await new Promise((r) => bot.once('exit', r));
    } finally {
      await stack.close();
    }
  }
  for (const concurrency of [1, 4, 16]) {
    const stack = await startStack({
      queue: 'bullmq',
      llm: true,
      extraEnv: { WORKER_CONCURRENCY: String(concurrency), COACH_RATE_LIMIT: '100', LLM_TIMEOUT_MS: '10000' },
    });
    try {
      stack.llm!.onChat(() => ({ content: 'Hold 5:54/km, 90 s rest, RPE 7 [1].', delayMs: 2000 }));
      await stack.startBot();
      await stack.startWorker();
      const n = Math.max(8, concurrency * 2);
      const tokens: string[] = [];
      const started = performance.now();
      for (let i = 0; i < n; i++)
        tokens.push(
          (
            await stack.discord.slashCommand({
              name: 'coach',
              userId: snowflake(),
              options: { question: `How should I pace my 1 km runs for a sub ${80 + i} minute Hyrox?` },
            })
          ).token,
        );
      await stack.discord.waitForCalls((c) => c.method === 'PATCH' && tokens.some((t) => c.path.includes(t)) && Boolean(c.body?.content), n, 120_000);
      const secs = (performance.now() - started) / 1000;
      line(
        `throughput, simulated 2 s LLM, worker concurrency ${concurrency}: ${n} answers in ${secs.toFixed(1)} s = ${(n / secs).toFixed(2)} answers/s`,
      );
    } finally {
      await stack.close();
    }
  }
}
