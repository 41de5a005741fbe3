import { computeLoad, toDayNumber, type WorkoutLog } from '../coach/engines/load.js';
import { assessReadiness } from '../coach/engines/readiness.js';
import { formatDuration } from '../coach/engines/time.js';
import { TEST_LABELS, type Benchmark } from '../db/benchmarks.js';

export type AcwrFlag = 'spike' | 'high' | 'low' | 'ok' | 'new';
export type Trend = 'better' | 'worse' | 'same' | 'first';

export interface TeamRow {
  name: string;
  discordUserId: string;
  weeklyLoadAu: number;
  acwr: number | null;
  acwrFlag: AcwrFlag;
  lastSession: { date: string; what: string } | null;
  /** Last session logged by answering a check-in DM. */
  lastCheckin: string | null;
  daysToRace: number | null;
  lastBenchmark: { date: string; what: string; trend: Trend } | null;
  /** Higher = look first. */
  attention: number;
  /** Why this athlete needs attention, in a few words each. */
  reasons: string[];
}

export interface TeamMemberData {
  name: string;
  discordUserId: string;
  raceDate: string | null;
  /** Logs of the last 28 days at least, up to today. */
  logs: readonly WorkoutLog[];
  lastSession: { date: string; sessionType: string; durationMin: number; rpe: number } | null;
  lastCheckin: string | null;
  benchmarks: readonly Benchmark[];
}

function result(b: Benchmark): string {
  const r = b.results;
  return r.time_seconds !== undefined ? formatDuration(r.time_seconds) : r.distance_m !== undefined ? `${r.distance_m} m` : `${r.load_kg} kg`;
}

/** Newer vs older of the same test: lower time, more metres or more kg is better. */
export function trendOf(now: Benchmark, before: Benchmark | undefined): Trend {
  if (!before) return 'first';
  const [a, b] = [before.results, now.results];
  const d =
    a.time_seconds !== undefined && b.time_seconds !== undefined
      ? a.time_seconds - b.time_seconds
      : a.distance_m !== undefined && b.distance_m !== undefined
        ? b.distance_m - a.distance_m
        : (b.load_kg ?? 0) - (a.load_kg ?? 0);
  return d > 0 ? 'better' : d < 0 ? 'worse' : 'same';
}

const daysBetween = (from: string, to: string) => toDayNumber(to)! - toDayNumber(from)!;

/**
 * One athlete's line in the coach's view, from the load and readiness engines. Attention score:
 * deload signs or an ACWR spike 3; ACWR > 1.3 or no session for 7+ days 2; ACWR < 0.8, monotony
 * > 2.0 or race within 14 days 1 each. The reasons say which.
 */
export function teamRow(m: TeamMemberData, today: string): TeamRow {
  const load = computeLoad({ logs: [...m.logs], today });
  const readiness = assessReadiness({ logs: [...m.logs], today });
  const codes = new Set(load.flags.map((f) => f.code));
  const acwrFlag: AcwrFlag =
    load.historyDays < 28 || load.acwr === null
      ? 'new'
      : codes.has('acwr_spike')
        ? 'spike'
        : codes.has('acwr_high')
          ? 'high'
          : codes.has('acwr_low')
            ? 'low'
            : 'ok';
  const reasons: string[] = [];
  let attention = 0;
  const add = (points: number, why: string) => {
    attention += points;
    reasons.push(why);
  };
  if (readiness.status === 'deload') add(3, 'deload signs');
  if (acwrFlag === 'spike') add(3, `load spike (ACWR ${load.acwr!.toFixed(2)})`);
  if (acwrFlag === 'high') add(2, `load rising fast (ACWR ${load.acwr!.toFixed(2)})`);
  const idle = m.lastSession ? daysBetween(m.lastSession.date, today) : null;
  if (idle === null) add(2, 'no session logged yet');
  else if (idle >= 7) add(2, `no session for ${idle} days`);
  if (acwrFlag === 'low') add(1, `light week (ACWR ${load.acwr!.toFixed(2)})`);
  if (codes.has('monotony_high')) add(1, 'every day alike (monotony)');
  const daysToRace = m.raceDate && m.raceDate >= today ? daysBetween(today, m.raceDate) : null;
  if (daysToRace !== null && daysToRace <= 14) add(1, `race in ${daysToRace} days`);
  const sorted = [...m.benchmarks].sort((a, b) => a.testDate.localeCompare(b.testDate));
  const last = sorted.at(-1);
  const before = last && sorted.filter((b) => b !== last && b.testType === last.testType && b.subject === last.subject).at(-1);
  return {
    name: m.name,
    discordUserId: m.discordUserId,
    weeklyLoadAu: load.weeklyLoadAu,
    acwr: load.acwr,
    acwrFlag,
    lastSession: m.lastSession
      ? { date: m.lastSession.date, what: `${m.lastSession.sessionType} ${m.lastSession.durationMin} min RPE ${m.lastSession.rpe}` }
      : null,
    lastCheckin: m.lastCheckin,
    daysToRace,
    lastBenchmark: last
      ? {
          date: last.testDate,
          what: `${TEST_LABELS[last.testType]}${last.subject ? ` ${last.subject.replace(/_/g, ' ')}` : ''} ${result(last)}`,
          trend: trendOf(last, before),
        }
      : null,
    attention,
    reasons,
  };
}

/** Who needs attention first; ties by name. */
export function sortByAttention(rows: readonly TeamRow[]): TeamRow[] {
  return [...rows].sort((a, b) => b.attention - a.attention || a.name.localeCompare(b.name));
}
