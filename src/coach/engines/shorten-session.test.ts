import { describe, expect, it } from 'vitest';
import { ShortenSessionInput, defaultBlocks, shortenSession } from './shorten-session.js';

const brief = (r: ReturnType<typeof shortenSession>) =>
  r.blocks.map((b) => `${b.kind} ${b.durationMin}${b.rounds !== undefined ? `×${b.rounds}` : ''} ${b.status}`);

describe('defaultBlocks', () => {
  describe('when a 60 min HIIT is planned', () => {
    it('is a 10 min warm-up, 6 × 5 min rounds, a 12 min accessory and an 8 min cool-down', () => {
      expect(defaultBlocks('hiit', 60)).toEqual([
        { name: 'Warm-up', kind: 'warmup', durationMin: 10 },
        { name: 'HIIT rounds', kind: 'main', durationMin: 30, rounds: 6 },
        { name: 'Accessory circuit', kind: 'accessory', durationMin: 12 },
        { name: 'Cool-down', kind: 'cooldown', durationMin: 8 },
      ]);
    });
  });

  describe('when a 90 min HIIT is planned', () => {
    it('scales to 15 + 9 × 5 + 18 + 12 min', () => {
      expect(defaultBlocks('hiit', 90).map((b) => b.durationMin)).toEqual([15, 45, 18, 12]);
    });
  });
});

describe('shortenSession', () => {
  describe('when a 60 min HIIT must fit in 30 min (coaching-model.md worked example)', () => {
    const r = shortenSession({ plannedMin: 60, availableMin: 30, sessionType: 'hiit' });

    it('keeps a 6 min warm-up, 4 of 6 rounds (20 min), a 4 min cool-down and drops the accessory', () => {
      expect(brief(r)).toEqual(['warmup 6 shortened', 'main 20×4 shortened', 'accessory 0 dropped', 'cooldown 4 shortened']);
      expect(r.totalMin).toBe(30);
      expect(r.summary).toBe(
        '30 min: Warm-up 6 min; HIIT rounds 20 min (4 of 6 rounds, same intensity); Accessory circuit dropped; Cool-down 4 min.',
      );
    });
  });

  describe('when there is more time than planned', () => {
    it('returns the plan unchanged', () => {
      const r = shortenSession({ plannedMin: 60, availableMin: 75, sessionType: 'hiit' });
      expect(brief(r)).toEqual(['warmup 10 kept', 'main 30×6 kept', 'accessory 12 kept', 'cooldown 8 kept']);
      expect(r.totalMin).toBe(60);
    });
  });

  describe('when only 10 min are cut (60 → 50 min HIIT)', () => {
    it('keeps every round and drops the accessory rather than a round (48 min)', () => {
      const r = shortenSession({ plannedMin: 60, availableMin: 50, sessionType: 'hiit' });
      expect(brief(r)).toEqual(['warmup 10 kept', 'main 30×6 kept', 'accessory 0 dropped', 'cooldown 8 kept']);
      expect(r.totalMin).toBe(48);
    });
  });

  describe('when a 60 min HIIT must fit in 45 min', () => {
    it('keeps all 6 rounds, a 7 min cool-down, and drops the accessory', () => {
      // warm-up: 20 % of 45 = 9 → capped at 8; 45 − 8 − 3 = 34 min → 6 rounds fit; 7 min left for the cool-down
      const r = shortenSession({ plannedMin: 60, availableMin: 45, sessionType: 'hiit' });
      expect(brief(r)).toEqual(['warmup 8 shortened', 'main 30×6 kept', 'accessory 0 dropped', 'cooldown 7 shortened']);
      expect(r.totalMin).toBe(45);
    });
  });

  describe('when a quality run must fit in 30 min', () => {
    it('keeps 3 of 5 reps and drops the easy running', () => {
      const r = shortenSession({ plannedMin: 60, availableMin: 30, sessionType: 'run' });
      expect(brief(r)).toEqual(['warmup 6 shortened', 'main 18×3 shortened', 'accessory 0 dropped', 'cooldown 6 shortened']);
    });
  });

  describe('when a strength session must fit in 30 min', () => {
    it('keeps 7 of 10 working sets of the main lifts and drops accessories', () => {
      const r = shortenSession({ plannedMin: 60, availableMin: 30, sessionType: 'strength' });
      expect(brief(r)).toEqual(['warmup 6 shortened', 'main 21×7 shortened', 'accessory 0 dropped', 'cooldown 3 shortened']);
      expect(r.summary).toContain('7 of 10 sets');
    });
  });

  describe('when a simulation must fit in 30 min', () => {
    it('keeps 2 of 4 run + station rounds', () => {
      const r = shortenSession({ plannedMin: 60, availableMin: 30, sessionType: 'simulation' });
      expect(brief(r)).toEqual(['warmup 6 shortened', 'main 20×2 shortened', 'cooldown 4 shortened']);
    });
  });

  describe('when time is very short', () => {
    it('cuts the warm-up before the last round (10 min → 2 + 5 + 3)', () => {
      const r = shortenSession({ plannedMin: 60, availableMin: 10, sessionType: 'hiit' });
      expect(brief(r)).toEqual(['warmup 2 shortened', 'main 5×1 shortened', 'accessory 0 dropped', 'cooldown 3 shortened']);
    });

    it('gives the whole time to part of a round when not even one fits', () => {
      const r = shortenSession({ plannedMin: 60, availableMin: 5, sessionType: 'simulation' });
      expect(brief(r)).toEqual(['warmup 0 dropped', 'main 5×0 shortened', 'cooldown 0 dropped']);
      expect(r.summary).toContain('part of 1 of 4 rounds');
    });
  });

  describe('when the athlete gives their own blocks with a continuous main set', () => {
    it('shortens the continuous block and keeps the order', () => {
      const r = shortenSession({
        plannedMin: 75,
        availableMin: 40,
        sessionType: 'run',
        blocks: [
          { name: 'Easy jog', kind: 'warmup', durationMin: 10 },
          { name: 'Tempo 40 min', kind: 'main', durationMin: 40 },
          { name: 'Drills', kind: 'accessory', durationMin: 15 },
          { name: 'Walk', kind: 'cooldown', durationMin: 10 },
        ],
      });
      // warm-up 8; 40 − 8 − 3 = 29 min of tempo; cool-down 3
      expect(brief(r)).toEqual(['warmup 8 shortened', 'main 29 shortened', 'accessory 0 dropped', 'cooldown 3 shortened']);
      expect(r.totalMin).toBe(40);
    });
  });

  describe('when the input schema meets bad values', () => {
    it('rejects an unknown session type and non-positive blocks', () => {
      expect(ShortenSessionInput.safeParse({ plannedMin: 60, availableMin: 30, sessionType: 'yoga' }).success).toBe(false);
      expect(
        ShortenSessionInput.safeParse({
          plannedMin: 60,
          availableMin: 30,
          sessionType: 'hiit',
          blocks: [{ name: 'x', kind: 'main', durationMin: 0 }],
        }).success,
      ).toBe(false);
      expect(ShortenSessionInput.safeParse({ plannedMin: 60, availableMin: 30, sessionType: 'hiit' }).success).toBe(true);
    });
  });
});
