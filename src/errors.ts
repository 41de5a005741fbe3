import { randomBytes } from 'node:crypto';
import type { z } from 'zod';

/** Stable codes for user-fixable errors (Sapphire's Identifiers). */
export const USER_ERROR_CODES = [
  'invalid_input',
  'date_in_future',
  'date_too_old',
  'question_too_long',
  'question_empty',
  'rate_limited',
  'not_found',
  'invalid_file',
  'invalid_markdown',
  'flagged_knowledge',
  'config_missing',
  'dataset_invalid',
  'coach_only',
] as const;
export type UserErrorCode = (typeof USER_ERROR_CODES)[number];

/** A problem the user can fix: shown to them as is, nothing is written. */
export class UserError extends Error {
  readonly hint?: string;
  constructor(
    readonly code: UserErrorCode,
    message: string,
    options: { hint?: string; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'UserError';
    this.hint = options.hint;
  }
}

/** A passing failure (Redis down at enqueue, Discord 5xx, a database timeout): retry later. */
export class TransientError extends Error {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'TransientError';
  }
}

export type ErrorClass =
  { kind: 'user'; error: UserError } | { kind: 'transient'; error: Error } | { kind: 'bug'; error: unknown; reference: string };

const TRANSIENT_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN']);

/** The one classifier: user-fixable, transient, or a bug (with a short reference id). */
export function classifyError(error: unknown): ErrorClass {
  if (error instanceof UserError) return { kind: 'user', error };
  if (error instanceof TransientError) return { kind: 'transient', error };
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    const status = (error as { status?: unknown }).status;
    if ((typeof code === 'string' && TRANSIENT_CODES.has(code)) || (typeof status === 'number' && status >= 500)) {
      return { kind: 'transient', error };
    }
    if (/Connection is closed|Stream isn't writeable|enableOfflineQueue/i.test(error.message)) {
      return { kind: 'transient', error };
    }
  }
  return { kind: 'bug', error, reference: randomBytes(3).toString('hex') };
}

/** The text a user sees for a classified error. Never an unknown error's message or stack. */
export function userMessage(c: ErrorClass): string {
  switch (c.kind) {
    case 'user':
      return c.error.hint ? `${c.error.message}\nExample: \`${c.error.hint}\`` : c.error.message;
    case 'transient':
      return "Coach K couldn't do that right now. Nothing was saved; try again in a minute.";
    case 'bug':
      return `Something went wrong on our side (ref ${c.reference}). Nothing you did caused it; the team can look it up with that reference.`;
  }
}

/** Turns zod issues into one friendly UserError naming each field. */
export function fromZodError(error: z.ZodError, labels: Record<string, string> = {}): UserError {
  const parts = error.issues.map((issue) => {
    const field = issue.path.join('.') || 'input';
    return `${labels[field] ?? field}: ${issue.message}`;
  });
  return new UserError('invalid_input', `That didn't work: ${parts.join('; ')}.`);
}
