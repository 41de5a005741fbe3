import { describe, expect, it } from 'vitest';
import { runBuild, taperMinutes, usualWeekMinutes } from './week-volume.js';

describe('usualWeekMinutes', () => {
  it('reads the week from minutes or hours a week, sessions times their length, or "normally"', () => {
    expect(usualWeekMinutes('i do about 300 minutes a week')).toBe(300);
    expect(usualWeekMinutes('my usual week is 7 hours')).toBe(420);
    expect(usualWeekMinutes('this week i did 5 sessions of 70 min')).toBe(350);
    expect(usualWeekMinutes('3 times a week, about an hour each')).toBe(180);
    expect(usualWeekMinutes('4 x 60 min sessions')).toBe(240);
    expect(usualWeekMinutes('if i normally train 6 hours')).toBe(360);
  });
  it('is not a week for short pieces or sleep', () => {
    expect(usualWeekMinutes('2 times 10 min on the bike')).toBeUndefined();
    expect(usualWeekMinutes('normally 8 hours of sleep')).toBeUndefined();
  });
});

describe('taperMinutes', () => {
  it("applies the phase engine's taper cuts to the member's week", () => {
    const [c] = taperMinutes('how long should my taper be and how many minutes a week if i normally train 6 hours?');
    expect(c?.kind).toBe('taper');
    expect(c?.text).toContain('last 2 weeks');
    expect(c?.text).toContain('200 min two weeks out (−45 %), 160 min one week out (−55 %), 145 min in race week (−60 %)');
  });
  it('needs the word taper and a week', () => {
    expect(taperMinutes('i normally train 6 hours, deload?')).toEqual([]);
    expect(taperMinutes('how long is a taper?')).toEqual([]);
  });
});

describe('runBuild', () => {
  it('counts the weeks from one weekly distance to another at 10–20 % a week with lighter weeks', () => {
    const [c] = runBuild('running 15km a week at the moment. how many weeks to get to 30km a week safely?');
    expect(c?.text).toContain('From 15 to 30 km a week');
    expect(c?.text).toContain('about 5–10 weeks');
  });
  it("says the race's 8 km is eight runs of 1 km", () => {
    const [c] = runBuild('right now i can run about 2km before i have to stop. how do i build up to the 8km of running in hyrox?');
    expect(c?.text).toContain('8 runs of 1 km');
  });
  it('leaves a rate the member gives to the rate sum, and needs a build ask', () => {
    expect(runBuild('from 20km a week to 30km adding 10% a week, how many weeks?')).toEqual([]);
    expect(runBuild('i ran 5km to the gym then 10km home')).toEqual([]);
  });
});
