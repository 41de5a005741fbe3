import type { AthleteSnapshot } from '../athlete-context.js';
import { computeLoad, type LoadReport } from '../engines/load.js';
import { planPacing, type PacingPlan } from '../engines/pacing.js';
import { DAY_NAMES, planWeek, type WeekPlan } from '../engines/phase.js';
import { predictRaceTime, type RacePrediction } from '../engines/race-prediction.js';
import { assessReadiness, type Readiness } from '../engines/readiness.js';
import { shortenSession, type ShortenedSession } from '../engines/shorten-session.js';
import { buildStationWorkout, type Level, type StationWorkout } from '../engines/station-workouts.js';
import { formatDuration, formatPace } from '../engines/time.js';
import { DIVISION_LABELS, type Division, type StationId } from '../../domain/standards.js';
import { PHASE_NAMES } from '../../domain/phases.js';
import type { QuestionFacts } from './understand.js';
import { questionArithmetic } from './arithmetic.js';

/** Days of logs the snapshot holds (mirrors athlete-context's window; kept here so the core stays free of I/O). */
const CONTEXT_DAYS = 28;
/** Hours a week that give a session count (the phase engine maps hours → sessions). */
const HOURS_FOR_SESSIONS: Record<number, number> = { 1: 2, 2: 3, 3: 3.5, 4: 5, 5: 7, 6: 9, 7: 12 };
/**
 * The hours at which the phase engine adds a session to a week of this many (sessionsPerWeek in phase.ts: 4, 6, 8, 12 h):
 * "4 days and roughly 6 hours" plans 4 sessions just under that line, not the 5 that 6 hours would give.
 */
const NEXT_SESSION_HOURS: Record<number, number> = { 1: 4, 2: 4, 3: 4, 4: 6, 5: 8, 6: 12 };

/** Engine names as reported in answers and as LLM tool names. */
export type EngineName =
  'predict_race_time' | 'plan_pacing' | 'plan_week' | 'compute_load' | 'assess_readiness' | 'shorten_session' | 'build_station_workout';

/** Sessions in a week given as minutes a day with no count ("i have 45 min a day"): every day but one rest day. */
const DAILY_SESSIONS = 6;
/** Weeks out a week is planned at when the member gives no race date: general preparation (more than 16). */
const GENERAL_PREP_WEEKS = 20;

/** Every number an answer may state, computed once by the engines (shared by the LLM prompt and the offline composer). */
export interface FigureSet {
  division: Division;
  /** True when the division was assumed (no profile division, none in the question). */
  divisionAssumed: boolean;
  level: Level;
  prediction?: RacePrediction;
  pacing?: PacingPlan;
  week?: WeekPlan;
  weeksToRace?: number;
  /** Today's date ('YYYY-MM-DD'), for a question's own date arithmetic ("how many days until my race on 2026-12-20?"). */
  today?: string;
  /** No race date in the question or the profile: the week is a general-preparation week, said as such. */
  noRaceDate?: boolean;
  /**
   * The week's volume is the engine's default: the member gave no hours, sessions, days, minutes a day or weekly distance
   * (question, conversation or profile), so its minutes are not theirs.
   */
  volumeAssumed?: boolean;
  load?: LoadReport;
  readiness?: Readiness;
  /** Whole weeks to the race when the readiness is read inside the taper (0–2 weeks out): no week to build. */
  taperWeeksOut?: number;
  shortened?: ShortenedSession;
  workout?: StationWorkout;
  /** A station time the athlete gave, against the target at a reference finish. */
  stationGap?: { stationId: StationId; name: string; timeSec: number; referenceGoalSec: number; targetSec: number; gapSec: number };
  /** A doubles pair's two 5 km times: they run together, so the slower sets the run pace. */
  pair?: { km: 5 | 10; fastSec: number; slowSec: number; fastPaceSecPerKm: number; slowPaceSecPerKm: number };
  /** Where the data came from, e.g. "load from 12 logs, last 28 days". */
  dataUsed: string[];
  engines: EngineName[];
}

