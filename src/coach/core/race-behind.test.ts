import { describe, expect, it } from 'vitest';
import { planForNewMember as plan } from '../../../tests/support/plan.js';
import { outOfScope } from './scope.js';
import { memberTerms } from './topics.js';
import { raceJustRun, readQuestion, withoutRaceRun } from './understand.js';

// A race the member has already run: the days after it, not the days before it (tense).
describe('a race already run', () => {
  it.each([
    'raced hyrox on saturday, what should i do this week',
    'did my first hyrox yesterday, legs are wrecked. when can i train again',
    'just finished hyrox london on sunday, when can i run again?',
    'my race was last weekend, is it ok to do a hard session today (thursday)?',
    'had my race 2 days ago and still sore as hell, normal?',
    'competed in doubles saturday, what should this week look like training wise',
    'did 1:32 at my race yesterday, was aiming for 1:25',
  ])('reads "%s" as after the race', (q) => {
    expect(raceJustRun(q)).toBe(true);
  });

  it.each([
    'race is on saturday, what should i do this week',
    'race is sunday, should i train saturday?',
    'did my race sim on saturday, how should this week look',
    'just finished my long run, what should i eat',
    'first hyrox next saturday, what do i do this week',
    'raced saturday, next race in 6 weeks, what now',
    'my race was moved to saturday',
    // Hyrox training, a class or a session is not a race run.
    'did hyrox training yesterday, legs are wrecked, should i rest today?',
    'did a hyrox class this morning and my knee hurts',
    'completed a hyrox style session on monday',
    'just finished a hyrox workout, what should i eat',
  ])('does not read "%s" as after the race', (q) => {
    expect(raceJustRun(q)).toBe(false);
  });

  it('makes the week after a race recovery, not a taper or a readiness check', () => {
    const p = plan('raced hyrox on saturday, what should i do this week');
    expect(p.primary).toBe('recovery');
    expect(p.intents).not.toContain('taper');
    expect(p.memberTerms).toEqual(expect.arrayContaining(['week', 'after', 'race', 'recover']));
    expect(plan('did my first hyrox yesterday, legs are wrecked. when can i train again').intents).not.toContain('readiness');
    // A readiness score the member gives still runs the check.
    expect(readQuestion('did my hyrox yesterday, readiness 3 today, train or rest?').intents).toContain('readiness');
    // The race was run in doubles: the days after it lead, not the doubles rules.
    expect(plan('competed in doubles saturday, what should this week look like training wise').primary).toBe('recovery');
  });

  it('does not read a race done as the day before a race, and feeling flat after it is the post-race low', () => {
    expect(memberTerms('raced on saturday, should i train sunday?')).not.toContain('shakeout');
    expect(memberTerms('race is sunday, should i train saturday?')).toContain('shakeout');
    expect(memberTerms('did hyrox last saturday and felt flat and down all week since, is that a thing')).toEqual(
      expect.arrayContaining(['post-race', 'blues']),
    );
  });

  it('weighs the question without the race run and its day', () => {
    expect(withoutRaceRun('raced hyrox on saturday, what should i do this week')).toBe(', what should i do this week');
    expect(withoutRaceRun('race is on saturday, what should i do this week')).toBe('race is on saturday, what should i do this week');
  });
});

describe('kit in the race and the team rules', () => {
  it('reads a weight vest in the race as extra load, not clothing', () => {
    const q = 'can i wear a weight vest in the race';
    expect(readQuestion(q).intents).toContain('gear');
    expect(memberTerms(q)).toEqual(expect.arrayContaining(['own', 'equipment', 'division', 'standard']));
    expect(memberTerms('should i train with a weighted vest on my long runs')).not.toContain('organiser');
    const wear = 'What should I wear for my first Hyrox? Are shorts and a T-shirt fine?';
    expect(outOfScope(wear, q, readQuestion(q))).toBe(true);
    expect(outOfScope(wear, 'vest or tshirt for the sandbag lunges', readQuestion('vest or tshirt for the sandbag lunges'))).toBe(false);
    // A running vest is a top.
    expect(outOfScope(wear, 'running vest or tshirt on race day?', readQuestion('running vest or tshirt on race day?'))).toBe(false);
    // The training section on the vest says the race has none: it stays in scope for the race question.
    expect(outOfScope('Should I train with a weight vest for Hyrox, and how heavy?', q, readQuestion(q))).toBe(false);
  });

  it('reads the doubles rules and a doubles penalty as the team rules, not the movement standards', () => {
    expect(plan('what are the rules for hyrox doubles').topicTerms).toEqual(expect.arrayContaining(['doubles', 'rules']));
    expect(plan('what are the rules for hyrox doubles').topicTerms).not.toContain('movement');
    expect(memberTerms('whats the penalty in doubles if my partner runs ahead of me')).toEqual(
      expect.arrayContaining(['doubles', 'rules', 'together']),
    );
    expect(plan('relay penalty rules, what gets us penalised').topicTerms).toEqual(expect.arrayContaining(['relay', 'rules']));
    // A station's standard asked in doubles stays the movement standard.
    expect(plan('doubles wall ball rules, what counts as a no rep').topicTerms).toContain('movement');
  });
});

describe('narrow sections', () => {
  const out = (title: string, q: string) => outOfScope(title, q, readQuestion(q));
  it('answers blisters for blisters, not for a foot shape', () => {
    const blisters = 'Blisters on my feet: which socks, shoe fit, tape, and how do I look after a blister?';
    expect(out(blisters, 'i have wide feet and overpronate, what shoes')).toBe(true);
    expect(out(blisters, 'what socks should i race in')).toBe(false);
    expect(out(blisters, 'getting blisters on my heels from the lunges')).toBe(false);
  });
  it('answers two races apart for a race ahead, not for the days after one already run', () => {
    const two = 'Two Hyrox races a few weeks apart: how do I train between them?';
    expect(out(two, 'my race was last weekend, is it ok to do a hard session today (thursday)?')).toBe(true);
    expect(out(two, 'raced saturday, next race in 6 weeks, what now')).toBe(false);
    expect(out(two, 'doing hyrox in march and again 4 weeks later, how do i train in between')).toBe(false);
  });
  it('answers the sauna and the ice bath only for those', () => {
    expect(out('Is a sauna OK after training?', 'my race was last weekend, is it ok to do a hard session today?')).toBe(true);
    expect(out('Is a sauna OK after training?', 'is a sauna ok after a hard session')).toBe(false);
    expect(out('Is an ice bath OK after strength training?', 'ice bath after lifting, yes or no')).toBe(false);
  });
});
