import { Queue, UnrecoverableError, Worker, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import { TransientError } from '../errors.js';
import type { Logger } from '../log.js';
import {
  checkPayload,
  JOB_ATTEMPTS,
  JOB_BACKOFF_MS,
  KEEP_COMPLETED,
  KEEP_FAILED,
  PermanentJobError,
  type AddOptions,
  type FailedHook,
  type JobInfo,
  type JobMap,
  type JobQueue,
  type JobSchemas,
  type Processor,
  type QueueDepth,
} from './job-queue.js';
import { perTurnBatch } from './turn-batch.js';

export const COACH_QUEUE = 'coach';

/**
 * The producer: the bot enqueues on Redis and never runs jobs. Its connection fails fast
 * (enableOfflineQueue: false), so /coach during a Redis outage gets a clear "try again".
 */
export class BullMQQueue<J extends object = JobMap> implements JobQueue<J> {
  readonly kind = 'bullmq' as const;
  private readonly queue: Queue;
  private readonly connection: Redis;

  constructor(
    redisUrl: string,
    queueName = COACH_QUEUE,
    private readonly opts: { prefix?: string; backoffMs?: number; schemas?: JobSchemas<J> } = {},
  ) {
    this.connection = new Redis(redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2000 });
    this.connection.on('error', () => {
      /* reported per call as TransientError */
    });
    this.queue = new Queue(queueName, {
      connection: this.connection,
      prefix: opts.prefix,
      defaultJobOptions: {
        attempts: JOB_ATTEMPTS,
        backoff: { type: 'exponential', delay: opts.backoffMs ?? JOB_BACKOFF_MS },
        removeOnComplete: KEEP_COMPLETED,
        removeOnFail: KEEP_FAILED,
      },
    });
    this.queue.on('error', () => {
      /* same */
    });
  }

  async add<N extends keyof J & string>(name: N, data: J[N], opts: AddOptions): Promise<{ added: boolean }> {
    if (this.opts.schemas) checkPayload(this.opts.schemas, name, data);
    try {
      return await this.adds({ name, data, opts });
    } catch (error) {
      throw new TransientError('the job queue is unavailable', { cause: error });
    }
  }

  /**
   * The adds of one event-loop turn in two round trips whatever their number: EXISTS on each
   * job's hash (not getJob, which reads and decodes the whole job), then one addBulk of the new
   * ones (a pipeline of BullMQ's add script). /coach waits for this right after its deferral.
   */
  private readonly adds = perTurnBatch(async (items: { name: string; data: unknown; opts: AddOptions }[]) => {
    await this.queue.waitUntilReady();
    const pipeline = this.connection.pipeline();
    for (const { opts } of items) pipeline.exists(this.queue.toKey(opts.jobId));
    const exists = (await pipeline.exec()) ?? [];
    const seen = new Set<string>();
    const fresh: { name: string; data: unknown; opts: { jobId: string; delay?: number } }[] = [];
    const results = items.map(({ name, data, opts }, i): PromiseSettledResult<{ added: boolean }> => {
      const [error, count] = exists[i] ?? [new Error('no reply')];
      if (error) return { status: 'rejected', reason: error };
      const added = count === 0 && !seen.has(opts.jobId);
      seen.add(opts.jobId);
      if (added) fresh.push({ name, data, opts: { jobId: opts.jobId, delay: opts.delayMs } });
      return { status: 'fulfilled', value: { added } };
    });
    if (fresh.length) await this.queue.addBulk(fresh);
    return results;
  });

  async schedule<N extends keyof J & string>(schedulerId: string, everyMs: number, name: N, data: J[N]): Promise<void> {
    if (this.opts.schemas) checkPayload(this.opts.schemas, name, data);
    await this.queue.upsertJobScheduler(schedulerId, { every: everyMs }, { name, data });
  }

  async removeUserJobs(userId: string): Promise<number> {
    let removed = 0;
    try {
      const jobs = await this.queue.getJobs(['waiting', 'delayed', 'prioritized', 'waiting-children', 'completed', 'failed']);
      for (const job of jobs) {
        if (!job || (job.data as { userId?: unknown } | undefined)?.userId !== userId) continue;
        // A job a worker holds right now is locked; it checks deleted_members when it stores.
        if (
          await job.remove().then(
            () => true,
            () => false,
          )
        )
          removed += 1;
      }
    } catch (error) {
      throw new TransientError('the job queue is unavailable', { cause: error });
    }
    return removed;
  }

  async depth(): Promise<QueueDepth> {
    const counts = await this.queue.getJobCounts('waiting', 'active', 'delayed', 'failed', 'prioritized');
    const [oldest] = await this.queue.getJobs(['waiting'], -1, -1, false);
    return {
      waiting: (counts.waiting ?? 0) + (counts.prioritized ?? 0),
      active: counts.active ?? 0,
      delayed: counts.delayed ?? 0,
      failed: counts.failed ?? 0,
      oldestWaitingMs: oldest ? Math.max(0, Date.now() - oldest.timestamp) : 0,
    };
  }

  async close(): Promise<void> {
    await this.queue.close();
    this.connection.disconnect();
  }
}

/**
 * A worker process's consumer: runs the processor map with concurrency, retries transient
 * failures with backoff, fails bad payloads at once (UnrecoverableError), and lets BullMQ's
 * stalled-job check hand a dead worker's job to another.
 */
export function startBullMQWorker(opts: {
  redisUrl: string;
  process: Processor;
  onFailed?: FailedHook;
  concurrency: number;
  log: Logger;
  queueName?: string;
  prefix?: string;
  lockDurationMs?: number;
  stalledIntervalMs?: number;
}): Worker {
  const connection = new Redis(opts.redisUrl, { maxRetriesPerRequest: null });
  const info = (job: Job): JobInfo => ({
    id: job.id ?? '',
    name: job.name,
    attemptsMade: job.attemptsMade,
    finalAttempt: job.attemptsMade + 1 >= (job.opts.attempts ?? 1),
    queuedAtMs: job.timestamp,
  });
  const worker = new Worker(
    opts.queueName ?? COACH_QUEUE,
    async (job) => {
      try {
        return await opts.process(job.name, job.data, info(job));
      } catch (error) {
        if (error instanceof PermanentJobError) throw new UnrecoverableError(error.message);
        throw error;
      }
    },
    {
      connection,
      prefix: opts.prefix,
      concurrency: opts.concurrency,
      autorun: true,
      lockDuration: opts.lockDurationMs ?? 30_000,
      stalledInterval: opts.stalledIntervalMs ?? 30_000,
      maxStalledCount: 1,
    },
  );
  worker.on('failed', (job, error) => {
    if (!job) return;
    const final = error instanceof UnrecoverableError || error.name === 'UnrecoverableError' || job.attemptsMade >= (job.opts.attempts ?? 1);
    opts.log.warn({ jobId: job.id, job: job.name, attemptsMade: job.attemptsMade, final, err: error.message }, 'job attempt failed');
    if (final && opts.onFailed) {
      void opts
        .onFailed(job.name, job.data, { ...info(job), finalAttempt: true }, error)
        .catch((e) => opts.log.error({ jobId: job.id, err: e }, 'failed hook threw'));
    }
  });
  worker.on('error', (error) => opts.log.error({ err: error }, 'worker error'));
  const close = worker.close.bind(worker);
  worker.close = async (force?: boolean) => {
    await close(force);
    connection.disconnect();
  };
  return worker;
}
