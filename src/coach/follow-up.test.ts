import { describe, expect, it } from 'vitest';
import { earlierSubject } from './answer.js';

describe('earlierSubject', () => {
  it("is the earlier question's own subject, not the stations its answer lists", () => {
    const terms = earlierSubject(
      'whats a good compromised running session for hyrox?',
      'For example 4 rounds: 1 km at goal Hyrox pace straight into a station (20 wall balls, 50 m lunges, 500 m row or 100 m farmers carry).',
    );
    expect(terms).toEqual(expect.arrayContaining(['compromis', 'session']));
    expect(terms).not.toContain('wall_ball');
  });
  it('is the stations a question names, without its other words', () => {
    expect(earlierSubject('my splits: wall balls took 9:40, everything else was close to target. whats my weak spot', '…')).toEqual(['wall_ball']);
  });
});