function levelOf(s: AthleteSnapshot, facts: QuestionFacts, question: string, prediction?: RacePrediction): Level {
  if (/\b(beginner|novice|first (ever )?(hyrox|race|workout|session)|never (done|raced)|new to|to try hyrox)\b/i.test(question)) return 'beginner';
  if (/\b(advanced|elite|experienced|podium|sub[- ]?(1:0|6\d))/i.test(question)) return 'advanced';
  const asked = facts.goalSec ?? prediction?.totalSec;
  if (asked !== undefined) return asked < 75 * 60 ? 'advanced' : asked > 100 * 60 ? 'beginner' : 'intermediate';
  const exp = String(s.athlete.trainingHistory.experience ?? '').toLowerCase();
  if (/beginner|novice|first/.test(exp)) return 'beginner';
  if (/advanced|elite|pro/.test(exp)) return 'advanced';
  const goal = s.athlete.goalTimeMinutes ? s.athlete.goalTimeMinutes * 60 : prediction?.totalSec;
  if (goal === undefined) return 'intermediate';
  return goal < 75 * 60 ? 'advanced' : goal > 100 * 60 ? 'beginner' : 'intermediate';
}

/**
 * Runs the engines the question and the athlete's data call for. Deterministic: the same
 * question and data give the same figures, whichever path writes the words.
 */
