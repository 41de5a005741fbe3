import { describe, expect, it } from 'vitest';
import { retrievedChunk } from '../../retrieval/chunk-fixture.js';
import { questionTerms } from '../core/passages.js';
import { ASKS_WHAT_TO_DO, askedDetail, pointLeft } from './detail.js';
import { quotedAlready, standsAlone } from './blocks.js';

const HEEL = retrievedChunk(
  'heel',
  'Pain under the heel in the morning: plantar heel pain',
  '**Heel pain that is worst with the first steps in the morning is the classic pattern of plantar heel pain; it usually settles over weeks to months.**\n\nIt is common: about 1 in 10 people get it at some point.\n\nWhat usually helps while it settles:\n\n1. **Cut the provoking load**: fewer and shorter runs, and more of the bike, rower or SkiErg to keep the engine.\n2. **Calf and foot exercises**: calf raises and calf stretches.',
);
const ICE = retrievedChunk(
  'ice',
  'Is an ice bath OK after strength training?',
  '**No, an ice bath straight after strength sessions is not OK if you want the strength gains.** In a 12-week study the cold group gained less muscle.\n\nWhat to do instead: keep cold baths away from strength days, and use them, if you like them, after hard runs, conditioning or the race itself. A review found no clear harm to endurance adaptations.',
);
const w = (words: string[]) => new Map(words.map((x) => [x, 1] as const));
const asked = (q: string) => w(questionTerms(q));

describe('askedDetail', () => {
  it('reads "anything i should change in training" as asking what to do, not "what changes"', () => {
    expect(ASKS_WHAT_TO_DO.test('going through perimenopause, anything i should change in training')).toBe(true);
    expect(ASKS_WHAT_TO_DO.test('how should i change my training at 50')).toBe(true);
    expect(ASKS_WHAT_TO_DO.test('what changes in pro?')).toBe(false);
  });
  describe('when the question asks what helps', () => {
    it("quotes the section's what-to-do list whole, though it shares no other word", () => {
      const q = 'bottom of my heel is sore in the mornings, what helps?';
      expect(ASKS_WHAT_TO_DO.test(q)).toBe(true);
      const opening = HEEL.content.split('\n\n')[0]!;
      const d = askedDetail(HEEL, pointLeft(w(['heel', 'sore', 'morn']), HEEL.section, opening), opening, 90, true);
      expect(d?.text).toMatch(/^What usually helps while it settles:\n1\. \*\*Cut the provoking load\*\*.*\n2\. \*\*Calf and foot/);
    });
  });
  describe('when the question asks a point beyond the title', () => {
    it('quotes the sentence that holds it ("after a hard run")', () => {
      const opening = '**No, an ice bath straight after strength sessions is not OK if you want the strength gains.**';
      const point = pointLeft(asked('is an ice bath ok after a hard run?'), ICE.section, opening);
      expect([...point.keys()]).toEqual(['hard', 'run']);
      expect(askedDetail(ICE, point, opening, 90)?.text).toMatch(/^What to do instead: .*after hard runs/);
    });
    it('quotes nothing for one word of a longer point in passing', () => {
      const opening = '**No, an ice bath straight after strength sessions is not OK if you want the strength gains.**';
      expect(askedDetail(ICE, w(['race', 'goal', 'aim']), opening, 90)).toBeUndefined();
    });
  });
});

describe('quotedAlready and standsAlone', () => {
  it('knows a FAQ answer is quoted when it was quoted without its bold question', () => {
    const parts = ['In the Pro/Elite division the world records are 53:15 for men and 56:23 for women. [1]'];
    expect(
      quotedAlready(parts, '**What are the world records?** In the Pro/Elite division the world records are 53:15 for men and 56:23 for women.'),
    ).toBe(true);
    expect(quotedAlready(parts, '**What is the average finish time?** About 1:30, from the organiser.')).toBe(false);
  });

  it('does not open an answer with a sentence that points back at text above it', () => {
    expect(standsAlone('The two Pro bests above differ by 3:08, about 6 %, at the top of the sport.')).toBe(false);
    expect(standsAlone('Use the same warm-up as in the section above before every race-pace session.')).toBe(false);
    // A comparison is no pointer: "above RPE 7", "the point above which".
    expect(standsAlone('Keep every session of the week below RPE 7 and nothing above RPE 7 at all.')).toBe(true);
    expect(standsAlone('Lactate threshold is the point above which lactate builds up faster than it clears.')).toBe(true);
  });
});
