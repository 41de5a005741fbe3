import { z } from 'zod';
import type { Phase } from '../../domain/phases.js';

export const ChoosePhaseInput = z.object({
  weeksToRace: z.number().int().min(0).max(104).describe('Whole weeks until race day (0 = race week)'),
});
export type ChoosePhaseInput = z.infer<typeof ChoosePhaseInput>;

export const PlanWeekInput = ChoosePhaseInput.extend({
  hoursPerWeek: z.number().min(1).max(25).describe('Training hours available this week (1–25)'),
  maxSessionMin: z
    .number()
    .min(20)
    .max(240)
    .optional()
    .describe('Longest session the athlete can fit, minutes ("45 min max", "an hour each"); no session is planned longer'),
  trainingDays: z
    .array(z.number().int().min(1).max(7))
    .min(1)
    .max(7)
    .optional()
    .describe('Weekdays the athlete can train, 1 = Mon … 7 = Sun ("mon wed fri only", "no training on fridays"); sessions go on these days only'),
  dayMinutes: z
    .record(z.string().regex(/^[1-7]$/), z.number().min(15).max(240))
    .optional()
    .describe(
      'Minutes the athlete has on each day, keyed 1 = Mon … 7 = Sun ("mon 30 min, wed 60, sat 90" → {"1":30,"3":60,"6":90}); sessions go on these days, the longest session on the longest day, each as long as its day allows',
    ),
});
export type PlanWeekInput = z.infer<typeof PlanWeekInput>;

/**
 * The kinds of session the phase engine plans into a week. Not the kinds an athlete logs
 * (`SessionType` in src/domain/sessions.ts), which are coarser: `run` covers easy, long, threshold
 * and interval runs.
 */
export type PlannedSessionKind =
  | 'easy_run'
  | 'long_run'
  | 'threshold_run'
  | 'intervals'
  | 'strength'
  | 'strength_endurance'
  | 'technique'
  | 'aerobic_mixed'
  | 'compromised_run'
  | 'simulation'
  | 'rest';
export type Intensity = 'rest' | 'easy' | 'moderate' | 'hard';

/** What a kind of planned session asks of the athlete. */
interface KindTraits {
  label: string;
  intensity: Intensity;
  /** Target session RPE, CR-10. */
  rpeTarget: number;
  /** Share of the session spent running (for the "about half is running" rule). */
  runFraction: number;
  /** Stations or compromised running: the Hyrox-specific work. */
  hyroxSpecific: boolean;
}

const KINDS: Record<PlannedSessionKind, KindTraits> = {
  easy_run: { label: 'Easy run, conversational pace', intensity: 'easy', rpeTarget: 3, runFraction: 1, hyroxSpecific: false },
  long_run: { label: 'Long easy run', intensity: 'easy', rpeTarget: 4, runFraction: 1, hyroxSpecific: false },
  threshold_run: { label: 'Threshold run (e.g. 3 × 10 min at threshold)', intensity: 'moderate', rpeTarget: 7, runFraction: 1, hyroxSpecific: false },
  intervals: { label: 'Run intervals at or faster than Hyrox race pace', intensity: 'hard', rpeTarget: 8, runFraction: 1, hyroxSpecific: false },
  strength: { label: 'Strength: main lifts (squat, hinge, push, pull)', intensity: 'hard', rpeTarget: 7, runFraction: 0, hyroxSpecific: false },
  strength_endurance: {
    label: 'Station strength-endurance (sleds, lunges, wall balls, carries)',
    intensity: 'hard',
    rpeTarget: 7,
    runFraction: 0,
    hyroxSpecific: true,
  },
  technique: { label: 'Station technique + easy erg', intensity: 'easy', rpeTarget: 4, runFraction: 0, hyroxSpecific: true },
  aerobic_mixed: { label: 'Easy run + station technique', intensity: 'easy', rpeTarget: 4, runFraction: 0.5, hyroxSpecific: true },
  compromised_run: {
    label: 'Compromised running: station → 1 km run repeats',
    intensity: 'hard',
    rpeTarget: 8,
    runFraction: 0.5,
    hyroxSpecific: true,
  },
  simulation: { label: 'Race simulation (half or full, race pace)', intensity: 'hard', rpeTarget: 8, runFraction: 0.55, hyroxSpecific: true },
  rest: { label: 'Rest', intensity: 'rest', rpeTarget: 0, runFraction: 0, hyroxSpecific: false },
};

