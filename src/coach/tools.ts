import { z } from 'zod';
import type { ToolSpec } from './chat-model.js';
import { ComputeLoadInput, computeLoad } from './engines/load.js';
import { PlanPacingInput, planPacing } from './engines/pacing.js';
import { PlanWeekInput, planWeek } from './engines/phase.js';
import { PredictRaceTimeInput, predictRaceTime } from './engines/race-prediction.js';
import { AssessReadinessInput, assessReadiness } from './engines/readiness.js';
import { ShortenSessionInput, shortenSession } from './engines/shorten-session.js';
import { BuildStationWorkoutInput, buildStationWorkout } from './engines/station-workouts.js';
import type { EngineName } from './figures.js';

function tool<S extends z.ZodType>(name: EngineName, description: string, schema: S, run: (input: z.infer<S>) => unknown): ToolSpec {
  return {
    name,
    description,
    parameters: z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>,
    run: (args) => run(schema.parse(args)),
  };
}

/** The coaching engines offered to the LLM as tools (JSON schemas from the engines' zod inputs). */
export const COACH_TOOLS: ToolSpec[] = [
  tool('predict_race_time', 'Predict a Hyrox finish time and its run/station/Roxzone split from a fresh 5 km or 10 km time (seconds) and optional station benchmarks.', PredictRaceTimeInput, predictRaceTime),
  tool('plan_pacing', 'Per-km run splits, station targets and Roxzone budget for a goal finish time (seconds) and division.', PlanPacingInput, planPacing),
  tool('plan_week', 'Training phase and a day-by-day week for weeks-to-race and available hours per week.', PlanWeekInput, planWeek),
  tool('compute_load', 'Session-RPE load, weekly load, monotony, strain, ACWR and fitness/fatigue/form from workout logs.', ComputeLoadInput, computeLoad),
  tool('assess_readiness', 'Ready / caution / deload advice from RPE trends in workout logs.', AssessReadinessInput, assessReadiness),
  tool('shorten_session', 'Shorten a planned session to the minutes available, keeping its key stimulus.', ShortenSessionInput, shortenSession),
  tool('build_station_workout', 'Build an EMOM, interval or AMRAP workout for named Hyrox stations at a level and division.', BuildStationWorkoutInput, buildStationWorkout),
];
