import { describe, expect, it } from 'vitest';
import { readQuestion } from './understand.js';

describe('readQuestion', () => {
  describe('when given the build plan evaluation prompts', () => {
    it.each([
      ['I have 12 weeks until Hyrox and I run 35 miles per week. How should I structure my training?', { intents: ['plan'], weeksToRace: 12, weeklyKm: 56.3 }],
      ["My sled push time is 4:30. What's the fastest way to improve?", { intents: ['station'], stations: ['sled_push'], stationSec: 270 }],
      ['I missed 3 training days this week due to travel. How do I get back on track?', { intents: ['missed'], missedDays: 3 }],
      ['Design me an EMOM workout targeting the ski erg and wall ball stations.', { intents: ['workout'], stations: ['skierg', 'wall_balls'], formats: ['emom'] }],
      ['My RPE has been 8+ on all sessions this week. What should I do?', { intents: ['readiness'], rpe: 8 }],
      ['What supplements should I take during my 16-week Hyrox prep?', { weeksToRace: 16 }],
      ['I only have 30 minutes today instead of 60. What should I do with my HIIT session?', { intents: ['shorten'], availableMin: 30, plannedMin: 60, sessionType: 'hiit' }],
      ['My 5K time is 22 minutes. What Hyrox finish time should I target?', { intents: ['predict'], fiveKmSec: 1320 }],
    ])('reads %j', (q, want) => {
      expect(readQuestion(q)).toMatchObject(want);
    });
    it('sees supplements in the supplements question', () => {
      expect(readQuestion('What supplements should I take during my 16-week Hyrox prep?').intents).toContain('supplements');
    });
  });
  it('reads goal times, divisions and 10 km times', () => {
    expect(readQuestion('How should I pace a sub 1:25 as a pro woman?')).toMatchObject({ intents: ['pacing'], goalSec: 5100, division: 'pro_women' });
    expect(readQuestion('My 10k is 45:30, what can I run at Hyrox?')).toMatchObject({ tenKmSec: 2730, intents: ['predict'] });
    expect(readQuestion('Pacing plan for a 1:25 goal, Open Women')).toMatchObject({ intents: expect.arrayContaining(['pacing']), goalSec: 5100, division: 'open_women' });
    expect(readQuestion('Splits for my 1:12:30 target finish?')).toMatchObject({ goalSec: 4350 });
    expect(readQuestion('I am aiming at 1:40, how do I pace the runs?')).toMatchObject({ goalSec: 6000 });
  });
  it('falls back to a general intent for anything else', () => {
    expect(readQuestion('Tell me about Hyrox').intents).toEqual(['general']);
  });
});
