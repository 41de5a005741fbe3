import { describe, expect, it } from 'vitest';
import { ageGroupOf, ageLoadsText, asksAgeLoads } from './age-loads.js';

describe('loads by age', () => {
  it('reads an older athlete or an age group asking about lighter, heavier or the same loads', () => {
    for (const q of [
      'do 60 year olds get lighter sleds?',
      'do the older age groups get lighter sleds? im 62 and racing open men in march',
      '51 year old woman here, is the sandbag for lunges lighter in my age category or same as everyone',
      'are the weights different for masters?',
      'over 50s - does the sled weight change?',
    ])
      expect(asksAgeLoads(q), q).toBe(true);
  });
  it('leaves body weight, training loads and age questions without loads alone', () => {
    for (const q of [
      'do lighter people get a lighter sled?',
      'what age group am i in at 47?',
      'im 55, how much should i lift in training?',
      'is a 60 kg sled push in training enough?',
      'is the sled lighter for women?',
    ])
      expect(asksAgeLoads(q), q).toBe(false);
  });
  it('answers no: the division sets the loads, the age group the ranking, with the member’s division and station', () => {
    const text = ageLoadsText(62, 'open_men', []);
    expect(text).toMatch(/^\*\*No: loads are set by division \(Open or Pro, women or men\), not by age group\*\*/);
    expect(text).toMatch(/a 62-year-old in Open Men races the same Sled Push 50 m at 152 kg as a 25-year-old in Open Men/);
    expect(text).toMatch(/\(60–64 at 62, by your age on race day\) changes who you are ranked against, not the weights/);
    expect(ageLoadsText(51, 'open_women', ['sandbag_lunges'])).toMatch(/Sandbag Lunges 100 m at 10 kg/);
    expect(ageLoadsText(undefined, undefined, [])).toMatch(/152 kg .* every division/);
  });
  it('names the individual age groups of the facts file', () => {
    expect([16, 24, 25, 47, 60, 64, 69, 70, 81].map(ageGroupOf)).toEqual([
      '16–24',
      '16–24',
      '25–29',
      '45–49',
      '60–64',
      '60–64',
      '65–69',
      '70+',
      '70+',
    ]);
  });
});
