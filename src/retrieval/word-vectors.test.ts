import { describe, expect, it } from 'vitest';
import { learnWordModel } from './word-vectors.js';

const texts = [
  'sled push leg drive low hips short steps',
  'sled pull rope hand over hand sit back',
  'wall balls squat depth target height breathing',
  'wall balls unbroken sets pacing breathing squat',
  'sled push heavy legs drive steps',
];

describe('learnWordModel with contexts', () => {
  it('learns exactly as before when there are none', () => {
    const a = learnWordModel(texts, 8);
    const b = learnWordModel(texts, 8, []);
    expect(b.words).toEqual(a.words);
    expect(Array.from(b.vectors)).toEqual(Array.from(a.vectors));
  });

  it('adds their words to the vocabulary and co-occurrence, but not to document frequencies or the document count', () => {
    const m = learnWordModel(texts, 8, ['sled push — my quads are fried', 'sled push — quads fried after the sled']);
    expect(m.docs).toBe(texts.length);
    expect(m.words).toContain('quad');
    expect(m.df[m.words.indexOf('quad')]).toBe(0);
    expect(m.df[m.words.indexOf('sled')]).toBe(3);
  });
});
