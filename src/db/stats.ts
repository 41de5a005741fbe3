import type { Queryable } from './db.js';

/** Answer figures for /metrics: one row per writer ('llm' or 'offline') and degraded flag. */
export interface AnswerStats {
  writer: 'llm' | 'offline';
  degraded: boolean;
  answers: number;
  lastHour: number;
  p50Ms: number | null;
  p95Ms: number | null;
}
export interface OperationalStats {
  answers: AnswerStats[];
  ratingsUp: number;
  ratingsDown: number;
  checkinsToday: number;
}

/**
 * Read at scrape time, so every process reports the same totals without sharing memory. The
 * writer is 'llm' when the model reported token usage and the answer was not degraded; the
 * latency quantiles cover answers of the last hour.
 */
export async function operationalStats(db: Queryable, today: string): Promise<OperationalStats> {
  const answers = await db.query<{
    writer: 'llm' | 'offline';
    degraded: boolean;
    answers: string;
    last_hour: string;
    p50: number | null;
    p95: number | null;
  }>(
    `select case when completion_tokens is not null and not degraded then 'llm' else 'offline' end as writer, degraded,
            count(*)::text as answers,
            count(*) filter (where created_at > now() - interval '1 hour')::text as last_hour,
            percentile_cont(0.5) within group (order by latency_ms) filter (where created_at > now() - interval '1 hour') as p50,
            percentile_cont(0.95) within group (order by latency_ms) filter (where created_at > now() - interval '1 hour') as p95
     from conversations group by 1, 2 order by 1, 2`,
  );
  const ratings = await db.one<{ up: string; down: string }>(
    `select count(*) filter (where rating = 1)::text as up, count(*) filter (where rating = -1)::text as down from ratings`,
  );
  const checkins = await db.one<{ n: string }>('select count(*)::text as n from athlete_profiles where last_checkin_on = $1', [today]);
  return {
    answers: answers.map((r) => ({
      writer: r.writer,
      degraded: r.degraded,
      answers: Number(r.answers),
      lastHour: Number(r.last_hour),
      p50Ms: r.p50,
      p95Ms: r.p95,
    })),
    ratingsUp: Number(ratings?.up ?? 0),
    ratingsDown: Number(ratings?.down ?? 0),
    checkinsToday: Number(checkins?.n ?? 0),
  };
}
