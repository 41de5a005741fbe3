import { describe, expect, it } from 'vitest';
import type { WorkoutLog } from '../coach/engines/load.js';
import type { Benchmark } from '../db/benchmarks.js';
import { addDays } from '../domain/dates.js';
import { sortByAttention, teamRow, type TeamMemberData } from './team-row.js';

const today = '2026-11-26';
/** Four weeks at 3 × 60 min RPE 6 a week (ACWR ≈ 1). */
const steady: WorkoutLog[] = Array.from({ length: 28 }, (_, i) => addDays(today, -27 + i))
  .filter((_, i) => i % 7 === 0 || i % 7 === 2 || i % 7 === 4)
  .map((date) => ({ date, durationMin: 60, rpe: 6, sessionType: 'run' }));
const five = (testDate: string, sec: number): Benchmark => ({
  id: testDate,
  athleteId: 'a',
  sourceId: testDate,
  testDate,
  testType: 'run_5k',
  subject: '',
  results: { time_seconds: sec },
  notes: null,
});
const member = (name: string, o: Partial<TeamMemberData> = {}): TeamMemberData => {
  const logs = o.logs ?? steady;
  const last = logs.at(-1);
  return {
    name,
    discordUserId: name,
    raceDate: null,
    logs,
    lastCheckin: null,
    benchmarks: [],
    lastSession: last ? { date: last.date, sessionType: last.sessionType, durationMin: last.durationMin, rpe: last.rpe } : null,
    ...o,
  };
};

describe('teamRow', () => {
  it('summarises a steady athlete with nothing to flag', () => {
    const r = teamRow(member('Lea', { raceDate: '2027-01-05', benchmarks: [five('2026-10-01', 1500), five('2026-11-20', 1450)] }), today);
    expect(r).toMatchObject({
      acwrFlag: 'ok',
      attention: 0,
      reasons: [],
      daysToRace: 40,
      lastBenchmark: { date: '2026-11-20', what: '5 km run 24:10', trend: 'better' },
    });
  });

  it('flags a spike, an idle athlete and a close race, and sorts who needs attention first', () => {
    const spike = member('Maya', {
      logs: [...steady, ...[0, 1, 2].map((d) => ({ date: addDays(today, -d), durationMin: 150, rpe: 8, sessionType: 'simulation' }))],
    });
    const idle = member('Tom', { logs: steady.filter((l) => l.date <= addDays(today, -9)) });
    const racing = member('Jonas', { raceDate: addDays(today, 10) });
    const rows = sortByAttention([racing, idle, spike, member('Lea')].map((m) => teamRow(m, today)));
    expect(rows.map((r) => [r.name, r.attention])).toEqual([
      ['Maya', 3],
      ['Tom', 3],
      ['Jonas', 1],
      ['Lea', 0],
    ]);
    expect(rows[0]!.reasons[0]).toMatch(/^load spike \(ACWR \d\.\d\d\)$/);
    expect(rows[1]!.reasons).toContain('no session for 9 days');
    expect(rows[2]!.reasons).toEqual(['race in 10 days']);
  });
});
