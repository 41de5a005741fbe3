import { describe, expect, it } from 'vitest';
import { checkSafety, redFlagAnswer } from './safety.js';

describe('checkSafety', () => {
  describe('when a question mentions a medical red flag', () => {
    it.each([
      ['I get chest pain during the sled push, should I keep training?', 'chest pain or pressure'],
      ['I fainted after wall balls yesterday', 'fainting or near-fainting'],
      ['Sharp pain in my knee on lunges, how do I train around it?', 'sharp or joint pain'],
    ])('flags %j', (q, flag) => {
      const v = checkSafety(q);
      expect(v.kind).toBe('red_flag');
      expect(v.kind === 'red_flag' && v.flags).toContain(flag);
    });
    it('answers with "see a professional" and what is safe, never a diagnosis', () => {
      const text = redFlagAnswer(['chest pain or pressure']);
      expect(text).toMatch(/doctor or physiotherapist/);
      expect(text).toMatch(/emergency/);
      expect(text).toMatch(/RPE 3–4/);
      expect(text).not.toMatch(/you (probably|likely) have|this is (likely|probably)|sounds like (a|an) /i);
    });
  });
  it('redirects questions that have nothing to do with training', () => {
    expect(checkSafety('What is the capital of France?')).toEqual({ kind: 'off_topic' });
    expect(checkSafety('Write me a poem about cats')).toEqual({ kind: 'off_topic' });
  });
  it('lets training questions through', () => {
    expect(checkSafety('How should I pace my 1km runs?')).toEqual({ kind: 'ok' });
    expect(checkSafety('My legs are sore after lunges, what should I do tomorrow?')).toEqual({ kind: 'ok' });
  });
});
