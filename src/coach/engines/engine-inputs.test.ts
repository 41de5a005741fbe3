import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ComputeLoadInput } from './load.js';
import { PlanPacingInput } from './pacing.js';
import { ChoosePhaseInput, PlanWeekInput } from './phase.js';
import { PredictRaceTimeInput } from './race-prediction.js';
import { AssessReadinessInput } from './readiness.js';
import { ShortenSessionInput } from './shorten-session.js';
import { BuildStationWorkoutInput } from './station-workouts.js';
import { ParseDurationInput } from './time.js';

const INPUTS = {
  ParseDurationInput,
  PredictRaceTimeInput,
  PlanPacingInput,
  ChoosePhaseInput,
  PlanWeekInput,
  ComputeLoadInput,
  AssessReadinessInput,
  ShortenSessionInput,
  BuildStationWorkoutInput,
};

describe('engine input schemas', () => {
  describe('when converted to JSON Schema for LLM tools', () => {
    it('describes every top-level field', () => {
      for (const [name, schema] of Object.entries(INPUTS)) {
        const json = z.toJSONSchema(schema) as { type?: string; properties?: Record<string, { description?: string }> };
        expect(json.type, name).toBe('object');
        const props = Object.entries(json.properties ?? {});
        expect(props.length, name).toBeGreaterThan(0);
        for (const [field, prop] of props) expect(prop.description, `${name}.${field}`).toMatch(/\w/);
      }
    });
  });
});