type Template = ReadonlyArray<readonly [PlannedSessionKind, number]>;
const S = (t: PlannedSessionKind, w: number) => [t, w] as const;
const REST = S('rest', 0);

/** Day-by-day templates (Mon → Sun) per phase and sessions per week; numbers are time weights. */
const TEMPLATES: Record<Exclude<Phase, 'taper'>, Record<3 | 4 | 5 | 6 | 7, Template>> = {
  general_prep: {
    3: [S('strength', 1), REST, S('aerobic_mixed', 1), REST, REST, S('long_run', 1.2), REST],
    4: [S('strength', 1), S('easy_run', 0.9), REST, S('strength', 1), REST, S('long_run', 1.2), REST],
    5: [S('strength', 1), S('easy_run', 0.9), REST, S('aerobic_mixed', 1), S('strength', 1), S('long_run', 1.3), REST],
    6: [S('strength', 1), S('easy_run', 0.9), S('technique', 0.8), S('threshold_run', 0.9), S('strength', 1), S('long_run', 1.3), REST],
    7: [S('strength', 1), S('easy_run', 0.9), S('technique', 1), S('threshold_run', 0.9), S('strength', 1), S('long_run', 1.3), S('easy_run', 0.5)],
  },
  specific_prep: {
    3: [S('strength', 1), REST, S('threshold_run', 0.9), REST, REST, S('compromised_run', 1.2), REST],
    4: [S('strength', 1.1), S('threshold_run', 0.8), REST, S('compromised_run', 1.1), REST, S('long_run', 1), REST],
    5: [S('strength', 1), S('threshold_run', 0.9), REST, S('compromised_run', 1.1), S('strength_endurance', 0.9), S('long_run', 1.2), REST],
    6: [
      S('strength', 1),
      S('threshold_run', 0.9),
      S('easy_run', 0.7),
      S('compromised_run', 1.1),
      S('strength_endurance', 0.9),
      S('long_run', 1.2),
      REST,
    ],
    7: [
      S('strength', 1),
      S('threshold_run', 0.9),
      S('easy_run', 0.7),
      S('compromised_run', 1.1),
      S('strength_endurance', 0.9),
      S('long_run', 1.2),
      S('technique', 0.6),
    ],
  },
  competition_prep: {
    3: [S('strength', 1), REST, S('intervals', 0.9), REST, REST, S('simulation', 1.3), REST],
    4: [S('strength', 1), S('intervals', 0.9), REST, S('aerobic_mixed', 0.9), REST, S('simulation', 1.3), REST],
    5: [S('strength', 1), S('intervals', 0.9), REST, S('strength_endurance', 0.9), S('easy_run', 0.7), S('simulation', 1.3), REST],
    6: [S('strength', 1), S('intervals', 0.9), S('easy_run', 0.7), S('strength_endurance', 0.9), S('easy_run', 0.6), S('simulation', 1.3), REST],
    7: [
      S('strength', 1),
      S('intervals', 0.9),
      S('easy_run', 0.7),
      S('strength_endurance', 0.9),
      S('easy_run', 0.6),
      S('simulation', 1.3),
      S('technique', 0.5),
    ],
  },
};

/**
 * Race week (0 weeks to race; team5 "The taper"): light strength Monday, 3–4 × 1 km at race pace
 * Tuesday, easy running, Thursday openers, Friday easy with strides, the race at the weekend. The
 * race is the week's Hyrox-specific session (the `simulation` slot, Saturday), so the session
 * count and the run share of the other weeks hold.
 */
const RACE_WEEK: Record<3 | 4 | 5 | 6 | 7, Template> = {
  3: [S('strength', 1), REST, S('intervals', 0.8), REST, REST, S('simulation', 1.5), REST],
  4: [S('strength', 1), S('intervals', 0.8), REST, S('technique', 0.5), REST, S('simulation', 1.5), REST],
  5: [S('strength', 1), S('intervals', 0.8), REST, S('technique', 0.5), S('easy_run', 0.4), S('simulation', 1.5), REST],
  6: [S('strength', 1), S('intervals', 0.8), S('easy_run', 0.5), S('technique', 0.5), S('easy_run', 0.4), S('simulation', 1.5), REST],
  7: [S('strength', 1), S('intervals', 0.8), S('easy_run', 0.5), S('technique', 0.5), S('easy_run', 0.4), S('simulation', 1.5), S('easy_run', 0.3)],
};
/** What each kind of session is in race week. */
const RACE_WEEK_KINDS: Partial<Record<PlannedSessionKind, { label: string; rpeTarget: number }>> = {
  strength: { label: 'Light strength: 2 × 3 at your usual loads', rpeTarget: 6 },
  intervals: { label: '3–4 × 1 km at Hyrox race pace, full recovery', rpeTarget: 7 },
  technique: { label: 'Openers: the first 15–30 s of each station at race load', rpeTarget: 5 },
  easy_run: { label: 'Easy run with 4–6 strides', rpeTarget: 3 },
  simulation: { label: 'Race day (Saturday or Sunday)', rpeTarget: 9 },
};

