import { describe, expect, it } from 'vitest';
import { parseLogText } from './parse-log.js';

describe('parseLogText', () => {
  it.each([
    ['rpe 7, 45 min tempo run', { rpe: 7, durationMin: 45, sessionType: 'run' }],
    ['strength 60 min rpe 8', { rpe: 8, durationMin: 60, sessionType: 'strength' }],
    ['hiit 30 min rpe 9 yesterday', { rpe: 9, durationMin: 30, sessionType: 'hiit', when: 'yesterday' }],
    ['1h30 long run 15 km, 6/10', { rpe: 6, durationMin: 90, sessionType: 'run', distanceKm: 15 }],
    ['sled pushes and wall balls 40 mins RPE 8', { rpe: 8, durationMin: 40, sessionType: 'stations' }],
  ])('reads %j', (text, want) => {
    expect(parseLogText(text)).toMatchObject(want);
  });
  describe('when the message is not a log', () => {
    it.each(['💪🔥🏃', 'thanks coach!', ''])('finds no RPE or duration in %j', (text) => {
      const p = parseLogText(text);
      expect(p.rpe === undefined || p.durationMin === undefined).toBe(true);
    });
  });
});
