/**
 * The production context of an example, from the same functions production calls: the athlete
 * snapshot and block, the engine figures for the question, and the tool calls that compute the
 * same figures. (The one place the dataset imports the figures and question-reading modules.)
 */
import { athleteBlock, snapshotFrom, type AthleteSnapshot } from '../src/coach/athlete-context.js';
import { computeFigures, figuresText, focusFigures, type FigureSet } from '../src/coach/core/figures.js';
import { planAnswer } from '../src/coach/core/plan.js';
import { readQuestion } from '../src/coach/core/understand.js';
import { COACH_TOOLS } from '../src/coach/tools.js';
import type { Athlete } from '../src/db/athletes.js';
import type { Workout } from '../src/db/workouts.js';

export const TODAY = '2026-11-24';

/** A synthetic athlete profile (nothing filled in that the caller does not give). */
export function syntheticAthlete(over: Partial<Athlete> = {}): Athlete {
  return {
    id: '00000000-0000-4000-8000-000000000000',
    discordUserId: 'synthetic',
    displayName: null,
    weightKg: null,
    heightCm: null,
    age: null,
    sex: null,
    division: null,
    trainingHistory: {},
    currentPhase: null,
    raceDate: null,
    goalTimeMinutes: null,
    weeklyAvailabilityHours: null,
    equipmentAvailable: [],
    injuriesLimitations: [],
    preferences: {},
    checkinOptIn: false,
    checkinTime: null,
    timezone: 'UTC',
    createdAt: TODAY,
    updatedAt: TODAY,
    ...over,
  };
}

export interface EngineContext {
  snapshot: AthleteSnapshot;
  athleteBlock: string;
  figures: FigureSet;
  figuresText: string;
}

/** What production would compute for this question and athlete. */
export function engineContext(question: string, athlete: Athlete, workouts: Workout[] = []): EngineContext {
  const snapshot = snapshotFrom(athlete, workouts, [], TODAY);
  const facts = readQuestion(question);
  const computed = computeFigures(facts, snapshot, question);
  // As production: only the figures the question's primary intent needs.
  const figures = focusFigures(computed, planAnswer(question, facts, computed).primary);
  return { snapshot, athleteBlock: athleteBlock(snapshot), figures, figuresText: figures.engines.length ? figuresText(figures) : '' };
}

/** The division a question names, if any (for the synthetic profile of a gold example). */
export const divisionIn = (question: string) => readQuestion(question).division;

export interface PlannedCall {
  name: string;
  args: Record<string, unknown>;
  result: unknown;
}

/**
 * The tool calls that reproduce the figures (arguments rebuilt from the figures, each result run
 * through the production tool and checked equal to the figure), or undefined when one cannot be.
 */
export function toolCallsFor(ctx: EngineContext, question: string): PlannedCall[] | undefined {
  const f = ctx.figures;
  const facts = readQuestion(question);
  const calls: PlannedCall[] = [];
  const run = (name: string, args: Record<string, unknown>, expected: unknown) => {
    const tool = COACH_TOOLS.find((t) => t.name === name);
    if (!tool) return false;
    try {
      const result = tool.run(args);
      if (JSON.stringify(result) !== JSON.stringify(expected)) return false;
      calls.push({ name, args, result });
      return true;
    } catch {
      return false;
    }
  };
  for (const e of f.engines) {
    let ok = false;
    if (e === 'predict_race_time' && f.prediction)
      ok = run(
        e,
        { ...(facts.fiveKmSec ? { fiveKmSec: facts.fiveKmSec } : {}), ...(facts.tenKmSec ? { tenKmSec: facts.tenKmSec } : {}), division: f.division },
        f.prediction,
      );
    else if (e === 'plan_pacing' && f.pacing) ok = run(e, { goalSec: f.pacing.goalSec, division: f.division }, f.pacing);
    else if (e === 'plan_week' && f.week)
      ok =
        f.weeksToRace !== undefined &&
        run(
          e,
          {
            weeksToRace: Math.min(f.weeksToRace, 104),
            hoursPerWeek: Math.min(Math.max(facts.hoursPerWeek ?? ctx.snapshot.athlete.weeklyAvailabilityHours ?? 6, 1), 25),
          },
          f.week,
        );
    else if (e === 'shorten_session' && f.shortened)
      ok = run(e, { plannedMin: f.shortened.plannedMin, availableMin: f.shortened.availableMin, sessionType: f.shortened.sessionType }, f.shortened);
    if (!ok) return undefined;
  }
  return calls.length ? calls : undefined;
}
