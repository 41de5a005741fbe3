import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { ChatModel } from '../coach/chat-model.js';
import type { Queryable } from '../db/db.js';
import { operationalStats } from '../db/stats.js';
import { isoDate } from '../domain/dates.js';
import type { JobQueue, Processor } from '../queue/job-queue.js';

/**
 * Prometheus metrics of one process. Counters are this process's own (LLM calls, jobs run);
 * gauges read the queue and the database at scrape time (answers, latency, ratings, check-ins),
 * so they agree across the bot and any number of workers.
 */
export interface Metrics {
  registry: Registry;
  llmCalls: Counter<'outcome'>;
  jobs: Histogram<'job' | 'outcome'>;
  checkinsSent: Counter;
  /** Adds the queue's depth gauges (the queue is built after the processor it runs). */
  watchQueue(queue: Pick<JobQueue, 'depth'>): void;
}

export function createMetrics(sources: { db: Queryable; now?: () => Date }): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'coach_' });
  const now = sources.now ?? (() => new Date());
  const llmCalls = new Counter({
    name: 'coach_llm_calls_total',
    help: 'LLM calls by outcome (ok, error, timeout); errors and timeouts fall back to the offline writer',
    labelNames: ['outcome'] as const,
    registers: [registry],
  });
  const jobs = new Histogram({
    name: 'coach_job_duration_seconds',
    help: 'Jobs run by this process, by job name and outcome',
    labelNames: ['job', 'outcome'] as const,
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60],
    registers: [registry],
  });
  const checkinsSent = new Counter({ name: 'coach_checkins_sent_total', help: 'Check-in DMs sent by this process', registers: [registry] });

  let stats: ReturnType<typeof operationalStats> | undefined;
  // One database read per scrape, shared by every gauge below.
  const readStats = () =>
    (stats ??= operationalStats(sources.db, isoDate(now())).finally(() =>
      setTimeout(() => {
        stats = undefined;
      }, 1000),
    ));
  new Gauge({
    name: 'coach_answers',
    help: 'Answers stored, by writer and degraded flag (all time)',
    labelNames: ['writer', 'degraded'] as const,
    registers: [registry],
    async collect() {
      this.reset();
      for (const a of (await readStats()).answers) this.set({ writer: a.writer, degraded: String(a.degraded) }, a.answers);
    },
  });
  new Gauge({
    name: 'coach_answer_latency_seconds',
    help: 'Answer latency over the last hour, by writer and quantile',
    labelNames: ['writer', 'quantile'] as const,
    registers: [registry],
    async collect() {
      this.reset();
      for (const a of (await readStats()).answers) {
        if (a.degraded || a.p50Ms === null || a.p95Ms === null) continue;
        this.set({ writer: a.writer, quantile: '0.5' }, a.p50Ms / 1000);
        this.set({ writer: a.writer, quantile: '0.95' }, a.p95Ms / 1000);
      }
    },
  });
  new Gauge({
    name: 'coach_ratings',
    help: 'Ratings stored, by direction',
    labelNames: ['rating'] as const,
    registers: [registry],
    async collect() {
      const s = await readStats();
      this.set({ rating: 'up' }, s.ratingsUp);
      this.set({ rating: 'down' }, s.ratingsDown);
    },
  });
  new Gauge({
    name: 'coach_checkins_today',
    help: 'Athletes sent a check-in today',
    registers: [registry],
    async collect() {
      this.set((await readStats()).checkinsToday);
    },
  });
  const watchQueue = (queue: Pick<JobQueue, 'depth'>) => {
    let depth: ReturnType<JobQueue['depth']> | undefined;
    const readDepth = () =>
      (depth ??= queue.depth().finally(() =>
        setTimeout(() => {
          depth = undefined;
        }, 1000),
      ));
    new Gauge({
      name: 'coach_queue_jobs',
      help: 'Jobs in the queue by state',
      labelNames: ['state'] as const,
      registers: [registry],
      async collect() {
        const d = await readDepth();
        for (const state of ['waiting', 'active', 'delayed', 'failed'] as const) this.set({ state }, d[state]);
      },
    });
    new Gauge({
      name: 'coach_queue_oldest_waiting_seconds',
      help: 'How long the oldest waiting job has waited',
      registers: [registry],
      async collect() {
        this.set((await readDepth()).oldestWaitingMs / 1000);
      },
    });
  };
  return { registry, llmCalls, jobs, checkinsSent, watchQueue };
}

/** Counts each LLM call's outcome; the call itself is unchanged. */
export function instrumentChat(chat: ChatModel | undefined, metrics: Metrics): ChatModel | undefined {
  if (!chat) return undefined;
  return {
    kind: chat.kind,
    async complete(...args: Parameters<ChatModel['complete']>) {
      try {
        const result = await chat.complete(...args);
        metrics.llmCalls.inc({ outcome: 'ok' });
        return result;
      } catch (error) {
        metrics.llmCalls.inc({
          outcome: /timeout|timed out|abort/i.test(`${(error as Error).name} ${(error as Error).message}`) ? 'timeout' : 'error',
        });
        throw error;
      }
    },
  };
}

/** Times each job by name and outcome, and counts check-ins the sweep reports as sent. */
export function instrumentProcessor(process: Processor, metrics: Metrics): Processor {
  return async (name, data, job) => {
    const end = metrics.jobs.startTimer({ job: name });
    try {
      const result = await process(name, data, job);
      end({ outcome: 'ok' });
      const sent = (result as { sent?: unknown } | undefined)?.sent;
      if (typeof sent === 'number' && sent > 0) metrics.checkinsSent.inc(sent);
      return result;
    } catch (error) {
      end({ outcome: 'error' });
      throw error;
    }
  };
}
