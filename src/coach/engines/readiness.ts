import { z } from 'zod';
import { IsoDate, WorkoutLog, computeLoad, toDayNumber } from './load.js';

export const AssessReadinessInput = z.object({
  logs: z.array(WorkoutLog).max(5000).describe('Workout logs (any order), with optional pre-session readiness rpePre'),
  today: IsoDate.describe("Today, 'YYYY-MM-DD'"),
});
export type AssessReadinessInput = z.infer<typeof AssessReadinessInput>;

export type ReadinessStatus = 'ready' | 'caution' | 'deload';

export interface Readiness {
  status: ReadinessStatus;
  reasons: string[];
  advice: string;
  /** Suggested training minutes for the next 7 days when deloading or cutting; null otherwise. */
  nextWeekMin: { lowMin: number; highMin: number } | null;
}

/** Thresholds from coaching-model.md, "Readiness and deload". */
const HARD_RPE = 8;
const MIN_SESSIONS_ALL_HARD = 3;
const RPE_RISE = 1.5;
/** Sessions of a kind needed in each window before an RPE rise counts (one session is noise). */
const MIN_SESSIONS_FOR_RISE = 2;
const LOW_READINESS = 4;
const LOW_READINESS_COUNT = 2;

/**
 * Ready, caution or deload, from the last 28 days of logs (coaching-model.md, "Readiness and
 * deload").
 *
 * Deload when any of: every session in the last 7 days at RPE ≥ 8 (≥ 3 sessions); for one kind of
 * work (`sessionType`), average RPE in the last 7 days ≥ 1.5 above days 8–28 (≥ 2 sessions in
 * each window); pre-session readiness (`rpePre`, 1–10) ≤ 4 on ≥ 2 sessions in the last 7 days.
 * Deload = 5–7 days at 50–60 % of usual volume (usual = average weekly minutes over 28 days),
 * intensity kept on 1–2 short sessions, nothing above RPE 7.
 * Caution on an ACWR spike (≥ 1.5: hold or cut next week by 20–30 %), ACWR > 1.3 or monotony
 * > 2.0 (load engine flags). Otherwise ready.
 */
export function assessReadiness(input: AssessReadinessInput): Readiness {
  const todayDay = toDayNumber(input.today);
  if (todayDay === null) throw new RangeError(`today is not a date: ${input.today}`);
  const dated = input.logs
    .map((log) => ({ log, day: toDayNumber(log.date) }))
    .filter((x): x is { log: WorkoutLog; day: number } => x.day !== null && x.day <= todayDay);
  const recent = dated.filter((x) => x.day > todayDay - 7).map((x) => x.log);
  const previous = dated.filter((x) => x.day <= todayDay - 7 && x.day > todayDay - 28).map((x) => x.log);
  const load = computeLoad(input);

  const deloadReasons: string[] = [];
  if (recent.length >= MIN_SESSIONS_ALL_HARD && recent.every((l) => l.rpe >= HARD_RPE)) {
    deloadReasons.push(`All ${recent.length} sessions in the last 7 days were RPE 8 or harder.`);
  }
  for (const type of [...new Set(recent.map((l) => l.sessionType))].sort()) {
    const now = recent.filter((l) => l.sessionType === type);
    const before = previous.filter((l) => l.sessionType === type);
    if (now.length < MIN_SESSIONS_FOR_RISE || before.length < MIN_SESSIONS_FOR_RISE) continue;
    const rise = averageRpe(now) - averageRpe(before);
    if (rise >= RPE_RISE) {
      deloadReasons.push(
        `${type} feels harder: average RPE ${averageRpe(now).toFixed(1)} this week vs ${averageRpe(before).toFixed(1)} over the previous 3 weeks (+${rise.toFixed(1)}).`,
      );
    }
  }
  const lowReadiness = recent.filter((l) => l.rpePre !== undefined && l.rpePre <= LOW_READINESS);
  if (lowReadiness.length >= LOW_READINESS_COUNT) {
    deloadReasons.push(`Pre-session readiness was 4 or lower ${lowReadiness.length} times this week.`);
  }

  const usualWeekMin = sumMin(dated.filter((x) => x.day > todayDay - 28).map((x) => x.log)) / 4;
  if (deloadReasons.length > 0) {
    const lowMin = Math.round(usualWeekMin * 0.5);
    const highMin = Math.round(usualWeekMin * 0.6);
    return {
      status: 'deload',
      reasons: deloadReasons,
      advice:
        `Deload for 5–7 days at 50–60 % of your usual volume (about ${lowMin}–${highMin} min this week). ` +
        'Keep intensity on 1–2 short sessions and keep every session at RPE 7 or below.',
      nextWeekMin: { lowMin, highMin },
    };
  }

  const cautionFlags = load.flags.filter((f) => f.code !== 'acwr_low');
  if (cautionFlags.length > 0) {
    const spike = cautionFlags.some((f) => f.code === 'acwr_spike');
    const weekMin = sumMin(recent);
    return {
      status: 'caution',
      reasons: cautionFlags.map((f) => f.summary),
      advice: spike
        ? `Hold or cut next week's load by 20–30 % (about ${Math.round(weekMin * 0.7)}–${Math.round(weekMin * 0.8)} min instead of ${weekMin}).`
        : "Keep next week at about this week's load and vary hard and easy days.",
      nextWeekMin: spike ? { lowMin: Math.round(weekMin * 0.7), highMin: Math.round(weekMin * 0.8) } : null,
    };
  }

  const reasons = recent.length === 0 ? ['No sessions logged in the last 7 days.'] : ['No deload or load warning signs in the last 7 days.'];
  const low = load.flags.find((f) => f.code === 'acwr_low');
  if (low) reasons.push(low.summary);
  return { status: 'ready', reasons, advice: 'Train as planned.', nextWeekMin: null };
}