/** Weeks-to-race in competition prep that carry a simulation: every 2–3 weeks, last at 3 weeks out. */
const SIMULATION_WEEKS: readonly number[] = [8, 5, 3];

/** Taper volume cut by weeks to race (Bosquet 2007: ≈ 2 weeks, 41–60 %; intensity and frequency kept). */
export const TAPER_VOLUME_CUT: Readonly<Record<number, number>> = { 2: 0.45, 1: 0.55, 0: 0.6 };

export const PHASE_GOALS: Record<Phase, readonly string[]> = {
  general_prep: ['aerobic base (about 80 % easy)', 'general strength', 'station technique'],
  specific_prep: ['threshold running', 'station-specific strength-endurance', 'compromised running'],
  competition_prep: ['race-pace simulations (full/half every 2–3 weeks)', 'sharpening at race pace', 'rehearse pacing and transitions'],
  taper: ['cut volume 41–60 %', 'keep intensity and session frequency', 'arrive fresh'],
};

/** The week's days, Monday first (day 1 = Mon … 7 = Sun). */
export const DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

/**
 * The training phase for a number of weeks to race (coaching-model.md, "Training phase"):
 * > 16 general preparation; 9–16 specific; 3–8 competition; 0–2 taper.
 * @param input.weeksToRace whole weeks to race day, 0–104 (0 = race week).
 */
export function choosePhase(input: ChoosePhaseInput): { phase: Phase; goals: readonly string[] } {
  const { weeksToRace } = input;
  const phase: Phase = weeksToRace > 16 ? 'general_prep' : weeksToRace > 8 ? 'specific_prep' : weeksToRace > 2 ? 'competition_prep' : 'taper';
  return { phase, goals: PHASE_GOALS[phase] };
}

/** One phase of the weeks left to race: from `fromWeeksOut` down to `toWeeksOut` (0 = race week). */
export interface PhaseSpan {
  phase: Phase;
  fromWeeksOut: number;
  toWeeksOut: number;
  goals: readonly string[];
}

/**
 * The phases from now to race day, in order (pure): each run of weeks that `choosePhase` puts in
 * the same phase, e.g. 12 weeks out → specific 12–9, competition 8–3, taper 2–0.
 */
export function phaseMap(weeksToRace: number): PhaseSpan[] {
  const spans: PhaseSpan[] = [];
  for (let w = weeksToRace; w >= 0; w--) {
    const { phase, goals } = choosePhase({ weeksToRace: w });
    const last = spans.at(-1);
    if (last?.phase === phase) last.toWeeksOut = w;
    else spans.push({ phase, fromWeeksOut: w, toWeeksOut: w, goals });
  }
  return spans;
}

/**
 * Sessions per week for the hours available (coaching-model.md): < 4 h → 3; 4–6 h → 4; 6–8 h → 5;
 * 8–10 h → 6; > 10 h → 6–7 (7 from 12 h up). Lower bounds inclusive; 10 h exactly → 6.
 */
export function sessionsPerWeek(hoursPerWeek: number): 3 | 4 | 5 | 6 | 7 {
  if (hoursPerWeek < 4) return 3;
  if (hoursPerWeek < 6) return 4;
  if (hoursPerWeek < 8) return 5;
  if (hoursPerWeek < 12) return 6;
  return 7;
}

export interface PlannedDay {
  day: number;
  dayName: (typeof DAY_NAMES)[number];
  /** The planned kind (the field keeps its name: it is part of the plan_week tool's JSON). */
  sessionType: PlannedSessionKind;
  label: string;
  durationMin: number;
  intensity: Intensity;
  /** Target session RPE, CR-10 (0 on rest days). */
  rpeTarget: number;
  /** Race week's race day: the race itself, not a session to plan minutes for. */
  race?: true;
}

