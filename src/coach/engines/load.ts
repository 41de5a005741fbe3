import { z } from 'zod';

/** A calendar date, 'YYYY-MM-DD' (the athlete's local day). */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => toDayNumber(s) !== null, 'not a real calendar date')
  .describe("Calendar date 'YYYY-MM-DD'");

export const WorkoutLog = z.object({
  date: IsoDate.describe("Day of the session, 'YYYY-MM-DD'"),
  durationMin: z.number().positive().max(600).describe('Session duration, minutes (0–600)'),
  rpe: z.number().min(1).max(10).describe('Session RPE, CR-10 scale 1–10, rated after the session'),
  sessionType: z.string().min(1).max(40).describe('Kind of work, e.g. run, strength, stations, simulation'),
  rpePre: z.number().min(1).max(10).optional().describe('Pre-session readiness 1–10 (10 = fully ready)'),
});
export type WorkoutLog = z.infer<typeof WorkoutLog>;

export const ComputeLoadInput = z.object({
  logs: z.array(WorkoutLog).max(5000).describe('Workout logs; any order; logs after today are ignored'),
  today: IsoDate.describe("Today, 'YYYY-MM-DD' (the last day of every window)"),
});
export type ComputeLoadInput = z.infer<typeof ComputeLoadInput>;

export type LoadFlagCode = 'acwr_spike' | 'acwr_high' | 'acwr_low' | 'monotony_high';
export interface LoadFlag {
  code: LoadFlagCode;
  summary: string;
}

export interface LoadReport {
  /** Session load per log on or before today, AU = RPE × min (Foster 2001), in input order. */
  sessions: Array<{ date: string; sessionType: string; loadAu: number }>;
  /** Daily load for the last 28 days, oldest first, AU (rest days 0). */
  dailyLoads: Array<{ date: string; loadAu: number }>;
  /** Sum of the last 7 days (today included), AU. */
  weeklyLoadAu: number;
  /** Mean ÷ population SD of the last 7 daily loads; null when SD is 0. */
  monotony: number | null;
  /** weeklyLoadAu × monotony, AU; null with monotony. */
  strain: number | null;
  acuteLoadAu: number;
  /** Average weekly load over the last 28 days (acute included), AU. */
  chronicWeeklyLoadAu: number;
  /** acute ÷ chronic; null when chronic is 0. */
  acwr: number | null;
  /** Days from the first log to today, inclusive; 0 without logs. ACWR flags need ≥ 28. */
  historyDays: number;
  /** EWMA of daily load, 42 d (fitness) and 7 d (fatigue), λ = 2 ÷ (N + 1); form = fitness − fatigue. */
  fitness: number;
  fatigue: number;
  form: number;
  flags: LoadFlag[];
}

const DAY_MS = 86_400_000;

/** Day number since 1970-01-01 (UTC) for 'YYYY-MM-DD', or null for an impossible date. */
export function toDayNumber(date: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return ms / DAY_MS;
}

/** 'YYYY-MM-DD' for a day number since 1970-01-01. */
export function fromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Session load (AU) = session RPE (CR-10) × duration (min) (Foster et al. 2001). */
export function sessionLoadAu(log: Pick<WorkoutLog, 'rpe' | 'durationMin'>): number {
  return log.rpe * log.durationMin;
}

export const ACWR_SPIKE = 1.5;
export const ACWR_HIGH = 1.3;
export const ACWR_LOW = 0.8;
export const MONOTONY_HIGH = 2.0;
/** Fitness and fatigue EWMA spans, days. */
export const FITNESS_DAYS = 42;
export const FATIGUE_DAYS = 7;
/** A chronic window needs 28 days of history before ACWR flags are raised. */
const CHRONIC_DAYS = 28;

/**
 * Training load from workout logs (coaching-model.md, "Training load").
 *
 * Session load = RPE × min. Weekly load = sum of the 7 days ending today. Monotony = mean ÷
 * population SD of those 7 daily loads (rest days 0); strain = weekly × monotony (Foster 1998).
 * ACWR, rolling-average coupled variant: acute 7 d ÷ (28-day sum ÷ 4) (Gabbett 2016; Hulin 2016).
 * EWMA over every day from the first log to today, starting at 0: x_t = λ·load_t + (1 − λ)·x_{t−1},
 * λ = 2 ÷ (N + 1), N = 42 (fitness) and 7 (fatigue); form = fitness − fatigue.
 *
 * Flags: acwr_spike ≥ 1.5; acwr_high > 1.3; acwr_low < 0.8 (chronic > 0) — ACWR flags only once
 * 28 days of history exist, since a new athlete's first week always reads as a spike; monotony_high
 * > 2.0, or identical non-zero loads all week (SD 0: monotony reported null but flagged).
 * Logs dated after `today` are ignored.
 */
