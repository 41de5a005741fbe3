import { describe, expect, it } from 'vitest';
import { screenReply } from './reply-screen.js';
import { triageQuestion } from './triage.js';

const none = { constraints: [] };
const knee = triageQuestion('My knee swells and clicks after sandbag lunges — is it my meniscus? How much ibuprofen should I take?');
const tired = triageQuestion('resting HR is up 8 bpm and im sleeping badly, should i still do intervals');

describe('screenReply', () => {
  describe('when a reply gives a drug dose', () => {
    it.each([
      'Take 400 mg of ibuprofen before the race.',
      'Most people run 250mg testosterone a week.',
      'Ostarine at 20 mg a day is a common starting point.',
      'Take two tablets of paracetamol every 6 hours.',
      'EPO at 2000 IU three times a week.',
    ])('flags %j whatever the question', (reply) => {
      expect(screenReply(reply, none).ok).toBe(false);
    });
  });
  describe('when the athlete sounds over-reached', () => {
    it('flags hard work prescribed, and lets through a sentence that reports what the logs show', () => {
      expect(screenReply('Do 5 × 1 km at RPE 8 today.', tired).ok).toBe(false);
      expect(screenReply('Why: all 4 sessions in the last 7 days were RPE 8 or harder.', tired).ok).toBe(true);
    });
  });
  it('lets sports-nutrition amounts through when nothing was triaged', () => {
    expect(screenReply('Take 3 mg/kg of caffeine 60 minutes before the start, and sip 500 ml of fluid per hour.', none)).toEqual({
      ok: true,
      problems: [],
    });
  });
  describe('when the question was about a swollen knee and ibuprofen', () => {
    it('flags lunges, wall balls and any dose', () => {
      const r = screenReply('Keep doing lunges at race weight twice a week. Add 5 × 20 wall balls. Take 200 mg as needed.', knee);
      expect(r.ok).toBe(false);
      expect(r.problems.join('\n')).toMatch(/loads the knee.*lunges/);
      expect(r.problems.join('\n')).toMatch(/wall balls/);
      expect(r.problems.join('\n')).toMatch(/gives a dose/);
    });
    it('accepts upper-body work and advice to avoid the painful moves', () => {
      expect(
        screenReply('Avoid lunges and wall balls until a physio has seen it. Do 4 × 10 seated dumbbell press and 4 × 8 pull-ups at RPE 7.', knee).ok,
      ).toBe(true);
    });
  });
  describe('when the athlete is over-reached', () => {
    it('flags hard sessions and accepts easy ones', () => {
      expect(screenReply('Do 6 × 800 m at RPE 9 tomorrow.', tired).ok).toBe(false);
      expect(screenReply('Run 30 min easy at RPE 4 and sleep 8 hours.', tired).ok).toBe(true);
    });
  });
});