export function computeFigures(facts: QuestionFacts, s: AthleteSnapshot, question = ''): FigureSet {
  // "racing Women's Doubles": a same-sex pair races the Open loads of its sex (the World Championships aside).
  const teamDivision = facts.team === 'doubles_women' ? 'open_women' : facts.team === 'doubles_men' ? 'open_men' : undefined;
  const division = facts.division ?? teamDivision ?? s.division ?? 'open_men';
  const f: FigureSet = {
    division,
    divisionAssumed: !facts.division && !teamDivision && !s.division,
    level: 'intermediate',
    today: s.today,
    dataUsed: [],
    engines: [],
  };
  const use = (e: EngineName) => {
    if (!f.engines.includes(e)) f.engines.push(e);
  };
  const has = (i: QuestionFacts['intents'][number]) => facts.intents.includes(i);

  const fiveKmSec = facts.fiveKmSec ?? (facts.tenKmSec === undefined ? s.fiveKmSec : undefined);
  const tenKmSec = facts.tenKmSec ?? (facts.fiveKmSec === undefined ? s.tenKmSec : undefined);
  const gaveRun = facts.fiveKmSec !== undefined || facts.tenKmSec !== undefined;
  const wantsPrediction = has('predict') || (gaveRun && (has('plan') || has('pacing') || has('benchmarks')));
  if (wantsPrediction && (fiveKmSec !== undefined || tenKmSec !== undefined)) {
    const inRange =
      (fiveKmSec === undefined || (fiveKmSec >= 720 && fiveKmSec <= 4800)) && (tenKmSec === undefined || (tenKmSec >= 1500 && tenKmSec <= 9600));
    if (inRange) {
      const stationSec = facts.stationSec && facts.stations.length === 1 ? { ...s.stationSec, [facts.stations[0]!]: facts.stationSec } : s.stationSec;
      f.prediction = predictRaceTime({ fiveKmSec, tenKmSec, division, stationSec: Object.keys(stationSec).length ? stationSec : undefined });
      use('predict_race_time');
      if (facts.fiveKmSec === undefined && facts.tenKmSec === undefined) f.dataUsed.push('your latest run test');
    }
  }
  // A pair's two 5 km times, or two 10 km times ("I'm the runner (10 km in 48:00), she's slower (10 km in 55:00)").
  const pairTimes: [5 | 10, number, number] | undefined =
    facts.partnerFiveKmSec !== undefined && facts.fiveKmSec !== undefined
      ? [5, facts.fiveKmSec, facts.partnerFiveKmSec]
      : facts.partnerTenKmSec !== undefined && facts.tenKmSec !== undefined
        ? [10, facts.tenKmSec, facts.partnerTenKmSec]
        : undefined;
  if (pairTimes && facts.team?.startsWith('doubles')) {
    const [km, a, b] = pairTimes;
    const [fast, slow] = [a, b].sort((x, y) => x - y) as [number, number];
    if (fast >= 720 * (km / 5) && slow <= 4800 * (km / 5)) {
      const paceOf = (sec: number) => predictRaceTime(km === 5 ? { fiveKmSec: sec, division } : { tenKmSec: sec, division }).runPaceSecPerKm;
      f.pair = { km, fastSec: fast, slowSec: slow, fastPaceSecPerKm: paceOf(fast), slowPaceSecPerKm: paceOf(slow) };
      // A pair's finish is not one athlete's: no single-athlete prediction for it.
      delete f.prediction;
      use('predict_race_time');
    }
  }
  f.level = levelOf(s, facts, question, f.prediction);

  // The question's own arithmetic that is judged against a plan or the logs ("is 7:20 of Roxzone bad for a 1:35?", "if i deload?").
  const judged = new Set(questionArithmetic(question, facts).flatMap((c) => CALCULATION_NEEDS[c.kind] ?? []));
  const goalSec = facts.goalSec ?? (s.athlete.goalTimeMinutes ? s.athlete.goalTimeMinutes * 60 : undefined);
  if (
    // "sled push is my best station… going for 1:25 open men": a station question with its goal gets the station's target.
    (has('pacing') ||
      has('predict') ||
      (judged.has('pacing') && facts.goalSec !== undefined) ||
      (facts.stations.length > 0 && facts.goalSec !== undefined)) &&
    (goalSec ?? f.prediction?.totalSec) !== undefined
  ) {
    const g = goalSec ?? Math.round(f.prediction!.totalSec);
    if (g >= 2700 && g <= 14400) {
      f.pacing = planPacing({ goalSec: g, division });
      use('plan_pacing');
      if (facts.goalSec === undefined && goalSec !== undefined) f.dataUsed.push('your goal time from /profile');
    }
  }

  if (facts.stationSec !== undefined && facts.stations.length === 1) {
    const id = facts.stations[0]!;
    const referenceGoalSec = goalSec && goalSec >= 2700 ? goalSec : 90 * 60;
    const target = planPacing({ goalSec: referenceGoalSec, division }).stations.find((x) => x.id === id)!;
    f.stationGap = {
      stationId: id,
      name: target.name,
      timeSec: facts.stationSec,
      referenceGoalSec,
      targetSec: target.targetSec,
      gapSec: facts.stationSec - target.targetSec,
    };
    use('plan_pacing');
  }

  // "a good weekly structure with 4 sessions" with no race date: a general-preparation week (more than 16 weeks out), said as such.
  const noRaceDate =
    has('plan') &&
    !has('taper') &&
    facts.weeksToRace === undefined &&
    s.weeksToRace === undefined &&
    (facts.sessionsPerWeek ?? facts.hoursPerWeek ?? facts.minutesPerDay) !== undefined;
  const weeksToRace = facts.weeksToRace ?? s.weeksToRace ?? (noRaceDate ? GENERAL_PREP_WEEKS : undefined);
  if ((has('plan') || has('taper')) && weeksToRace !== undefined) {
    f.weeksToRace = weeksToRace;
    if (noRaceDate) f.noRaceDate = true;
    if (
      [facts.hoursPerWeek, facts.sessionsPerWeek, facts.minutesPerDay, facts.weeklyKm, facts.trainingDays, s.athlete.weeklyAvailabilityHours].every(
        (x) => x === undefined || x === null,
      )
    )
      f.volumeAssumed = true;
    // "45 min a day" with no count: a session on every day but one (the knowledge's rule: at least one full rest day a week).
    const sessions = facts.sessionsPerWeek ?? (facts.minutesPerDay !== undefined && facts.hoursPerWeek === undefined ? DAILY_SESSIONS : undefined);
    const fromSessions = sessions !== undefined ? HOURS_FOR_SESSIONS[Math.min(Math.max(sessions, 1), 7)]! : undefined;
    const given =
      facts.hoursPerWeek ??
      s.athlete.weeklyAvailabilityHours ??
      (facts.weeklyKm ? Math.min(12, Math.max(6, Math.round(facts.weeklyKm / 10) + 2)) : 6);
    const hours =
      fromSessions !== undefined ? Math.min(facts.hoursPerWeek ?? fromSessions, (NEXT_SESSION_HOURS[sessions!] ?? 25.5) - 0.5, 25) : given;
    {
      // "3 days a week, 45 mins max", "5 days, 60-75 min each": no session of the week is longer than the member can fit.
      // "45 min a day, 5 days a week": the day's minutes are the longest session.
      const sessionMin = facts.sessionMin ?? facts.minutesPerDay;
      const maxSessionMin =
        facts.dayMinutes === undefined &&
        sessionMin !== undefined &&
        sessionMin >= 20 &&
        sessionMin <= 240 &&
        (sessions !== undefined || facts.hoursPerWeek !== undefined)
          ? sessionMin
          : undefined;
      f.week = planWeek({
        weeksToRace: Math.min(weeksToRace, 104),
        hoursPerWeek: Math.min(Math.max(hours, 1), 25),
        ...(maxSessionMin !== undefined ? { maxSessionMin } : {}),
        // "mon wed fri only", "weekends are out": the sessions go on the member's days.
        ...(facts.trainingDays ? { trainingDays: facts.trainingDays.days } : {}),
        // "mon 30 min, wed 60, sat 90": each day's session as long as that day allows, the key one on the longest.
        ...(facts.dayMinutes
          ? { dayMinutes: Object.fromEntries(Object.entries(facts.dayMinutes).map(([d, m]) => [d, Math.min(Math.max(m, 15), 240)])) }
          : {}),
      });
      use('plan_week');
      if (noRaceDate) f.dataUsed.push('no race date: a general-preparation week');
      else if (facts.weeksToRace === undefined) f.dataUsed.push('your race date from /profile');
    }
  }

  if (s.logs.length > 0 && (has('readiness') || has('missed') || has('plan') || has('taper') || judged.has('load'))) {
    f.load = s.load ?? computeLoad({ logs: s.logs, today: s.today });
    f.readiness = s.readiness ?? assessReadiness({ logs: s.logs, today: s.today });
    const out = facts.weeksToRace ?? s.weeksToRace;
    if (out !== undefined && out >= 0 && out <= 2) f.taperWeeksOut = out;
    use('compute_load');
    use('assess_readiness');
    f.dataUsed.push(`load from ${s.logs.length} log${s.logs.length === 1 ? '' : 's'}, last ${CONTEXT_DAYS} days`);
  }

  if (has('shorten') && facts.availableMin !== undefined) {
    // A planned length that is not a real session (0, or more than 4 h) is read as the usual hour.
    const planned = facts.plannedMin !== undefined && facts.plannedMin > 0 && facts.plannedMin <= 240 ? facts.plannedMin : 60;
    const plannedMin = Math.max(planned, facts.availableMin);
    if (facts.availableMin >= 10 && plannedMin <= 240) {
      f.shortened = shortenSession({ plannedMin, availableMin: facts.availableMin, sessionType: facts.sessionType ?? 'hiit' });
      use('shorten_session');
    }
  }

  // A station workout for station work: a run, threshold or strength session is not one.
  // "A station strength-endurance session" asks for station work without naming the stations: the loaded ones.
  // "a good first workout to try hyrox style" asks for a taste of the race's station work.
  const stationWork = /\bstations?\b|\bstrength[- ]endurance\b|\bhyrox[- ]style\b|\b(first|taster|sample) (hyrox )?(workout|session)\b/i.test(
    question,
  );
  if (
    has('workout') &&
    (facts.stations.length > 0 ||
      // …nor is an interval session "to get faster at 1km" or for "my runs": a distance in km with no station named is a run.
      ((facts.formats.length > 0 || stationWork) &&
        !/\b(runs?|running|threshold|tempo|treadmill|strength(?![- ]endurance)|lifting|\d+(?:\.\d)? ?(?:km|k))\b/i.test(question)))
  ) {
    const stations =
      facts.stations.length > 0
        ? facts.stations.slice(0, 4)
        : stationWork && /\bstrength[- ]endurance\b/i.test(question)
          ? (['sled_push', 'farmers_carry', 'sandbag_lunges', 'wall_balls'] as StationId[])
          : (['skierg', 'wall_balls'] as StationId[]);
    // A session length the member gives holds a 10 min warm-up and a 5 min cool-down around the work;
    // EMOMs and AMRAPs run at most 30 min (workout construction), so longer work is intervals unless a format was asked.
    // "a 20 min emom" is the work itself, with no warm-up inside it; so is "an amrap with sled and lunges, 20 min"
    // (a timed format runs at most 30 min, and a whole session that short would leave almost no work).
    const work =
      facts.workMin ??
      (facts.sessionMin !== undefined &&
      facts.sessionMin <= MAX_TIMED_MIN &&
      facts.formats.some((x) => x !== 'intervals') &&
      !/\d ?(?:min(?:ute)?s?|mins?) (?:session|workout|class)\b/i.test(question)
        ? facts.sessionMin
        : undefined);
    const asked =
      work !== undefined
        ? Math.min(60, Math.max(8, work))
        : facts.sessionMin !== undefined
          ? Math.min(60, Math.max(8, facts.sessionMin - SESSION_FRAME_MIN))
          : undefined;
    const format = facts.formats[0] ?? (asked !== undefined && asked > MAX_TIMED_MIN ? 'intervals' : has('workout') ? 'emom' : 'intervals');
    const usualMin = format === 'emom' ? (stations.length > 1 ? 20 : 16) : format === 'amrap' ? 20 : 24;
    const durationMin = asked === undefined ? usualMin : format === 'intervals' ? asked : Math.min(asked, MAX_TIMED_MIN);
    f.workout = buildStationWorkout({ format, stations, level: f.level, division, durationMin });
    use('build_station_workout');
  }
  return f;
}

