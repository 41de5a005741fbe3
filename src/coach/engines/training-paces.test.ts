import { describe, expect, it } from 'vitest';
import { repeatOptions, trainingPaces } from './training-paces.js';
import { formatPace } from './time.js';

describe('trainingPaces', () => {
  it('matches the knowledge base table for a 25:00 5 km (10 km 5:13, threshold 5:15, Hyrox 5:33, easy 6:13–6:43)', () => {
    const p = trainingPaces(25 * 60);
    expect([p.tenKm, p.threshold, p.hyrox, p.easy[0], p.easy[1], p.fiveKm].map(formatPace)).toEqual([
      '5:13/km',
      '5:15/km',
      '5:33/km',
      '6:13/km',
      '6:43/km',
      '5:00/km',
    ]);
  });
});

describe('repeatOptions', () => {
  const paces = trainingPaces(24 * 60);
  it('leads six 1 km repeats with 10 km pace and 2 min jog, keeping the asked count', () => {
    const [lead, ...rest] = repeatOptions(paces, 1000, 6);
    expect(lead).toMatchObject({ kind: 'ten_km', reps: 6, rest: '2 min easy jog' });
    expect(formatPace(lead!.pace)).toBe('5:00/km');
    expect(rest.map((o) => o.kind)).toEqual(['hyrox', 'threshold', 'vo2max']);
  });
  it('leads eight 1 km repeats with Hyrox pace (the race-rhythm session)', () => {
    expect(repeatOptions(paces, 1000, 8)[0]!.kind).toBe('hyrox');
  });
  it('runs 400 m repeats at 5 km pace, about 15 minutes of hard running in all', () => {
    const [only, ...none] = repeatOptions(paces, 400);
    expect(none).toEqual([]);
    expect(only).toMatchObject({ kind: 'vo2max', reps: 8 });
    expect(Math.round(only!.repSec)).toBe(115);
  });
});
