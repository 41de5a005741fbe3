import { z } from 'zod';
import { SESSION_TYPES } from '../src/domain/sessions.js';

/** The member's profile and logs an example is set in (the build turns them into the <athlete> block). */
export const GoldContext = z.object({
  athlete: z
    .object({
      division: z.enum(['open_women', 'open_men', 'pro_women', 'pro_men']).optional(),
      age: z.number().int().optional(),
      weightKg: z.number().optional(),
      raceDate: z.string().optional(),
      goalTimeMinutes: z.number().optional(),
      weeklyAvailabilityHours: z.number().optional(),
      injuriesLimitations: z.array(z.string()).optional(),
      equipmentAvailable: z.array(z.string()).optional(),
    })
    .optional(),
  /** Logged sessions, newest last: days before the build's fixed today, type, minutes, RPE (and RPE before). */
  logs: z
    .array(
      z.object({
        daysAgo: z.number().int().min(0).max(27),
        type: z.enum(SESSION_TYPES),
        min: z.number().int().min(1),
        rpe: z.number().int().min(1).max(10),
        rpePre: z.number().int().min(1).max(10).optional(),
      }),
    )
    .optional(),
});
export type GoldContext = z.infer<typeof GoldContext>;
