import { readdirSync, readFileSync } from 'node:fs';
import { getEncoding } from 'js-tiktoken';
import { describe, expect, it } from 'vitest';
import { contentWords, countTokens, NUMBER_WORDS, WORD_NUMBERS } from './text.js';

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

describe('countTokens', () => {
  const encoder = getEncoding('cl100k_base');
  const exact = (t: string) => encoder.encode(t).length;
  it('counts exactly what the encoder counts, piece by piece (prose, markdown, numbers, spaces, unicode)', () => {
    const research = readdirSync('research').filter((f) => f.endsWith('.md'));
    const texts = research.slice(0, 2).map((f) => readFileSync(`research/${f}`, 'utf8').slice(0, 10_000));
    texts.push(
      "It's 5:54/km — don't go out at 4'30\"!  \n\n\n   Row 1000m @ 2:05/500m; RPE 7–8.\t\tDONE\r\n",
      'Ünïcödé 🏃‍♀️ 深蹲 x3   ',
      '   leading and trailing   ',
      '12345678 1.5kg 3x10 ',
      '',
    );
    let seed = 7;
    const alphabet = "ab cD\n\t'sS9-—.é🏃 ";
    for (let n = 0; n < 200; n++) {
      let t = '';
      for (let i = 0; i < 60; i++) {
        seed = (seed * 1103515245 + 12345) >>> 0;
        t += [...alphabet][seed % [...alphabet].length];
      }
      texts.push(t);
    }
    for (const t of texts) expect(countTokens(t)).toBe(exact(t));
  });
  it('refuses a special token as the encoder does', () => {
    expect(() => countTokens('hello <|endoftext|> world')).toThrow(/special token/);
  });
});

describe('contentWords and synonyms', () => {
  it('does not stem fasting into fast (a Ramadan question is not about fast finishes)', () => {
    expect(contentWords('fasting')).not.toContain('fast');
    expect(contentWords('faster')).toContain('fast');
  });

  it.each([
    ['supplement', 'supplements'],
    ['sore', 'soreness'],
    ['hydrate', 'hydration'],
    ['drink', 'hydration'],
    ['farmer', 'farmers'],
    ['tired', 'fatigue'],
    ['qualify', 'qualification'],
    ['qualifying', 'qualifier'],
    // British and American spellings, and a doubled "l" before a suffix.
    ['travel', 'travelling'],
    ['traveling', 'travelled'],
    ['fuel', 'fuelling'],
    ['organize', 'organise'],
    ['periodization', 'periodisation'],
    ['color', 'colour'],
    ['center', 'centre'],
    ['programme', 'program'],
    ['practise', 'practice'],
    ['ageing', 'aging'],
    ['anemia', 'anaemia'],
    ['hand-over', 'handover'],
    ['changeover', 'handover'],
  ])('gives %s and %s the same word, so a question in one form finds text in the other', (a, b) => {
    expect(contentWords(a)).toEqual(contentWords(b));
  });

  it('keeps words whose double "l" is their own, and short -ize words', () => {
    expect(contentWords('spelling swelling skilled')).toEqual(['spell', 'swell', 'skill']);
    expect(contentWords('size prize')).toEqual(['size', 'prize'].map((w) => contentWords(w)[0]!));
    expect(contentWords('hand over hand')).toEqual(['hand', 'hand']);
  });
});