export interface WeekPlan {
  phase: Phase;
  goals: readonly string[];
  sessionsPerWeek: number;
  /** Volume cut applied (0 outside the taper). */
  volumeCut: number;
  /** Minutes available × (1 − volume cut), × sessions kept / sessions the hours call for when the days given are fewer. */
  targetMin: number;
  totalMin: number;
  /** Share of training minutes spent running (about half). */
  runShare: number;
  days: PlannedDay[];
  /** The weekdays the athlete can train (1 = Mon … 7 = Sun), when given: every session is on one of them. */
  trainingDays?: number[];
  /** Sessions the hours call for that did not fit on the days given (one session a day). */
  sessionsCut?: number;
}

/**
 * Lay out one training week, Monday to Sunday (coaching-model.md, "Training phase and week").
 *
 * Session count from {@link sessionsPerWeek}; sessions come from the phase's template (about half
 * the time running, ≥ 1 strength session, ≥ 1 Hyrox-specific session from specific prep on; one
 * simulation at 8, 5 and 3 weeks out, compromised running in the other competition weeks). Taper
 * weeks use the competition template without the simulation and cut volume by
 * {@link TAPER_VOLUME_CUT}. Minutes are rounded to 5; the total is within 2.5 min of the target.
 * @param input.hoursPerWeek available hours, 1–25; input.weeksToRace 0–104.
 */
export function planWeek(input: PlanWeekInput): WeekPlan {
  const { phase, goals } = choosePhase(input);
  const wanted = sessionsPerWeek(input.hoursPerWeek);
  // "mon 30 min, wed 60, sat 90": those days are the days to train, and each day's minutes its session's length.
  const dayMin = input.dayMinutes ? new Map(Object.entries(input.dayMinutes).map(([d, m]) => [Number(d), m])) : undefined;
  const given = dayMin ? [...dayMin.keys()] : input.trainingDays;
  const available = given ? [...new Set(given)].sort((a, b) => a - b) : undefined;
  // One session a day on the days given: a week with fewer days than sessions has as many sessions as days.
  // Race week's race is on Saturday whatever the days given: it is one of the week's sessions, not one of their days.
  const raceWeek = input.weeksToRace === 0;
  const fit = available ? Math.min(wanted, raceWeek ? available.filter((d) => d !== 6).length + 1 : available.length) : wanted;
  const n = Math.max(fit, 3) as 3 | 4 | 5 | 6 | 7;
  const volumeCut = phase === 'taper' ? (TAPER_VOLUME_CUT[input.weeksToRace] ?? 0.5) : 0;
  // Sessions that do not fit take their share of the week's minutes with them: the sessions kept stay their usual length.
  const targetMin = input.hoursPerWeek * 60 * (1 - volumeCut) * (fit / wanted);

  const simulationWeek = phase === 'competition_prep' && SIMULATION_WEEKS.includes(input.weeksToRace);
  const full = raceWeek
    ? RACE_WEEK[n]
    : TEMPLATES[phase === 'taper' ? 'competition_prep' : phase][n].map(([type, w]) =>
        type === 'simulation' && !simulationWeek ? S('compromised_run', w * 0.8) : S(type, w),
      );
  const template = available ? onDays(fewerSessions(full, fit, raceWeek), available, raceWeek, dayMin) : full;
  const minutes = dayMin
    ? template.map(([t], i) => (t === 'rest' ? 0 : Math.max(5, roundTo5((dayMin.get(i + 1) ?? 0) * (1 - volumeCut)))))
    : spreadMinutes(
        template.map(([, w]) => w),
        targetMin,
        input.maxSessionMin,
      );

  const days = template.map(([type], i): PlannedDay => {
    const kind = KINDS[type];
    const inRaceWeek = raceWeek ? RACE_WEEK_KINDS[type] : undefined;
    return {
      day: i + 1,
      dayName: DAY_NAMES[i] ?? 'Sun',
      sessionType: type,
      label: inRaceWeek?.label ?? kind.label,
      durationMin: minutes[i] ?? 0,
      intensity: kind.intensity,
      rpeTarget: inRaceWeek?.rpeTarget ?? kind.rpeTarget,
      ...(raceWeek && type === 'simulation' ? { race: true } : {}),
    };
  });
  const totalMin = days.reduce((sum, d) => sum + d.durationMin, 0);
  const runMin = days.reduce((sum, d) => sum + d.durationMin * KINDS[d.sessionType].runFraction, 0);
  return {
    phase,
    goals,
    sessionsPerWeek: available ? days.filter((d) => d.sessionType !== 'rest').length : n,
    volumeCut,
    targetMin,
    totalMin,
    runShare: runMin / totalMin,
    days,
    ...(available ? { trainingDays: available } : {}),
    // The engine's smallest week (3) is a floor, not the member's ask: two days for it is not a cut to report.
    ...(available && wanted > fit && wanted > 3 ? { sessionsCut: wanted - fit } : {}),
  };
}