/** Minutes of a session outside the station work: 10 min warm-up, 5 min cool-down. */
export const SESSION_FRAME_MIN = 15;
/** EMOMs and AMRAPs run 12–30 minutes (research: workout construction). */
const MAX_TIMED_MIN = 30;

/** A doubles pair runs every kilometre together: the slower partner's 5 km (or 10 km) sets the Hyrox run pace. */
export function pairPaceText(p: NonNullable<FigureSet['pair']>): string {
  return `the pair runs every 1 km together, so the slower ${p.km} km (${formatDuration(p.slowSec)}) sets the pace: about ${formatPace(p.slowPaceSecPerKm)} on the Hyrox runs (the ${formatDuration(p.fastSec)} runner alone would hold about ${formatPace(p.fastPaceSecPerKm)})`;
}

/** The figures as plain lines: the "Computed figures" block of the LLM prompt. */

export function figuresText(f: FigureSet): string {
  const lines: string[] = [];
  if (f.prediction || f.pacing || f.workout || f.stationGap)
    lines.push(
      `Division: ${DIVISION_LABELS[f.division]}${f.divisionAssumed ? ' (assumed: none in the question or profile; say so, or ask)' : ''}; level: ${f.level}`,
    );
  const p = f.prediction;
  if (p) {
    lines.push(
      `Race prediction: ${formatDuration(p.totalSec)} (range ${formatDuration(p.range.lowSec)}–${formatDuration(p.range.highSec)}); 10 km equivalent ${formatDuration(p.tenKmEquivalentSec)}; Hyrox run pace ${formatPace(p.runPaceSecPerKm)}; runs ${formatDuration(p.split.runsSec)}, stations ${formatDuration(p.split.stationsSec)}, Roxzone ${formatDuration(p.split.roxzoneSec)}`,
    );
  }
  if (f.pair) lines.push(`Doubles run pace: ${pairPaceText(f.pair)}`);
  const pc = f.pacing;
  if (pc) {
    lines.push(
      `Pacing plan for ${formatDuration(pc.goalSec)}: runs ${pc.runs.map((r) => formatDuration(r.splitSec)).join(', ')} (average ${formatPace(pc.averageRunSecPerKm)}); Roxzone ${formatDuration(pc.roxzone.totalSec)} (${Math.round(pc.roxzone.perTransitionSec)} s per transition)`,
    );
    lines.push(`Station targets: ${pc.stations.map((st) => `${st.name} ${formatDuration(st.targetSec)}`).join(', ')}`);
  }
  if (f.stationGap) {
    const g = f.stationGap;
    lines.push(
      `${g.name}: ${formatDuration(g.timeSec)} now vs ${formatDuration(g.targetSec)} target at a ${formatDuration(g.referenceGoalSec)} finish (${g.gapSec >= 0 ? `${formatDuration(g.gapSec)} slower` : `${formatDuration(-g.gapSec)} faster`})`,
    );
  }
  if (f.week) {
    const w = f.week;
    lines.push(
      `${f.noRaceDate ? 'Phase with no race date given (assumed more than 16 weeks out)' : `Phase at ${f.weeksToRace} weeks out`}: ${PHASE_NAMES[w.phase]}; ${w.sessionsPerWeek} sessions${w.trainingDays ? ` on the member's days only (${w.trainingDays.map((d) => DAY_NAMES[d - 1]).join(', ')})` : ''}, ${w.totalMin} min${w.volumeCut ? ` (taper: volume −${Math.round(w.volumeCut * 100)} %)` : ''}${w.sessionsCut ? `; ${w.sessionsCut} more session${w.sessionsCut === 1 ? '' : 's'} than days given did not fit (one a day): say so` : ''}`,
    );
    lines.push(
      `Week: ${w.days
        .filter((d) => d.sessionType !== 'rest')
        .map((d) => (d.race ? `${d.dayName} ${d.label}` : `${d.dayName} ${d.label} ${d.durationMin} min RPE ${d.rpeTarget}`))
        .join('; ')}`,
    );
  }
  if (f.load) {
    const l = f.load;
    lines.push(
      `Load: 7-day ${l.weeklyLoadAu} AU; chronic ${l.chronicWeeklyLoadAu.toFixed(0)} AU/week; ACWR ${l.acwr === null ? 'n/a' : l.acwr.toFixed(2)}; monotony ${l.monotony === null ? 'n/a' : l.monotony.toFixed(2)}; strain ${l.strain === null ? 'n/a' : Math.round(l.strain)}; form ${l.form.toFixed(0)}${l.flags.length ? `; flags: ${l.flags.map((x) => x.summary).join(' ')}` : ''}`,
    );
  }
  if (f.readiness) lines.push(`Readiness: ${f.readiness.status}. ${f.readiness.advice}`);
  if (f.shortened) lines.push(`Shortened session: ${f.shortened.summary}`);
  if (f.workout) {
    const w = f.workout;
    lines.push(
      `Workout: ${w.title}; ${w.bouts.map((b) => `${b.name} ${b.distanceM ? `${b.distanceM} m` : `${b.reps} reps`}${b.loadKg ? ` @ ${b.loadKg} kg` : ''}`).join(', ')}; RPE ${w.rpeTarget}`,
    );
  }
  if (f.dataUsed.length) lines.push(`Data used: ${f.dataUsed.join('; ')}`);
  return lines.join('\n');
}

