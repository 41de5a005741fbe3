import { describe, expect, it } from 'vitest';
import { readQuestion } from './understand.js';
import { questionArithmetic } from './arithmetic.js';
import { repeatAsks, runningPacesLine, trainingPaceCalculations } from './run-paces.js';

const paces = (q: string) => trainingPaceCalculations(q, readQuestion(q)).map((c) => c.text);

describe('repeatAsks', () => {
  it('reads counts and distances', () => {
    expect(repeatAsks('6 x 1km repeats')).toEqual([{ reps: 6, distanceM: 1000 }]);
    expect(repeatAsks('400m repeats or 1k repeats')).toEqual([{ distanceM: 400 }, { distanceM: 1000 }]);
    expect(repeatAsks('5 x 5k')).toEqual([]);
  });
});

describe('trainingPaceCalculations', () => {
  it('gives the repeat pace from the 5 km, not the race model (6 x 1 km, 5k 24:00 → 5:00/km)', () => {
    const [text] = paces('what pace should i run 6 x 1km repeats at? my 5k is 24:00');
    expect(text).toMatch(/^\*\*6 × 1 km from a 24:00 5 km: about 5:00\/km, your 10 km pace/);
    expect(text).toMatch(/Hyrox race pace 5:20\/km/);
  });
  it('writes a session when one is asked for', () => {
    expect(paces('give me an interval session for hyrox, 5k time 23:15')[0]).toMatch(/Interval session from your 23:15 5 km[^]*5 × 1 km at 4:51\/km/);
  });
  it('adds the interval paces to the pace list when intervals are asked', () => {
    expect(paces('5k PB 21:30. what paces for my training - easy, tempo, intervals?')[0]).toMatch(
      /intervals: 1 km repeats at 10 km pace \*\*4:29\/km\*\*/,
    );
  });
  it('says which repeats suit Hyrox when two distances are compared', () => {
    expect(paces('should i do 400m repeats or 1km repeats? 5k is 25 min')[0]).toMatch(/8 × 400 m[^]*5 × 1 km[^]*1 km repeats are the staple/);
  });
  it('leaves station and erg repeats alone', () => {
    expect(paces('what pace for 5 x 500m row repeats, 5k is 24:00')).toEqual([]);
  });
});

describe('runningPacesLine', () => {
  it('gives the paces under an ask to fix the running, from the 5 km it gives', () => {
    const q = 'crossfit background, strong but my running is awful (5k 28 min). how do i fix the running for hyrox';
    expect(runningPacesLine(q, readQuestion(q))).toMatch(/^\*\*Your paces:\*\* from a fresh 28:00 5 km: [^]*easy runs \*\*6:50–7:20\/km\*\*/);
  });
  it('says nothing without a 5 km or without an ask about the running', () => {
    expect(runningPacesLine('how do i fix my running for hyrox', readQuestion('how do i fix my running for hyrox'))).toBeUndefined();
    const q = 'my 5k is 25 min, how heavy is the sled push';
    expect(runningPacesLine(q, readQuestion(q))).toBeUndefined();
  });
});

describe('pace zones and a faster 5 km or 10 km', () => {
  it('gives every training pace when the member asks for pace zones', () => {
    const q = 'what are the run pace zones i should use for hyrox training, 5k 24:00';
    expect(
      questionArithmetic(q, readQuestion(q))
        .map((c) => c.text)
        .join(' '),
    ).toMatch(/threshold[^]*5:03\/km[^]*easy runs \*\*6:00–6:30\/km/);
  });
  it('reads a 10 km time said with "currently" and adds the paces under an ask to improve it', () => {
    const q = 'how do i improve my 10k time, currently 55 min, for hyrox';
    expect(readQuestion(q).tenKmSec).toBe(3300);
    expect(runningPacesLine(q, readQuestion(q))).toMatch(/from a fresh 55:00 10 km/);
  });
  it('adds the paces when the member wants to get a 5 km under a time', () => {
    const q = '5k is 25 mins, want to get under 22 before my hyrox in 4 months. how do i train for that';
    expect(runningPacesLine(q, readQuestion(q))).toMatch(/threshold \(about your 1-hour pace\) \*\*5:15\/km/);
  });
});