/** With fewer days than the engine's smallest week (3), what stays: one strength session (never none) and the most race-specific run. */
const KEEP_FIRST: readonly PlannedSessionKind[] = [
  'compromised_run',
  'simulation',
  'intervals',
  'threshold_run',
  'long_run',
  'aerobic_mixed',
  'easy_run',
  'strength_endurance',
  'technique',
];

/** Of a week's sessions, the ones kept when only one or two fit: the strength session, then the most race-specific run. */
export function keptFirst<T>(sessions: readonly T[], kind: (x: T) => string): T[] {
  const strength = sessions.find((x) => kind(x) === 'strength' || kind(x) === 'strength_endurance');
  const run = KEEP_FIRST.map((k) => sessions.find((x) => kind(x) === k && x !== strength)).find(Boolean);
  return [strength, run].filter((x): x is T => x !== undefined);
}

/** The template cut to `k` sessions (k < 3 only: templates exist for 3–7); race week keeps the race. */
function fewerSessions(template: Template, k: number, raceWeek: boolean): Template {
  const training = template.map(([t], i) => ({ t, i })).filter(({ t, i }) => t !== 'rest' && !(raceWeek && t === 'simulation' && i === 5));
  if (training.length <= k) return template;
  const kept = new Set(
    keptFirst(training, (x) => x.t)
      .slice(0, k)
      .map((x) => x.i),
  );
  return template.map((slot, i) => (slot[0] === 'rest' || kept.has(i) || (raceWeek && slot[0] === 'simulation') ? slot : REST));
}

const HARD = (t: PlannedSessionKind) => KINDS[t].intensity === 'hard';

/**
 * The template's sessions moved onto the athlete's days (1 = Mon … 7 = Sun). A template whose sessions all fall on those days
 * is kept as it is. Otherwise the week's key session (the template's Saturday: long run, compromised run or simulation) goes
 * on Saturday, else Sunday, else the latest day given; race week keeps the race on Saturday. The other sessions take the days
 * left, choosing the layout with (in order) the fewest hard days back to back (the week repeats, so Sunday meets Monday),
 * the template's order, the fewest training days in a row, and days nearest the template's.
 */
function onDays(template: Template, days: number[], raceWeek: boolean, dayMin?: ReadonlyMap<number, number>): Template {
  const sessions = template.map(([t, w], i) => ({ t, w, day: i + 1 })).filter(({ t }) => t !== 'rest');
  if (!dayMin && sessions.every(({ day, t }) => days.includes(day) || (raceWeek && t === 'simulation'))) return template;
  const keyIndex = sessions.findIndex(({ day }) => day === 6);
  const key = keyIndex >= 0 ? sessions[keyIndex]! : undefined;
  // With each day's minutes given, the key session takes the longest day (Saturday, then Sunday, then the latest on a tie).
  const longest = dayMin ? Math.max(...days.map((d) => dayMin.get(d) ?? 0)) : 0;
  const longDays = days.filter((d) => (dayMin?.get(d) ?? 0) === longest);
  const keyDay = !key
    ? undefined
    : raceWeek
      ? 6
      : dayMin
        ? longDays.includes(6)
          ? 6
          : longDays.includes(7)
            ? 7
            : longDays.at(-1)!
        : days.includes(6)
          ? 6
          : days.includes(7)
            ? 7
            : days.at(-1)!;
  const free = days.filter((d) => d !== keyDay);
  // More sessions than free days (race week keeps its race on Saturday): the ones kept first are placed, never none.
  const rest = sessions.filter((x) => x !== key);
  const kept = rest.length > free.length ? new Set(keptFirst(rest, (x) => x.t).slice(0, free.length)) : undefined;
  const others = kept ? rest.filter((x) => kept.has(x)) : rest;
  let best: { cost: number[]; placed: number[] } | undefined;
  for (const pick of choose(free, others.length))
    for (const order of permutations(others.map((_, i) => i))) {
      const week = new Map<number, PlannedSessionKind>();
      if (key && keyDay) week.set(keyDay, key.t);
      order.forEach((o, j) => week.set(pick[j]!, others[o]!.t));
      const next = (d: number) => (d % 7) + 1;
      const backToBack = [...week].filter(([d, t]) => HARD(t) && week.has(next(d)) && HARD(week.get(next(d))!)).length;
      // Minutes given per day: a bigger session on a shorter day than a smaller one is a misfit.
      const misfit = dayMin
        ? order.reduce(
            (a, o, j) => a + order.filter((p, k) => others[o]!.w > others[p]!.w && (dayMin.get(pick[j]!) ?? 0) < (dayMin.get(pick[k]!) ?? 0)).length,
            0,
          )
        : 0;
      const inversions = order.reduce((a, o, j) => a + order.slice(j + 1).filter((p) => p < o).length, 0);
      const inARow = [...week.keys()].filter((d) => d < 7 && week.has(d + 1)).length;
      const drift = order.reduce((a, o, j) => a + Math.abs(pick[j]! - others[o]!.day), 0);
      const cost = [backToBack, misfit, inversions, inARow, drift];
      if (!best || lexLess(cost, best.cost)) best = { cost, placed: order.map((o, j) => pick[j]! * 100 + o) };
    }
  const out: Array<readonly [PlannedSessionKind, number]> = Array.from({ length: 7 }, () => REST);
  if (key && keyDay) out[keyDay - 1] = S(key.t, key.w);
  for (const p of best?.placed ?? []) {
    const o = others[p % 100]!;
    out[Math.floor(p / 100) - 1] = S(o.t, o.w);
  }
  return out;
}