/** The engine outputs each primary intent answers with; the others are dropped from the answer and the prompt. */
const NEEDS: Partial<Record<string, (keyof FigureSet)[]>> = {
  predict: ['prediction', 'pacing'],
  pacing: ['pacing', 'prediction', 'stationGap'],
  plan: ['week', 'load', 'readiness'],
  taper: ['week', 'load', 'readiness'],
  readiness: ['load', 'readiness'],
  missed: ['load', 'readiness'],
  shorten: ['shortened'],
  workout: ['workout'],
  station: ['stationGap', 'pacing'],
};
const ENGINE_OF: Record<EngineName, (keyof FigureSet)[]> = {
  predict_race_time: ['prediction'],
  plan_pacing: ['pacing', 'stationGap'],
  plan_week: ['week'],
  compute_load: ['load'],
  assess_readiness: ['readiness'],
  shorten_session: ['shortened'],
  build_station_workout: ['workout'],
};

/**
 * Figures the question's own arithmetic is judged against: "7:20 of Roxzone, is it bad for a 1:35
 * finish?" against the pacing plan's Roxzone budget; a deload or a doubled week against the
 * athlete's logged load. (A split or a unit conversion needs none.)
 */
const CALCULATION_NEEDS: Partial<Record<string, (keyof FigureSet)[]>> = {
  roxzone: ['pacing'],
  deload: ['load'],
  load_jump: ['load'],
};

