import { describe, expect, it } from 'vitest';
import { titledForTheAsk } from './referral-fit.js';

describe('titledForTheAsk', () => {
  describe('when a referral question is answered from a section titled for it', () => {
    it('counts the answer as specific (two or more of its own words in the title)', () => {
      expect(
        titledForTheAsk('had my baby 8 weeks ago, when can i start running and doing hyrox sessions again?', [
          { section: 'Returning to running and Hyrox training after birth: when can I start again?' },
        ]),
      ).toBe(true);
    });
  });
  describe('when the section shares one word or none', () => {
    it('does not', () => {
      expect(titledForTheAsk('had my baby 8 weeks ago, can i do burpees?', [{ section: 'Burpee broad jumps: how far to jump' }])).toBe(false);
      expect(titledForTheAsk('had my baby 8 weeks ago, can i do burpees?', [])).toBe(false);
    });
  });
});
