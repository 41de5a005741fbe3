import { describe, expect, it } from 'vitest';
import { outOfScope } from './scope.js';
import { memberTerms } from './topics.js';
import { judgesATime, readQuestion } from './understand.js';

// Race-day, rules and masters questions in members' words: each reaches the section that answers it.
describe('race-day and rules routing', () => {
  it.each([
    ['whats the start pen thing, when do i need to be in it', ['timeline', 'pen']],
    ['are there judges at every station or only at some', ['judges']],
    ['did the rules change this season? anything new for 25/26', ['rule', 'changes', 'season']],
    ["what's elite 15 and how do you get into it", ['elite', 'professional']],
    ['can i switch from doubles to singles after i registered?', ['division', 'transfer']],
    ['pro or open for my first race? im a decent crossfitter', ['right', 'division']],
    ["what's a good time for a 45-49 woman in open?", ['age', 'groups', 'wins']],
    ['can i bring my own gels and eat them on the course', ['in-race', 'fuelling']],
    ['first ever hyrox - doubles with my mate or solo? which is the better shout', ['open', 'doubles', 'verdict']],
    ['should i do singles or doubles for my first race', ['open', 'doubles', 'verdict']],
  ])('%s', (q, words) => {
    expect(memberTerms(q)).toEqual(expect.arrayContaining(words));
  });

  it('keeps nerves in the start pen a nerves question, and a gel eaten there the pre-race snack', () => {
    expect(memberTerms('super nervous, i get the shakes in the start pen')).toContain('nerves');
    expect(memberTerms('whats the start pen thing, when do i need to be in it')).not.toContain('nerves');
  });

  it('does not read changing the entry as doubles changeovers, nor gels as kit of ones own', () => {
    expect(memberTerms('can i switch from doubles to singles after i registered?')).not.toContain('changeovers');
    expect(memberTerms('can i bring my own gels and eat them on the course')).not.toContain('equipment');
    expect(memberTerms('pro or open weights for women?')).not.toContain('right');
  });
});

describe('narrow race-day sections', () => {
  const out = (title: string, q: string) => outOfScope(title, q, readQuestion(q));
  it('answers the start-pen routine only for nerves', () => {
    expect(out('Nervous before my first Hyrox: a start-pen routine', 'whats the start pen thing, when do i need to be in it')).toBe(true);
    expect(out('Nervous before my first Hyrox: a start-pen routine', 'so nervous in the start pen, how do i calm down')).toBe(false);
  });
  it('answers laps and judges only when asked about them', () => {
    const laps = 'Who counts my laps, and what happens if I miss a lap or a station?';
    expect(out(laps, 'first race in doubles, do we get judged differently')).toBe(true);
    expect(out(laps, 'what happens if i accidentally miss a run lap?')).toBe(false);
    expect(out('Are there judges at every station? What Hyrox judges do', 'are there judges at every station')).toBe(false);
  });
  it('answers a change of entry, not a doubles changeover', () => {
    const entry = 'Can I change my division, switch from doubles to singles, or transfer my ticket after registering?';
    expect(out(entry, 'can we switch as often as we like in doubles?')).toBe(true);
    expect(out(entry, 'can i switch from doubles to singles after i registered?')).toBe(false);
  });
});

describe('judgesATime', () => {
  it('reads "is sub 1:30 decent" as a benchmark, not a race to pace', () => {
    expect(judgesATime("what's a good time for a 45-49 woman in open? i want to know if sub 1:30 is decent")).toBe(true);
    expect(judgesATime('is 1:35 a good time for a first race?')).toBe(true);
  });
  it('keeps a pacing ask a pacing ask', () => {
    expect(judgesATime('is 1:30 a good time, and how should i pace it?')).toBe(false);
    expect(judgesATime('going for 1:30 open women, give me my splits')).toBe(false);
  });
});