/**
 * Whether a follow-up's own words give an engine something new to compute: a number (a time, a goal, weeks out, hours…),
 * a station, a format, a division or a team. "and for women?" or "what about 1:25?" asks for the earlier figures again
 * with a changed input; "ok so how do i train that?" gives nothing of its own.
 */
export function givesEngineInput(own: QuestionFacts, words: string): boolean {
  // Any number in its words: one the reader does not take as a fact ("what about 1:25?") may still be an input.
  const numbers = Object.values(own).some((v) => typeof v === 'number') || /\d/.test(words);
  return (
    numbers ||
    own.division !== undefined ||
    own.team !== undefined ||
    own.sex !== undefined ||
    own.stations.length > 0 ||
    own.formats.length > 0 ||
    own.weightsKg.length > 0 ||
    own.paces.length > 0 ||
    own.splits.length > 0
  );
}

/**
 * The figures a follow-up's prompt carries. A follow-up read with the question before it ("ok so how do i train that?"
 * after "wall balls took 9:40… whats my weak spot") computes the earlier question's figures again; the earlier answer,
 * which stated them, is in the conversation the LLM reads. The prompt carries them again only when the follow-up asks
 * for figures of its own (an intent beyond a general question) or changes an input ("and for women?", "what about 1:25?").
 */
