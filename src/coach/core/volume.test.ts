import { describe, expect, it } from 'vitest';
import { readQuestion } from './understand.js';
import { volumeVerdict } from './volume.js';

const verdict = (q: string) => volumeVerdict(q, readQuestion(q))[0]?.text ?? '';

describe('a verdict on the week’s volume, first, with the knowledge base’s numbers', () => {
  it('weighs a week against what the goal’s tier takes', () => {
    const v = verdict('is 45 min 4 days a week enough for sub 1:30?');
    expect(v).toMatch(
      /^\*\*Probably not on its own:\*\* 4 sessions × 45 min = 3 h a week is below what sub-1:30 typically takes \(5 sessions a week, 6–8 hours, 25–40 km/,
    );
    expect(verdict('i train 8 hours a week, is that enough for sub 1:15?')).toMatch(
      /^\*\*Yes, that is in range for 1:15:\*\*.*sub-1:15 typically takes \(6 sessions a week, 8–10 hours/,
    );
    // A goal between two tiers needs at least the slower tier's volume.
    expect(verdict('is running 20km a week enough for a sub 1:20 hyrox')).toMatch(
      /^\*\*Probably not on its own:\*\* 20 km of running a week is below what sub-1:30/,
    );
  });
  it('answers runs a week, an added session or run, six days and a first race by the hours rule', () => {
    expect(verdict('can i get away with 2 runs a week')).toMatch(/^\*\*Yes, if you train about 4 hours a week:\*\*/);
    expect(verdict('can i get away with 1 run a week')).toMatch(/^\*\*No, one run a week is too little/);
    expect(verdict('can i add an extra session, currently doing 4')).toMatch(
      /^\*\*Yes, if your hours and your recovery allow it:\*\* a fifth session fits from about 6 hours a week/,
    );
    expect(verdict('i train 5 hours a week over 4 sessions, can i add another session?')).toMatch(
      /^\*\*Not on 5 h a week:\*\* the plans use 4 sessions/,
    );
    expect(verdict('can i add another run? i do 3 a week')).toMatch(/^\*\*Yes, if you train 8 hours a week or more/);
    expect(verdict('can i train 6 days a week or is that too much')).toMatch(/^\*\*Not too much if you have 8–10 hours and keep one full rest day/);
    expect(verdict('is 3 sessions a week enough to do a hyrox')).toMatch(/^\*\*Yes, to finish a Hyrox:\*\* 3 sessions a week/);
    expect(verdict('how many sessions a week for a first hyrox')).toMatch(/^\*\*3–4 sessions a week for a first Hyrox/);
  });
  it('counts hard days for an athlete of 50 or over by the masters rule, not the week’s sessions', () => {
    expect(verdict('im 53 and just signed up for my first hyrox, how many hard sessions a week can i handle')).toMatch(
      /^\*\*Three hard sessions a week at 53, four at most, with at least 48 hours between them/,
    );
    expect(verdict('57 year old, how many intense workouts a week should i do')).toMatch(/^\*\*Three hard sessions a week at 57/);
    // Under 50, or sessions of every kind, keep the hours rule.
    expect(verdict('im 35, how many hard sessions a week for a first hyrox')).not.toMatch(/Three hard sessions/);
    expect(verdict('im 55, how many sessions a week for a first hyrox')).toMatch(/^\*\*3–4 sessions a week for a first Hyrox/);
  });
  it('leaves one kind of session, spacing and today’s readiness to their own answers', () => {
    expect(verdict('how many times a week should i do sled work')).toBe('');
    expect(verdict('is once a week enough for strength?')).toBe('');
    expect(verdict('im 61 and recovery takes forever now. how many days should i leave between hard sessions')).toBe('');
    expect(verdict('readiness 9 today, can i add an extra session?')).toBe('');
    expect(verdict('what should i eat before a race')).toBe('');
  });
  it('counts sessions from the hours available as the periodization table does (a seventh from 12 h)', () => {
    expect(verdict('i train 6 sessions, about 11 hours a week. can i add another session?')).toMatch(
      /^\*\*Not on 11 h a week:\*\* the plans use 6 sessions at that time, and 7 from about 12 hours/,
    );
  });
});

describe('a week asked as a condition', () => {
  it('gives the runs verdict for "only run twice a week" and "running once a week"', () => {
    const twice = 'can i do hyrox training if i only run twice a week';
    expect(volumeVerdict(twice, readQuestion(twice))[0]?.text).toMatch(/^\*\*Yes, if you train about 4 hours a week:\*\* two runs a week/);
    const once = 'is running once a week enough for hyrox';
    expect(volumeVerdict(once, readQuestion(once))[0]?.text).toMatch(/^\*\*No, one run a week is too little/);
  });
});

describe('sessions a week asked with the hours given', () => {
  it('gives the count for those hours before the rule', () => {
    expect(verdict('i can train about 5 hrs a week. how many sessions a week should that be? thinking 2 runs + 2 gym + 1 class')).toMatch(
      /^\*\*4 sessions a week at 5 h:\*\* the count follows your training hours/,
    );
  });
});

describe('how many runs a week', () => {
  it('gives the runs for the hours said ("i have about 6 hours to train"), and three for most athletes without hours', () => {
    const q = 'how many times a week should i run? i have about 6 hours to train';
    const f = readQuestion(q);
    expect(f.hoursPerWeek).toBe(6);
    expect(volumeVerdict(q, f)[0]?.text).toMatch(/^\*\*Three runs a week at 6 h/);
    const q2 = 'how many runs a week do i actually need for hyrox?';
    expect(volumeVerdict(q2, readQuestion(q2))[0]?.text).toMatch(/^\*\*Three runs a week for most athletes/);
    const q3 = 'how often should i run, i train about 4 hours a week';
    expect(volumeVerdict(q3, readQuestion(q3))[0]?.text).toMatch(/^\*\*Two runs a week/);
  });
});
