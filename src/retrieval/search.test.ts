import { describe, expect, it } from 'vitest';
import { MAX_QUERY_CHARS } from '../domain/text.js';
import { UserError } from '../errors.js';
import { validateQuery } from './search.js';

describe('validateQuery', () => {
  it('trims a question and passes it on', () => {
    expect(validateQuery('  how should I pace my 1 km runs?  ')).toBe('how should I pace my 1 km runs?');
  });
  describe('when the question cannot be searched', () => {
    it('refuses one over the length limit, saying the limit', () => {
      const long = 'a'.repeat(MAX_QUERY_CHARS + 1);
      expect(() => validateQuery(long)).toThrow(UserError);
      expect(() => validateQuery(long)).toThrow(/4,001 characters; keep it under 4,000/);
    });
    it('refuses one without words', () => {
      expect(() => validateQuery('?!?!')).toThrow(expect.objectContaining({ code: 'question_empty' }));
    });
  });
});