export function followUpFigures(f: FigureSet, own: QuestionFacts, words: string, divisionChanged: boolean): FigureSet {
  const asks = own.intents.some((i) => i !== 'general');
  return asks || divisionChanged || givesEngineInput(own, words) ? f : focusFigures(f, 'general');
}

/** Keeps only the figures the primary intent needs (a medical or mental question gets no week plan), and those its arithmetic is judged against. */
export function focusFigures(f: FigureSet, primary: string, calculations: readonly { kind: string }[] = []): FigureSet {
  const keep = new Set([...(NEEDS[primary] ?? []), ...calculations.flatMap((c) => CALCULATION_NEEDS[c.kind] ?? [])]);
  const out: FigureSet = { ...f, engines: f.engines.filter((e) => ENGINE_OF[e].some((k) => keep.has(k))) };
  for (const k of ['prediction', 'pacing', 'week', 'load', 'readiness', 'shortened', 'workout', 'stationGap'] as const)
    if (!keep.has(k)) delete out[k];
  if (!out.load) out.dataUsed = out.dataUsed.filter((d) => !d.startsWith('load from'));
  if (!out.week) out.dataUsed = out.dataUsed.filter((d) => !d.includes('race date'));
  if (!out.prediction) out.dataUsed = out.dataUsed.filter((d) => !d.includes('run test'));
  if (!out.pacing) out.dataUsed = out.dataUsed.filter((d) => !d.includes('goal time'));
  return out;
}

