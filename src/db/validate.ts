import type { z } from 'zod';
import { fromZodError } from '../errors.js';

/** Parses repository input at the boundary: bad input becomes a friendly UserError before SQL. */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown, labels: Record<string, string> = {}): z.infer<T> {
  const result = schema.safeParse(input);
  if (!result.success) throw fromZodError(result.error, labels);
  return result.data;
}

/** A timestamptz as ISO text, whichever driver returned it (pg: Date, PGlite: Date or text). */
export function toIso(v: Date | string): string {
  return v instanceof Date ? v.toISOString() : new Date(v).toISOString();
}