function lexLess(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]!;
  return false;
}

function* choose<T>(xs: T[], k: number, from = 0): Generator<T[]> {
  if (k === 0) {
    yield [];
    return;
  }
  for (let i = from; i <= xs.length - k; i++) for (const rest of choose(xs, k - 1, i + 1)) yield [xs[i]!, ...rest];
}

function* permutations(xs: number[]): Generator<number[]> {
  if (xs.length <= 1) {
    yield xs;
    return;
  }
  for (let i = 0; i < xs.length; i++) for (const rest of permutations([...xs.slice(0, i), ...xs.slice(i + 1)])) yield [xs[i]!, ...rest];
}

/**
 * The week's minutes shared by the sessions' weights, in 5-minute steps summing to the target. With a longest session
 * (`capMin`), what a session would get above it goes to the sessions below it, and what none can take is dropped: the
 * athlete with "45 min max" gets 45-minute sessions, not a 65-minute long run.
 */
function spreadMinutes(weights: number[], targetMin: number, capMin?: number): number[] {
  const cap = capMin === undefined ? Infinity : Math.max(5, Math.floor(capMin / 5) * 5);
  const raw = weights.map(() => 0);
  let free = weights.map((w, i) => (w > 0 ? i : -1)).filter((i) => i >= 0);
  let left = targetMin;
  // Water-filling: share what is left among the sessions still under the cap until none goes over it.
  while (free.length > 0 && left > 0.5) {
    const sum = free.reduce((a, i) => a + weights[i]!, 0);
    const share = free.map((i) => (left * weights[i]!) / sum);
    const over = free.filter((i, k) => raw[i]! + share[k]! > cap);
    if (over.length === 0) {
      free.forEach((i, k) => (raw[i] = raw[i]! + share[k]!));
      left = 0;
      break;
    }
    for (const i of over) {
      left -= cap - raw[i]!;
      raw[i] = cap;
    }
    free = free.filter((i) => !over.includes(i));
  }
  const minutes = raw.map((m) => Math.min(cap, roundTo5(m)));
  // Put the rounding remainder on the longest session that has room, so the week sums to what was planned.
  const planned = Math.min(roundTo5(targetMin), Math.floor(raw.reduce((a, b) => a + b, 0) / 5 + 0.5) * 5);
  const remainder = planned - minutes.reduce((a, b) => a + b, 0);
  const room = minutes.map((m, i) => (weights[i]! > 0 && m + remainder <= cap && m + remainder >= 0 ? m : -1));
  const longest = room.indexOf(Math.max(...room));
  if (longest >= 0 && room[longest]! >= 0) minutes[longest] = minutes[longest]! + remainder;
  return minutes;
}

function roundTo5(min: number): number {
  return Math.round(min / 5) * 5;
}

/** Whether a session type is Hyrox-specific (stations or compromised running). */
export function isHyroxSpecific(type: PlannedSessionKind): boolean {
  return KINDS[type].hyroxSpecific;
}