/**
 * A verdict on one session close to the race ("should i still do my usual 100 min long run 10 days out?", "is my tuesday
 * interval session still ok?"): the taper rule answers it; the whole taper week would answer another question.
 */
const ONE_SESSION_VERDICT =
  /(?:(?<!\b(?:how|what|when|where|which|why|much|many|long) )\b(?:should|can|could|shall) i (?:still |just |even )?(?:do|keep|run|go for|hit|get in|fit in|squeeze in|include|ride|swim)\b|\b(?:is|are) (?:my|a|the|that|this|it)\b)[^?.!]{0,60}\b(?:sessions?|workouts?|runs?|intervals?|sims?|simulations?|rides?|swims?|class|lifts?|wods?|wall ?balls|sled|lunges|burpees|tempo|threshold)\b/i;
/** The member asks for the week itself ("what should this week look like", "day by day"). */
const WEEK_ASKED =
  /\bweek\b[^?.!]{0,20}\b(?:look|be)\b|\bthis week\b|\bhow (?:many|much)\b|\bday[- ]by[- ]day\b|\bplan\b|\bschedule\b|\bstructure\b|\bwhat (?:should|do) i do\b/i;
/** The member proposes more training than the plan ("add a 6th session", "an extra session", "go from 5 to 7 sessions", "skip the deload"). */
const PROPOSES_MORE =
  /\b(?:add|adding|squeeze in|throw in|fit in|tack on)\b[^?.!]{0,25}\b(?:sessions?|workouts?|runs?|days?|training)\b|\b(?:an? )?(?:extra|additional|another|\d+(?:st|nd|rd|th)|sixth|seventh) (?:session|workout|day|run)\b|\bfrom \d+ to \d+ (?:sessions|days|runs)\b|\bskip (?:the |my )?deload\b|\bkeep building\b|\bget ahead\b/i;

/**
 * The figures the LLM prompt carries, narrowed from those the answer computed when they would not change the answer:
 * a verdict on one session in the taper gets no taper week; a proposal of more training while the logs find nothing
 * (readiness "ready") is answered by the progression rule, not by the load report. `asked` is the sentence that asks.
 */
export function promptFocus(f: FigureSet, primary: string, asked: string): FigureSet {
  if (primary === 'taper' && f.week && ONE_SESSION_VERDICT.test(asked) && !WEEK_ASKED.test(asked)) {
    const { week: _w, ...rest } = f;
    return { ...rest, engines: f.engines.filter((e) => e !== 'plan_week'), dataUsed: f.dataUsed.filter((d) => !d.includes('race date')) };
  }
  // Race week on the engine's default volume ("what's the plan for race week itself?" with no hours or sessions given): its
  // days are the knowledge's race week (team5 "The taper") and its minutes are not the member's, so the week adds nothing
  // the passage does not say. The load and readiness from the member's logs stay.
  if ((primary === 'taper' || primary === 'plan') && f.week && f.weeksToRace === 0 && f.volumeAssumed) {
    const { week: _w, ...rest } = f;
    return { ...rest, engines: f.engines.filter((e) => e !== 'plan_week'), dataUsed: f.dataUsed.filter((d) => !d.includes('race date')) };
  }
  if (primary === 'readiness' && f.readiness?.status === 'ready' && PROPOSES_MORE.test(asked)) return focusFigures(f, 'general');
  return f;
}