function averageRpe(logs: readonly WorkoutLog[]): number {
  return logs.reduce((s, l) => s + l.rpe, 0) / logs.length;
}

function sumMin(logs: readonly WorkoutLog[]): number {
  return logs.reduce((s, l) => s + l.durationMin, 0);
}

/** How today's pre-session readiness score (1–10) reads (research: team4b "The daily readiness check"). */
export type DailyBand = 'fresh' | 'flat' | 'low';

export interface DailyReadiness {
  band: DailyBand;
  /** The score used: the member's own, or 4 for a night under 6 hours; null for one bad night or off day said without either. */
  score: number | null;
  advice: string;
}

/**
 * One bad night or one off day without a score: the readiness table's two rows that fit it (5–7 train as planned, switch
 * a hard session to its easy version when the warm-up feels bad; 3–4 the easy version or move it a day), and the deload
 * rule that needs two low days in 7, not one.
 */
const ONE_OFF_DAY =
  '**One bad night or one off day is normal and no reason to cut the week: train today, and let the warm-up decide the intensity.** If you feel normal once warm, do the session as planned; if you still feel tired and heavy (a readiness of 4 or lower out of 10), swap the hard session for its easy version (same time, RPE 3–4) or move it a day. A deload (5–7 days at 50–60 % of your usual volume) starts only when two days within 7 score 4 or lower, or the signs last several days.';

/** A morning resting heart rate this many beats above the usual is the over-reaching sign (5–10 bpm, team11). */
const RHR_RISE_BPM = 5;

/** A night under 6 hours usually means a score of 4 or lower. */
const SHORT_NIGHT_H = 6;

/**
 * Today's session from the daily readiness check: 7–10 train as planned (when the member proposes
 * more, a high score is not a licence to add sessions); 5–6 train, and look at sleep, food and stress if it lasts a week;
 * 4 or lower swap the hard session for its easy version or move it a day, and two such days in
 * 7 start a deload. Without a score, a night under 6 hours counts as 4.
 */
export function dailyReadiness(input: {
  score?: number;
  sleptHours?: number;
  proposesMore?: boolean;
  /** One bad night or one off day, said without a score or hours ("rough night's sleep", "off day yesterday"). */
  oneOffDay?: boolean;
  /** This morning's resting heart rate against the usual, bpm ("58, normally 49"). */
  restingHr?: { rise: number; now?: number; usual?: number };
}): DailyReadiness | null {
  const short = input.sleptHours !== undefined && input.sleptHours < SHORT_NIGHT_H;
  const score = input.score ?? (short ? LOW_READINESS : undefined);
  // One bad night or off day is normal (team4b "The daily readiness check"): train, and let the warm-up decide the intensity.
  if (score === undefined) return input.oneOffDay ? { band: 'flat', score: null, advice: ONE_OFF_DAY } : null;
  const night = short ? `${input.sleptHours} hours of sleep` : undefined;
  // A morning resting heart rate 5–10 beats above the usual, with a poor night, usually means an honest score of 4 or
  // lower (team11 "Resting heart rate up, poor sleep, heavy legs"): said back in the member's numbers.
  const hr = input.restingHr;
  const hrRise =
    hr && hr.rise >= RHR_RISE_BPM
      ? `, with a resting heart rate ${hr.rise} beats above your usual${hr.now !== undefined && hr.usual !== undefined ? ` (${hr.now} against ${hr.usual})` : ''},`
      : '';
  if (score <= LOW_READINESS) {
    return {
      band: 'low',
      score,
      advice:
        `**Swap today's hard session for its easy version, or move it a day.** ${input.score !== undefined ? `A readiness of ${score}` : `A night of ${night}`}${input.score !== undefined && night ? ` after ${night}` : ''}${hrRise} is a low day (4 or lower): ` +
        'a threshold run becomes an easy run of the same length at RPE 3–4, heavy lifting becomes technique and mobility. ' +
        'One low day is normal; two scores of 4 or lower within 7 days start a deload (5–7 days at 50–60 % of your usual volume).',
    };
  }
  if (score <= 6) {
    return {
      band: 'flat',
      score,
      advice: `**Train as planned today: ${score} is flat but fine to train.** If your scores sit at 5–6 for a week or more, look at sleep, food and life stress first, then consider bringing the planned deload forward.`,
    };
  }
  // "should i add a 6th session?" is told why not; "good to go?" is told to go, not warned off something it never asked.
  return {
    band: 'fresh',
    score,
    advice: input.proposesMore
      ? `**Train as planned, and add nothing.** A readiness of ${score} says the plan is working; a high score is not a licence to add extra sessions, because the plan already contains the right amount, and the extra fatigue would cost the sessions that matter.`
      : `**Train as planned: a readiness of ${score} is a fresh day (7–10), so do today's session as written.** Keep it at the planned effort; the score says the plan is working.`,
  };
}
