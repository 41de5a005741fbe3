import type { Logger } from '../log.js';
import {
  checkPayload,
  JOB_ATTEMPTS,
  JOB_BACKOFF_MS,
  KEEP_COMPLETED,
  PermanentJobError,
  type AddOptions,
  type FailedHook,
  type JobMap,
  type JobQueue,
  type JobSchemas,
  type Processor,
  type QueueDepth,
} from './job-queue.js';

/**
 * The embedded default: jobs run in this process with the same contract as BullMQ — ids
 * de-duplicate while retained, 3 attempts with exponential backoff, a concurrency limit, a
 * failed hook after the last attempt, and repeatable schedulers.
 */
export class InProcessQueue<J extends object = JobMap> implements JobQueue<J> {
  readonly kind = 'in-process' as const;
  /** Job id → when it was added and whose it is (de-duplication while retained, and removal). */
  private readonly seen = new Map<string, { at: number; userId?: string }>();
  private readonly jobTimers = new Map<string, NodeJS.Timeout>();
  private readonly removed = new Set<string>();
  private readonly waiting: { resolve: () => void; sinceMs: number }[] = [];
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly intervals = new Map<string, NodeJS.Timeout>();
  private running = 0;
  private failed = 0;
  private closed = false;
  private readonly idle = new Set<() => void>();

  constructor(
    private readonly process: Processor,
    private readonly opts: { concurrency: number; onFailed?: FailedHook; log?: Logger; backoffMs?: number; schemas?: JobSchemas<J> },
  ) {}

  async add<N extends keyof J & string>(name: N, data: J[N], opts: AddOptions): Promise<{ added: boolean }> {
    if (this.closed) throw new Error('queue is closed');
    if (this.opts.schemas) checkPayload(this.opts.schemas, name, data);
    const now = Date.now();
    for (const [id, s] of this.seen) if (now - s.at > KEEP_COMPLETED.age * 1000) this.seen.delete(id);
    if (this.seen.has(opts.jobId)) return { added: false };
    const userId = (data as { userId?: unknown } | null)?.userId;
    this.seen.set(opts.jobId, { at: now, userId: typeof userId === 'string' ? userId : undefined });
    this.removed.delete(opts.jobId);
    this.later(() => void this.run(name, data, opts.jobId, 0, now), opts.delayMs ?? 0, opts.jobId);
    return { added: true };
  }

  async removeUserJobs(userId: string): Promise<number> {
    let count = 0;
    for (const [id, s] of this.seen) {
      if (s.userId !== userId) continue;
      this.seen.delete(id);
      this.removed.add(id);
      const timer = this.jobTimers.get(id);
      if (timer) {
        clearTimeout(timer);
        this.timers.delete(timer);
        this.jobTimers.delete(id);
      }
      count += 1;
    }
    this.settle();
    return count;
  }

  async schedule<N extends keyof J & string>(schedulerId: string, everyMs: number, name: N, data: J[N]): Promise<void> {
    if (this.opts.schemas) checkPayload(this.opts.schemas, name, data);
    clearInterval(this.intervals.get(schedulerId));
    let n = 0;
    this.intervals.set(
      schedulerId,
      setInterval(() => {
        n += 1;
        void this.add(name, data, { jobId: `${schedulerId}-${Date.now()}-${n}` });
      }, everyMs),
    );
  }

  async depth(): Promise<QueueDepth> {
    const oldest = this.waiting[0]?.sinceMs;
    return {
      waiting: this.waiting.length,
      active: this.running,
      delayed: this.timers.size,
      failed: this.failed,
      oldestWaitingMs: oldest === undefined ? 0 : Date.now() - oldest,
    };
  }

  /** Resolves when no job is running or waiting (for CLIs and tests). */
  async drain(): Promise<void> {
    if (this.running === 0 && this.timers.size === 0) return;
    await new Promise<void>((resolve) => this.idle.add(resolve));
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const t of this.intervals.values()) clearInterval(t);
    await this.drain();
  }

  private later(fn: () => void, ms: number, jobId?: string) {
    const t = setTimeout(() => {
      this.timers.delete(t);
      if (jobId) this.jobTimers.delete(jobId);
      fn();
    }, ms);
    this.timers.add(t);
    if (jobId) this.jobTimers.set(jobId, t);
  }

  private async slot(): Promise<void> {
    if (this.running < this.opts.concurrency) {
      this.running += 1;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push({ resolve, sinceMs: Date.now() }));
    this.running += 1;
  }

  private release() {
    this.running -= 1;
    this.waiting.shift()?.resolve();
    this.settle();
  }

  private settle() {
    if (this.running === 0 && this.timers.size === 0 && this.waiting.length === 0) {
      for (const resolve of this.idle) resolve();
      this.idle.clear();
    }
  }

  private async run(name: string, data: unknown, id: string, attemptsMade: number, queuedAtMs: number): Promise<void> {
    await this.slot();
    const job = { id, name, attemptsMade, finalAttempt: attemptsMade + 1 >= JOB_ATTEMPTS, queuedAtMs };
    try {
      if (this.removed.delete(id)) return;
      await this.process(name, data, job);
    } catch (error) {
      const err = error instanceof Error ? error : new Error(String(error));
      const permanent = err instanceof PermanentJobError || err.name === 'UnrecoverableError';
      if (!permanent && !job.finalAttempt && !this.closed) {
        const delay = (this.opts.backoffMs ?? JOB_BACKOFF_MS) * 2 ** attemptsMade;
        this.later(() => void this.run(name, data, id, attemptsMade + 1, queuedAtMs), delay, id);
      } else {
        this.failed += 1;
        this.opts.log?.error({ jobId: id, job: name, err }, 'job failed');
        await this.opts
          .onFailed?.(name, data, { ...job, finalAttempt: true }, err)
          .catch((e) => this.opts.log?.error({ jobId: id, err: e }, 'failed hook threw'));
      }
    } finally {
      this.release();
    }
  }
}
