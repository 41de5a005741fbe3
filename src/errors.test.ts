import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { classifyError, fromZodError, TransientError, USER_ERROR_CODES, UserError, userMessage } from './errors.js';

describe('classifyError', () => {
  it('keeps a UserError as user-fixable', () => {
    const e = new UserError('rate_limited', 'Try again in 30 s.');
    expect(classifyError(e)).toEqual({ kind: 'user', error: e });
  });

  describe('when the failure is passing', () => {
    it.each([
      ['a TransientError', new TransientError('the job queue is unavailable')],
      ['a refused connection', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:6379'), { code: 'ECONNREFUSED' })],
      ['a 5xx from an API', Object.assign(new Error('Internal Server Error'), { status: 503 })],
      ['a closed Redis connection', new Error('Connection is closed.')],
    ])('classifies %s as transient', (_what, error) => {
      expect(classifyError(error).kind).toBe('transient');
    });
  });

  it('treats anything else as a bug with a six-character reference', () => {
    const c = classifyError(Object.assign(new Error('Bad Request'), { status: 400 }));
    expect(c).toMatchObject({ kind: 'bug', reference: expect.stringMatching(/^[0-9a-f]{6}$/) });
    expect(classifyError('a string').kind).toBe('bug');
  });
});

describe('userMessage', () => {
  it('shows a user error with its example', () => {
    expect(userMessage(classifyError(new UserError('not_found', 'No such job.', { hint: 'npm run train -- start' })))).toBe(
      'No such job.\nExample: `npm run train -- start`',
    );
  });
  it('never shows the message or stack of an unknown error', () => {
    const text = userMessage(classifyError(new Error('password authentication failed for user "postgres"')));
    expect(text).toMatch(/^Something went wrong on our side \(ref [0-9a-f]{6}\)/);
    expect(text).not.toContain('password');
  });
  it('tells the user to try again after a transient failure, and that nothing was saved', () => {
    expect(userMessage(classifyError(new TransientError('down')))).toBe(
      "Coach K couldn't do that right now. Nothing was saved; try again in a minute.",
    );
  });
});

describe('fromZodError', () => {
  it('names each failing field, with its label where one is given', () => {
    const r = z.object({ rpe: z.number().max(10), notes: z.string() }).safeParse({ rpe: 11, notes: 3 });
    const e = fromZodError(r.error!, { rpe: 'RPE' });
    expect(e.code).toBe('invalid_input');
    expect(e.message).toMatch(/^That didn't work: RPE: .*; notes: .*\.$/);
  });
});

describe('USER_ERROR_CODES', () => {
  // A code nothing throws is dead vocabulary: every code appears in a `new UserError('<code>'`
  // outside this file (invalid_input also comes from fromZodError).
  const ROOT = path.resolve(import.meta.dirname, '..');
  const sources = (dir: string): string[] =>
    readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
      const rel = `${dir}/${e.name}`;
      if (e.isDirectory()) return sources(rel);
      return rel.endsWith('.ts') && !rel.endsWith('.test.ts') && rel !== 'src/errors.ts' ? [readFileSync(path.join(ROOT, rel), 'utf8')] : [];
    });
  const text = ['src', 'commands', 'ingest', 'training'].flatMap(sources).join('\n');
  it.each(USER_ERROR_CODES)('%s is thrown somewhere', (code) => {
    // However the formatter wraps the call: `new UserError(` then the code as its first argument.
    expect(text).toMatch(new RegExp(`new UserError\\(\\s*'${code}'`));
  });
});
