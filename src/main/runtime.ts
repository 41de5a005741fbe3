import type { Client } from 'discord.js';
import type { Worker } from 'bullmq';
import { requireDiscord, type Config } from '../config.js';
import type { AppContext } from '../context.js';
import { createBot } from '../discord/bot.js';
import { AckAgent, withAckAgent } from '../discord/ack-agent.js';
import type { CommandContext } from '../discord/command.js';
import { BullMQQueue, startBullMQWorker } from '../queue/bullmq-queue.js';
import { InProcessQueue } from '../queue/in-process-queue.js';
import type { JobQueue } from '../queue/job-queue.js';
import { CHECKIN_JOB, JOB_SCHEMAS, type Jobs } from '../queue/jobs.js';
import { MemoryRateLimiter, RedisRateLimiter, type RateLimiter } from '../queue/rate-limiter.js';
import { CHECKIN_EVERY_MS } from '../worker/checkins.js';
import type { WorkerContext } from '../worker/deliver.js';
import { RestDiscordOut } from '../worker/discord-out.js';
import { createFailedHook, createProcessor } from '../worker/processor.js';
import { closeContext, createContext } from './context.js';
import { startHealthServer } from './health-server.js';
import { createMetrics, instrumentChat, instrumentProcessor, type Metrics } from './metrics.js';

/** The health and metrics server when METRICS_PORT is set; Redis is probed through the queue. */
async function serveOperations(
  config: Config,
  app: AppContext,
  metrics: Metrics,
  queue: JobQueue<Jobs>,
): Promise<{ port?: number; close(): Promise<void> }> {
  metrics.watchQueue(queue);
  if (config.metrics.kind === 'off') return { close: async () => undefined };
  const pingRedis = queue.kind === 'bullmq' ? () => queue.depth().then(() => undefined) : undefined;
  const server = await startHealthServer(config.metrics.port, { db: app.db, metrics, pingRedis });
  app.log.info({ port: server.port }, 'health and metrics server listening');
  return server;
}

function workerContext(ctx: AppContext, config: Config): WorkerContext {
  const d = requireDiscord(config);
  return { ...ctx, discord: RestDiscordOut.create(d.token, d.apiUrl) };
}

/**
 * The bot process: gateway client + command handlers. With REDIS_URL it only enqueues (workers
 * answer); without, it runs the same processors in process for a single-machine install.
 */
export async function startBot(config: Config): Promise<{ ctx: CommandContext; client: Client; healthPort?: number; close(): Promise<void> }> {
  const d = requireDiscord(config);
  const app = await createContext(config);
  const metrics = createMetrics({ db: app.db, now: app.now });
  app.chat = instrumentChat(app.chat, metrics);
  let queue: JobQueue<Jobs>;
  let rateLimiter: RateLimiter;
  if (config.queue.kind === 'bullmq') {
    queue = new BullMQQueue<Jobs>(config.queue.redisUrl, undefined, {
      prefix: config.queue.prefix,
      backoffMs: config.queue.backoffMs,
      schemas: JOB_SCHEMAS,
    });
    rateLimiter = new RedisRateLimiter(config.queue.redisUrl, config.rateLimit.perWindow, config.rateLimit.windowSec, `${config.queue.prefix}:rl`);
  } else {
    const wctx = workerContext(app, config);
    const inProcess = new InProcessQueue<Jobs>(instrumentProcessor(createProcessor(wctx), metrics), {
      concurrency: config.queue.concurrency,
      onFailed: createFailedHook(wctx),
      log: app.log,
      backoffMs: config.queue.backoffMs,
      schemas: JOB_SCHEMAS,
    });
    await inProcess.schedule('checkin-sweep', CHECKIN_EVERY_MS, CHECKIN_JOB, {});
    queue = inProcess;
    rateLimiter = new MemoryRateLimiter(config.rateLimit.perWindow, config.rateLimit.windowSec);
  }
  const ops = await serveOperations(config, app, metrics, queue);
  const ctx: CommandContext = { ...app, queue, rateLimiter };
  // DISCORD_ACK_PIPELINING=on: acknowledgements pipelined on a few kept-alive connections instead of one new connection
  // each. Off by default: whether Discord's edge answers pipelined requests side by side is not yet measured.
  const ackAgent = d.ackPipelining ? new AckAgent() : undefined;
  const client = createBot(ctx, { apiUrl: d.apiUrl, ...(ackAgent ? { makeRequest: withAckAgent(ackAgent) } : {}) });
  const ready = new Promise<void>((resolve) => client.once('clientReady', () => resolve()));
  await client.login(d.token);
  await ready;
  app.log.info({ user: client.user?.tag, queue: queue.kind }, 'Coach K is online');
  return {
    ctx,
    client,
    healthPort: ops.port,
    async close() {
      await client.destroy();
      await ackAgent?.close();
      await queue.close();
      await rateLimiter.close();
      await ops.close();
      await closeContext(app);
    },
  };
}

/** A worker process: consumes the Redis queue (run as many as needed, on any machine). */
export async function startWorker(config: Config): Promise<{ ctx: WorkerContext; worker: Worker; healthPort?: number; close(): Promise<void> }> {
  if (config.queue.kind !== 'bullmq') throw new Error('A separate worker needs REDIS_URL; without it the bot answers in process.');
  const app = await createContext(config);
  const metrics = createMetrics({ db: app.db, now: app.now });
  app.chat = instrumentChat(app.chat, metrics);
  const ctx = workerContext(app, config);
  const worker = startBullMQWorker({
    redisUrl: config.queue.redisUrl,
    prefix: config.queue.prefix,
    concurrency: config.queue.concurrency,
    log: app.log,
    process: instrumentProcessor(createProcessor(ctx), metrics),
    onFailed: createFailedHook(ctx),
    lockDurationMs: config.queue.lockDurationMs,
    stalledIntervalMs: config.queue.lockDurationMs,
  });
  const producer = new BullMQQueue<Jobs>(config.queue.redisUrl, undefined, { prefix: config.queue.prefix, schemas: JOB_SCHEMAS });
  await producer.schedule('checkin-sweep', CHECKIN_EVERY_MS, CHECKIN_JOB, {});
  const ops = await serveOperations(config, app, metrics, producer);
  await worker.waitUntilReady();
  app.log.info({ concurrency: config.queue.concurrency }, 'worker ready');
  return {
    ctx,
    worker,
    healthPort: ops.port,
    async close() {
      await worker.close();
      await producer.close();
      await ops.close();
      await closeContext(app);
    },
  };
}
