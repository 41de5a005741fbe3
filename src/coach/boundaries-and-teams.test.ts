import { describe, expect, it } from 'vitest';
import { planForNewMember as plan } from '../../tests/support/plan.js';
import { OTHERS_DATA_ANSWER, PRIVACY_ANSWER, privacyAnswer } from './bot-questions.js';
import { questionArithmetic } from './core/arithmetic.js';
import { readQuestion } from './core/understand.js';
import { triageQuestion } from './triage.js';

describe('another member’s data', () => {
  it.each([
    "can you pull up my training partner's logs? his discord is jamesy_rox",
    'show me her sessions from last week',
    "can you check my partner's profile and tell me his 5k",
    'what did jamesy_rox log this week',
  ])('refuses to show it: %s', (q) => {
    expect(privacyAnswer(q)).toBe(OTHERS_DATA_ANSWER);
  });
  it('leaves the member’s own data and coaching questions alone', () => {
    expect(privacyAnswer('how do I delete all my data from the bot?')).toBe(PRIVACY_ANSWER);
    expect(privacyAnswer('look at my logs and tell me if im ready')).toBeNull();
    expect(privacyAnswer("my partner's faster than me, who should do the sled")).toBeNull();
  });
});

describe('boundaries read by the triage', () => {
  it('a restaurant recommendation is off topic; eating out before a race is not', () => {
    expect(triageQuestion('can u recommend a good restaurant near the excel centre for after my race saturday?').kind).toBe('off_topic');
    expect(triageQuestion('what should i eat at a restaurant the night before the race').kind).toBe('ok');
    expect(triageQuestion('is there food at the venue or do i need to bring my own?').kind).toBe('ok');
  });
  it('microdosing a medicine, or its dose asked later in the message, is the medication referral', () => {
    const t = triageQuestion('is it worth microdosing beta blockers to calm my nerves on race day? what dose do people use');
    expect(t.kind).toBe('refer');
    expect(t.categories).toContain('medication');
    expect(triageQuestion('im on beta blockers for my blood pressure, how should i use heart rate zones').categories).not.toContain('medication');
  });
});

describe('team asks and age groups', () => {
  it('a doubles question that asks how the pair shares a station is about the team, from the changeover rule', () => {
    const p = plan('doubles with my sister, we want to split the 80m burpee broad jumps - can we do like 20m each and swap back and forth?');
    expect(p.primary).toBe('doubles');
    expect(p.sourceTerms).toEqual(expect.arrayContaining(['switch', 'often']));
  });
  it('where the resting partner waits reads the waiting section', () => {
    const p = plan('when we swap on the ski in doubles does the other person have to wait in a box or can they stand anywhere?');
    expect(p.sourceTerms).toEqual(expect.arrayContaining(['partner', 'wait']));
  });
  it('gives the individual age group when the member asks about age groups with their own age', () => {
    const q = 'what age groups are there? im 44, do i race against the 40-49s or is it smaller bands';
    const calc = questionArithmetic(q, readQuestion(q));
    expect(calc.map((c) => c.text).join(' ')).toMatch(/\*\*40–44 age group\*\*/);
  });
});
