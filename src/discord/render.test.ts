import { describe, expect, it } from 'vitest';
import { splitMessage } from './render.js';

describe('splitMessage', () => {
  it('keeps a short answer whole', () => {
    expect(splitMessage('Run easy. Then lift.')).toEqual(['Run easy. Then lift.']);
  });
  describe('when an answer is longer than Discord allows', () => {
    it('splits into messages of at most 2,000 characters, each ending at a sentence end', () => {
      const sentence = 'Hold 5:54 per km on the first run because going out hot costs more later. ';
      const text = sentence.repeat(70);
      const parts = splitMessage(text);
      expect(parts.length).toBeGreaterThan(1);
      for (const p of parts) {
        expect(p.length).toBeLessThanOrEqual(2000);
        expect(p.endsWith('later.')).toBe(true);
      }
      expect(parts.join(' ')).toBe(text.trim());
    });
    it('prefers paragraph breaks', () => {
      const para = `${'A sentence about pacing. '.repeat(30).trim()}`;
      const parts = splitMessage([para, para, para, para].join('\n\n'));
      expect(parts.every((p) => p.startsWith('A sentence'))).toBe(true);
    });
  });
});

describe('splitMessage part cap', () => {
  it('sends at most 5 messages for a 100 KB answer, the last saying it was cut', () => {
    const parts = splitMessage('Run easy today and keep the effort honest. '.repeat(2500));
    expect(parts).toHaveLength(5);
    expect(parts.every((p) => p.length <= 2000)).toBe(true);
    expect(parts.at(-1)).toMatch(/cut: too long for Discord/);
  });
});
