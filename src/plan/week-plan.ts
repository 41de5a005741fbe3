import { computeLoad, fromDayNumber, toDayNumber, type WorkoutLog } from '../coach/engines/load.js';
import type { Phase } from '../domain/phases.js';
import { isHyroxSpecific, planWeek, type PlannedSessionKind } from '../coach/engines/phase.js';
import { assessReadiness } from '../coach/engines/readiness.js';
import { mondayOf } from '../charts/load-series.js';
import { prescribe, type Prescription, type WorkContext } from './session-work.js';

export interface WeekPlanInput extends WorkContext {
  today: string;
  week: 'this' | 'next';
  raceDate: string;
  hoursPerWeek: number;
  /** Logs up to today (the last 28 days at least, for load and readiness). */
  logs: readonly WorkoutLog[];
}

export type DayStatus = 'planned' | 'done' | 'missed' | 'moved';

export interface PlanDay {
  date: string;
  dayName: string;
  type: PlannedSessionKind;
  durationMin: number;
  rpe: number;
  status: DayStatus;
  /** "moved from Tue", "moved to Thu", "not made up". */
  note?: string;
  /** What was logged that day. */
  logged?: string;
  prescription: Prescription;
}

export interface AthleteWeekPlan {
  weekStart: string;
  weeksToRace: number;
  phase: Phase;
  goals: readonly string[];
  sessionsPerWeek: number;
  /** Planned training minutes after adjustments. */
  totalMin: number;
  adjustments: string[];
  days: PlanDay[];
}

const DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
/** Race week's race day (Saturday in the plan; Sunday races move it a day). */
const RACE_DAY: Prescription = {
  title: 'Race day',
  purpose: 'The race: everything this week was for it.',
  work: 'Race to your pacing plan: run 1 no faster than planned, stations at your targets. Saturday or Sunday, whichever your wave is.',
};
/** Deload swaps: hard sessions become their easier relatives (readiness engine: nothing above RPE 7). */
const EASIER: Partial<Record<PlannedSessionKind, PlannedSessionKind>> = {
  intervals: 'threshold_run',
  simulation: 'aerobic_mixed',
  compromised_run: 'aerobic_mixed',
  strength_endurance: 'technique',
};
const HARD: readonly PlannedSessionKind[] = ['simulation', 'compromised_run', 'intervals', 'strength_endurance', 'threshold_run', 'strength'];
const roundTo5 = (m: number) => Math.round(m / 5) * 5;

/**
 * One athlete's week, Monday to Sunday: the phase engine's week for the weeks to race and hours,
 * then adjusted by what was logged. Readiness "deload" (readiness engine) → 55 % of the volume,
 * hard sessions swapped for easier ones and every session at RPE 7 or below; an ACWR spike (≥ 1.5)
 * → 75 %; ACWR above 1.3 → 85 %. This week only: a planned session with nothing logged on its day
 * is missed and moves to the next free day from today (hardest first), keeping one rest day;
 * what does not fit is not made up.
 */
export function buildWeekPlan(input: WeekPlanInput): AthleteWeekPlan {
  const todayDay = toDayNumber(input.today)!;
  const start = toDayNumber(mondayOf(input.today))! + (input.week === 'next' ? 7 : 0);
  const raceDay = toDayNumber(input.raceDate)!;
  const weeksToRace = Math.min(104, Math.max(0, Math.floor((raceDay - start) / 7)));
  const base = planWeek({ weeksToRace, hoursPerWeek: Math.min(25, Math.max(1, input.hoursPerWeek)) });
  const readiness = assessReadiness({ logs: [...input.logs], today: input.today });
  const load = computeLoad({ logs: [...input.logs], today: input.today });
  const adjustments: string[] = [];
  let factor = 1;
  const deload = readiness.status === 'deload';
  if (deload) {
    factor = 0.55;
    adjustments.push(`Deload: ${readiness.reasons[0]} So 55 % of the usual volume, hard sessions swapped for easier ones, nothing above RPE 7.`);
  } else if (load.flags.some((f) => f.code === 'acwr_spike')) {
    factor = 0.75;
    adjustments.push(`Eased 25 %: this week's load is ${load.acwr!.toFixed(2)}× your 4-week average (a spike, ≥ 1.5).`);
  } else if (load.flags.some((f) => f.code === 'acwr_high')) {
    factor = 0.85;
    adjustments.push(`Eased 15 %: your load is ${load.acwr!.toFixed(2)}× your 4-week average (above 1.3).`);
  }
  const days: PlanDay[] = base.days.map((d, i) => {
    const type = deload ? (EASIER[d.sessionType] ?? d.sessionType) : d.sessionType;
    const durationMin = type === 'rest' ? 0 : Math.max(20, roundTo5(d.durationMin * factor));
    const rpe = deload ? Math.min(d.rpeTarget, type === 'strength' ? 6 : 7) : d.rpeTarget;
    return {
      date: fromDayNumber(start + i),
      dayName: DAY_NAMES[i]!,
      type,
      durationMin,
      rpe,
      status: 'planned' as DayStatus,
      prescription: d.race ? RACE_DAY : prescribe({ type, durationMin, rpe }, input),
    };
  });
  // Someone who logs nothing is not "missing" sessions: we only know what a logging athlete did.
  if (input.week === 'this' && input.logs.length > 0) markLogged(days, input.logs, todayDay, adjustments);
  return {
    weekStart: fromDayNumber(start),
    weeksToRace,
    phase: base.phase,
    goals: base.goals,
    sessionsPerWeek: base.sessionsPerWeek,
    totalMin: days.filter((d) => d.status !== 'missed').reduce((s, d) => s + d.durationMin, 0),
    adjustments,
    days,
  };
}

/** Past days: done (something logged) or missed; missed sessions move to free days from today. */
function markLogged(days: PlanDay[], logs: readonly WorkoutLog[], todayDay: number, adjustments: string[]): void {
  const missed: PlanDay[] = [];
  for (const d of days) {
    const day = toDayNumber(d.date)!;
    const that = logs.filter((l) => l.date === d.date);
    if (that.length) {
      d.status = 'done';
      d.logged = that.map((l) => `${l.sessionType} ${l.durationMin} min RPE ${l.rpe}`).join(' + ');
    } else if (day < todayDay && d.type !== 'rest') {
      d.status = 'missed';
      missed.push(d);
    }
  }
  missed.sort((a, b) => rank(a.type) - rank(b.type));
  for (const m of missed) {
    const free = days.filter((d) => toDayNumber(d.date)! >= todayDay && d.type === 'rest' && d.status === 'planned');
    const restLeft = days.filter((d) => d.type === 'rest').length;
    const slot = free[0];
    if (!slot || restLeft <= 1) {
      m.note = "not made up: don't cram it in";
      continue;
    }
    Object.assign(slot, {
      type: m.type,
      durationMin: m.durationMin,
      rpe: m.rpe,
      prescription: m.prescription,
      status: 'moved',
      note: `moved from ${m.dayName}`,
    });
    m.note = `moved to ${slot.dayName}`;
  }
  if (missed.length) adjustments.push(`Missed: ${missed.map((m) => `${m.prescription.title.toLowerCase()} (${m.dayName}, ${m.note})`).join('; ')}.`);
}

/** Hardest, most race-specific first. */
function rank(t: PlannedSessionKind): number {
  const i = HARD.indexOf(t);
  return (i < 0 ? HARD.length : i) - (isHyroxSpecific(t) ? 0.5 : 0);
}
