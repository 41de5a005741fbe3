import { describe, expect, it } from 'vitest';
import { NUMBER_WORDS, WORD_NUMBERS } from './text.js';

describe('number words', () => {
  it('lists the words in value order, one to sixteen', () => {
    expect(NUMBER_WORDS).toHaveLength(16);
    expect([NUMBER_WORDS[0], NUMBER_WORDS[2], NUMBER_WORDS[11], NUMBER_WORDS[14]]).toEqual(['one', 'three', 'twelve', 'fifteen']);
  });
  it('reads each word back as its value, keys in the same order', () => {
    expect(Object.keys(WORD_NUMBERS)).toEqual([...NUMBER_WORDS]);
    expect([WORD_NUMBERS.three, WORD_NUMBERS.twelve, WORD_NUMBERS.sixteen]).toEqual([3, 12, 16]);
  });
});
