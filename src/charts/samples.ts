import type { Benchmark } from '../db/benchmarks.js';
import type { TeamRow } from '../team/team-row.js';
import { renderBenchmarkChart, type BenchmarkChartData } from './benchmark-chart.js';
import { benchmarkHistory } from './benchmark-series.js';
import type { Chart } from './chart.js';
import { renderLoadChart, type LoadChartData } from './load-chart.js';
import { renderTeamTable } from './team-table.js';

/**
 * Fixed example data: the README's pictures (`npm run charts:samples`) and the golden-image
 * tests render these, so a change to a chart shows up as a pixel difference.
 */
const loads = [1480, 1620, 1710, 1390, 1800, 1950, 1240, 2100, 2260, 1120];
const ratios = [null, null, 1.05, 0.88, 1.1, 1.16, 0.8, 1.22, 1.31, 1.18];
const mondays = [
  '2026-09-21',
  '2026-09-28',
  '2026-10-05',
  '2026-10-12',
  '2026-10-19',
  '2026-10-26',
  '2026-11-02',
  '2026-11-09',
  '2026-11-16',
  '2026-11-23',
];

export const SAMPLE_LOAD: LoadChartData = {
  today: '2026-11-26',
  weeks: mondays.map((weekStart, i) => ({ weekStart, loadAu: loads[i]!, acwr: ratios[i]!, partial: i === mondays.length - 1 })),
};

export const SAMPLE_LOAD_RACE: LoadChartData = { ...SAMPLE_LOAD, raceDate: '2026-12-20', title: 'Weekly training load, race marked' };

const test = (testDate: string, time_seconds: number): Benchmark => ({
  id: testDate,
  athleteId: 'sample',
  sourceId: testDate,
  testDate,
  testType: 'run_5k',
  subject: '',
  results: { time_seconds },
  notes: null,
});
const fiveKms = [test('2026-08-30', 1485), test('2026-09-27', 1440), test('2026-10-25', 1402), test('2026-11-22', 1350)];

/** An Open Men athlete with a 1:12:00 goal; the goal line and prediction come from the engines. */
export const SAMPLE_BENCHMARK: BenchmarkChartData = benchmarkHistory(fiveKms, fiveKms.at(-1)!, { division: 'open_men', goalTimeMinutes: 72 });

const row = (r: Partial<TeamRow> & Pick<TeamRow, 'name' | 'weeklyLoadAu' | 'acwr' | 'acwrFlag' | 'attention' | 'reasons'>): TeamRow => ({
  discordUserId: '0',
  lastSession: null,
  lastCheckin: null,
  daysToRace: null,
  lastBenchmark: null,
  ...r,
});

export const SAMPLE_TEAM: TeamRow[] = [
  row({
    name: 'Maya R.',
    weeklyLoadAu: 3120,
    acwr: 1.62,
    acwrFlag: 'spike',
    attention: 3,
    reasons: ['load spike (ACWR 1.62)'],
    lastSession: { date: '2026-11-25', what: 'simulation 95 min RPE 9' },
    lastCheckin: '2026-11-25',
    daysToRace: 24,
    lastBenchmark: { date: '2026-11-15', what: '5 km run 23:10', trend: 'better' },
  }),
  row({
    name: 'Tom B.',
    weeklyLoadAu: 0,
    acwr: 0,
    acwrFlag: 'low',
    attention: 3,
    reasons: ['no session for 9 days', 'light week (ACWR 0.00)'],
    lastSession: { date: '2026-11-17', what: 'run 40 min RPE 5' },
    daysToRace: 66,
    lastBenchmark: { date: '2026-10-02', what: 'station wall balls 6:40', trend: 'first' },
  }),
  row({
    name: 'Priya S.',
    weeklyLoadAu: 2480,
    acwr: 1.36,
    acwrFlag: 'high',
    attention: 2,
    reasons: ['load rising fast (ACWR 1.36)'],
    lastSession: { date: '2026-11-26', what: 'strength 60 min RPE 7' },
    lastCheckin: '2026-11-24',
    daysToRace: 45,
    lastBenchmark: { date: '2026-11-20', what: '10 km run 49:30', trend: 'worse' },
  }),
  row({
    name: 'Jonas K.',
    weeklyLoadAu: 1890,
    acwr: 1.02,
    acwrFlag: 'ok',
    attention: 1,
    reasons: ['race in 10 days'],
    lastSession: { date: '2026-11-25', what: 'run 50 min RPE 6' },
    lastCheckin: '2026-11-25',
    daysToRace: 10,
    lastBenchmark: { date: '2026-11-08', what: 'full simulation 1:21:45', trend: 'better' },
  }),
  row({
    name: 'Lea M.',
    weeklyLoadAu: 1640,
    acwr: 0.97,
    acwrFlag: 'ok',
    attention: 0,
    reasons: [],
    lastSession: { date: '2026-11-26', what: 'stations 45 min RPE 7' },
    daysToRace: 108,
    lastBenchmark: { date: '2026-11-01', what: '5 km run 25:45', trend: 'same' },
  }),
];

export const SAMPLE_TODAY = '2026-11-26';

/** The four sample charts, by file name (README pictures and goldens). */
export function sampleCharts(): Record<string, Chart> {
  return {
    'weekly-load.png': renderLoadChart(SAMPLE_LOAD),
    'weekly-load-race.png': renderLoadChart(SAMPLE_LOAD_RACE),
    'benchmark-history.png': renderBenchmarkChart(SAMPLE_BENCHMARK),
    'team.png': renderTeamTable(SAMPLE_TEAM, SAMPLE_TODAY),
  };
}
