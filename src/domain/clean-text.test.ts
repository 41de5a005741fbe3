import { describe, expect, it } from 'vitest';
import { cleanDeep, cleanText } from './clean-text.js';

describe('cleanText', () => {
  it.each([
    ['NUL', 'run\u0000 easy', 'run easy'],
    ['C0 controls except newline and tab', 'a\u0001b\u001Bc\td\ne', 'abc\td\ne'],
    ['C1 controls and DEL', 'a\u007Fb\u0085c', 'abc'],
    ['a lone high surrogate', 'pace \uD83D here', 'pace  here'],
    ['a lone low surrogate', '\uDE00tempo', 'tempo'],
    ['carriage returns', 'one\r\ntwo\rthree', 'one\ntwo\nthree'],
  ])('removes %s', (_name, input, expected) => {
    expect(cleanText(input)).toBe(expected);
  });
  it('keeps emoji, accents and other scripts whole', () => {
    expect(cleanText('🏃‍♀️ Größe über 5 km — 速い')).toBe('🏃‍♀️ Größe über 5 km — 速い');
  });
  it('cleans every string of a nested value, keys too', () => {
    expect(cleanDeep({ 'no\u0000tes': ['a\u0000', { n: 'b\u0000' }], rpe: 7 })).toEqual({ notes: ['a', { n: 'b' }], rpe: 7 });
  });
});
