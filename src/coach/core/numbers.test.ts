import { describe, expect, it } from 'vitest';
import { memberClocks, sessionMinutes, stoneMasses } from './numbers.js';

describe('memberClocks', () => {
  it('reads dot times as clock times where a pace, a split or a list says so', () => {
    expect(memberClocks('4.45/km whats that per mile')).toBe('4:45/km whats that per mile');
    expect(memberClocks('rowed 1k in 3.58, what was my 500 split')).toBe('rowed 1k in 3:58, what was my 500 split');
    expect(memberClocks('run splits 4.45, 4.50, 4.58, 5.02. total?')).toBe('run splits 4:45, 4:50, 4:58, 5:02. total?');
    expect(memberClocks('finished 1.32.10')).toBe('finished 1:32:10');
    expect(memberClocks('1.55 per 500')).toBe('1:55 per 500');
  });

  it('leaves decimals with a unit or without a time context alone', () => {
    expect(memberClocks('ran 4.45 km in 25 min')).toBe('ran 4.45 km in 25 min');
    expect(memberClocks('weighed 78.45 kg')).toBe('weighed 78.45 kg');
    expect(memberClocks('in 2.25 hours')).toBe('in 2.25 hours');
    expect(memberClocks('i weigh 78.45 and want protein')).toBe('i weigh 78.45 and want protein');
  });

  it('reads a dot time after the run, split or target it belongs to', () => {
    expect(memberClocks('first km 4.32 last km 5.40 whats the drop off %')).toBe('first km 4:32 last km 5:40 whats the drop off %');
    expect(memberClocks('run 1 4.05 run 8 5.12')).toBe('run 1 4:05 run 8 5:12');
    expect(memberClocks('ski erg 1k target is 4.20 whats that per 500')).toBe('ski erg 1k target is 4:20 whats that per 500');
    expect(memberClocks('my pb of 19.45')).toBe('my pb of 19:45');
    expect(memberClocks('target is 72.40 kg')).toBe('target is 72.40 kg');
    expect(memberClocks('run 1 4.5 km')).toBe('run 1 4.5 km');
  });

  it('reads hours and minutes run together as a clock time', () => {
    expect(memberClocks('finished in 1hr32, runs 44 min')).toBe('finished in 1:32:00, runs 44 min');
    expect(memberClocks('a 1h 10m run')).toBe('a 1:10:00 run');
    expect(memberClocks('1 hour 20 min long run')).toBe('1:20:00 long run');
    expect(memberClocks('1h 20 wall balls')).toBe('1h 20 wall balls');
    expect(memberClocks('6h 30 a week')).toBe('6h 30 a week');
  });
});

describe('sessionMinutes', () => {
  it('reads a session length in the forms members use', () => {
    expect(sessionMinutes(memberClocks('after a 1hr10 run'))).toBe(70);
    expect(sessionMinutes('90 minute run')).toBe(90);
    expect(sessionMinutes('1.5h ride')).toBe(90);
    expect(sessionMinutes('no time here')).toBeUndefined();
  });
});

describe('stoneMasses', () => {
  it('puts a body mass in stones (and pounds) in kilograms', () => {
    expect(stoneMasses('i weigh 11 stone')).toBe('i weigh 69.9 kg');
    expect(stoneMasses("i'm 9st 4lb. how many grams")).toBe("i'm 59 kg. how many grams");
    expect(stoneMasses('im 12 stone 6, protein?')).toBe('im 78.9 kg, protein?');
    expect(memberClocks('carbs at 8 g/kg, 11st')).toBe('carbs at 8 g/kg, 69.9 kg');
  });
  it('leaves ordinals and numbers that are no body mass alone', () => {
    expect(stoneMasses('race is on the 21st')).toBe('race is on the 21st');
    expect(stoneMasses('my 1st hyrox')).toBe('my 1st hyrox');
    expect(stoneMasses('lost 2 stone')).toBe('lost 2 stone');
  });
});
