import { describe, expect, it } from 'vitest';
import { retrievedChunk } from '../../retrieval/chunk-fixture.js';
import { questionTerms } from '../core/passages.js';
import { answerFirst, givesAsked, leadAsk } from './lead.js';

/** Rule questions asked about a partner or the team ("can one of us…", "does it have to be…") are permission asks. */
describe('leadAsk: rules asked about a team', () => {
  it('reads "does it have to be", "can one of us", "does he have to" as a permission ask', () => {
    expect(leadAsk('in doubles can one of us just do the whole row while the other rests?')?.kind).toBe('permission');
    expect(leadAsk('or does it have to be split evenly')?.kind).toBe('permission');
    expect(leadAsk('does he have to run the km before his station')?.kind).toBe('permission');
    expect(leadAsk('can my partner hold the rope while i pull')?.kind).toBe('permission');
  });
  it('leaves open asks alone', () => {
    expect(leadAsk('who should do which station in doubles')).toBeUndefined();
    expect(leadAsk('how do we get faster as a team')).toBeUndefined();
  });
});

describe('givesAsked: a rule said without "allowed"', () => {
  const ask = { kind: 'permission' } as const;
  it('"does not have to", "any split", "no limit" state a rule', () => {
    expect(givesAsked('The runner of a leg does not have to do the station after it.', ask, 'q')).toBe(true);
    expect(givesAsked('Work can be shared in any proportion between the two.', ask, 'q')).toBe(true);
    expect(givesAsked('There is no limit on changeovers.', ask, 'q')).toBe(true);
  });
  it('advice is no rule', () => {
    expect(givesAsked('Share every station rather than giving whole stations to one partner.', ask, 'q')).toBe(false);
  });
});

describe('answerFirst: the rule leads a permission ask', () => {
  const q = 'relay: can one of us do two stations back to back? does he have to run the km before each one';
  const relay = retrievedChunk(
    'relay',
    'Relay rules: legs and who does what',
    '**In a relay each of the four athletes runs two legs and does two stations, and the team decides who does which**. The athlete who runs a leg does not have to do the station that follows it, so a team can give the stations to its strongest athletes.',
  );
  it('moves the sentence that states the rule ahead of the section summary', () => {
    const parts = [
      '**In a relay each of the four athletes runs two legs and does two stations, and the team decides who does which**. The athlete who runs a leg does not have to do the station that follows it, so a team can give the stations to its strongest athletes. [1]',
    ];
    const out = answerFirst(parts, {
      question: q,
      focus: new Map(questionTerms(q).map((w) => [w, 1])),
      passages: [relay],
      citeOf: () => 1,
      cited: () => relay,
    });
    expect(out[0]).toMatch(/^The athlete who runs a leg does not have to do the station/);
    expect(out.join(' ')).toMatch(/team decides who does which/);
  });
});