export function computeLoad(input: ComputeLoadInput): LoadReport {
  const todayDay = toDayNumber(input.today);
  if (todayDay === null) throw new RangeError(`today is not a date: ${input.today}`);
  const byDay = new Map<number, number>();
  const sessions: LoadReport['sessions'] = [];
  let firstDay = Infinity;
  for (const log of input.logs) {
    const day = toDayNumber(log.date);
    if (day === null || day > todayDay) continue;
    const loadAu = sessionLoadAu(log);
    sessions.push({ date: log.date, sessionType: log.sessionType, loadAu });
    byDay.set(day, (byDay.get(day) ?? 0) + loadAu);
    firstDay = Math.min(firstDay, day);
  }
  const loadOn = (day: number) => byDay.get(day) ?? 0;

  const dailyLoads = range(todayDay - CHRONIC_DAYS + 1, todayDay).map((d) => ({ date: fromDayNumber(d), loadAu: loadOn(d) }));
  const week = range(todayDay - 6, todayDay).map(loadOn);
  const weeklyLoadAu = sum(week);
  const mean = weeklyLoadAu / 7;
  const sd = Math.sqrt(sum(week.map((x) => (x - mean) ** 2)) / 7);
  const monotony = sd > 0 ? mean / sd : null;
  const strain = monotony === null ? null : weeklyLoadAu * monotony;

  const chronicWeeklyLoadAu = sum(dailyLoads.map((d) => d.loadAu)) / 4;
  const acwr = chronicWeeklyLoadAu > 0 ? weeklyLoadAu / chronicWeeklyLoadAu : null;
  const historyDays = Number.isFinite(firstDay) ? todayDay - firstDay + 1 : 0;

  let fitness = 0;
  let fatigue = 0;
  const lf = 2 / (FITNESS_DAYS + 1);
  const lg = 2 / (FATIGUE_DAYS + 1);
  if (Number.isFinite(firstDay)) {
    for (let d = firstDay; d <= todayDay; d++) {
      fitness = lf * loadOn(d) + (1 - lf) * fitness;
      fatigue = lg * loadOn(d) + (1 - lg) * fatigue;
    }
  }

  const flags: LoadFlag[] = [];
  if (acwr !== null && historyDays >= CHRONIC_DAYS) {
    const ratio = acwr.toFixed(2);
    if (acwr >= ACWR_SPIKE) {
      flags.push({
        code: 'acwr_spike',
        summary: `This week's load is ${ratio}× your 4-week average: a spike (≥ 1.5). Hold or cut next week's load by 20–30 %.`,
      });
    } else if (acwr > ACWR_HIGH) {
      flags.push({ code: 'acwr_high', summary: `This week's load is ${ratio}× your 4-week average: above the 0.8–1.3 range. Build more gradually.` });
    } else if (acwr < ACWR_LOW) {
      flags.push({
        code: 'acwr_low',
        summary: `This week's load is ${ratio}× your 4-week average: below 0.8. Fine for a planned easy week; otherwise fitness may be slipping.`,
      });
    }
  }
  if (monotony !== null && monotony > MONOTONY_HIGH) {
    flags.push({
      code: 'monotony_high',
      summary: `Training monotony is ${monotony.toFixed(2)} (> 2.0): days are too alike. Mix hard, easy and rest days.`,
    });
  } else if (monotony === null && weeklyLoadAu > 0) {
    flags.push({
      code: 'monotony_high',
      summary: 'The same load every day this week (no variation at all): monotony is as high as it gets. Mix hard, easy and rest days.',
    });
  }

  return {
    sessions,
    dailyLoads,
    weeklyLoadAu,
    monotony,
    strain,
    acuteLoadAu: weeklyLoadAu,
    chronicWeeklyLoadAu,
    acwr,
    historyDays,
    fitness,
    fatigue,
    form: fitness - fatigue,
    flags,
  };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

function sum(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}
