import { readFileSync } from 'node:fs';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { loadChartAlt } from './load-chart.js';
import { mondayOf, weeklyLoads } from './load-series.js';
import { SAMPLE_BENCHMARK, SAMPLE_LOAD, SAMPLE_LOAD_RACE, sampleCharts } from './samples.js';
import { benchmarkChartAlt } from './benchmark-chart.js';

const golden = (name: string) => PNG.sync.read(readFileSync(new URL(`../../tests/fixtures/charts/${name}`, import.meta.url)));
/** Anti-aliasing may differ by a pixel between resvg builds; anything more is a changed chart. */
const MAX_DIFF_SHARE = 0.002;

describe('charts', () => {
  const charts = sampleCharts();
  describe.each(Object.keys(charts))('%s', (name) => {
    const chart = charts[name]!;
    it('matches its golden image within the pixel tolerance', () => {
      const want = golden(name);
      const got = PNG.sync.read(chart.png);
      expect([got.width, got.height]).toEqual([want.width, want.height]);
      const diff = pixelmatch(got.data, want.data, undefined, got.width, got.height, { threshold: 0.1 });
      expect(diff / (got.width * got.height)).toBeLessThanOrEqual(MAX_DIFF_SHARE);
    });
    it("stays under 150 KB and has alt text within Discord's 1024 characters", () => {
      expect(chart.png.length).toBeLessThan(150 * 1024);
      expect(chart.alt.length).toBeGreaterThan(40);
    });
  });
  it('notices a changed chart', () => {
    const other = PNG.sync.read(charts['weekly-load-race.png']!.png);
    const want = golden('weekly-load.png');
    expect(pixelmatch(other.data, want.data, undefined, want.width, want.height, { threshold: 0.1 }) / (want.width * want.height)).toBeGreaterThan(
      MAX_DIFF_SHARE,
    );
  });
});

describe('alt text', () => {
  it("reads the load chart's numbers in words", () => {
    expect(loadChartAlt(SAMPLE_LOAD)).toBe(
      'Weekly training load over the last 10 weeks, in AU (RPE × minutes). Weeks starting 21 Sep: 1,480; 28 Sep: 1,620; 5 Oct: 1,710; 12 Oct: 1,390; 19 Oct: 1,800; 26 Oct: 1,950; 2 Nov: 1,240; 9 Nov: 2,100; 16 Nov: 2,260. This week so far: 1,120. Acute:chronic ratio now 1.18, inside the 0.8–1.3 range.',
    );
    expect(loadChartAlt(SAMPLE_LOAD_RACE)).toMatch(/Race on 2026-12-20, in 3 weeks\.$/);
  });
  it('names the goal and the implied finish of a 5 km history (Open Men, 1:12:00 goal)', () => {
    // 22:30 → 10 km 46:55 (Riegel) → Hyrox pace 4:59.8/km → runs 39:58.5 ÷ 0.525 = 1:16:08.
    expect(benchmarkChartAlt(SAMPLE_BENCHMARK)).toBe(
      '5 km run history, 4 tests: 2026-08-30 24:45; 2026-09-27 24:00; 2026-10-25 23:22; 2026-11-22 22:30. Goal line (needed for your 1:12:00 goal): 21:17. Latest 22:30 implies a Hyrox finish of about 1:16:08 (goal 1:12:00).',
    );
  });
});

describe('weeklyLoads', () => {
  it('starts weeks on Monday', () => {
    expect([mondayOf('2026-11-26'), mondayOf('2026-11-23'), mondayOf('2026-11-29')]).toEqual(['2026-11-23', '2026-11-23', '2026-11-23']);
  });
  it('sums RPE × minutes per calendar week, the current week partial, ACWR only after 28 days', () => {
    const logs = [
      { date: '2026-11-10', durationMin: 60, rpe: 5, sessionType: 'run' },
      { date: '2026-11-16', durationMin: 30, rpe: 8, sessionType: 'run' },
      { date: '2026-11-22', durationMin: 45, rpe: 6, sessionType: 'strength' },
      { date: '2026-11-24', durationMin: 50, rpe: 7, sessionType: 'run' },
    ];
    const weeks = weeklyLoads(logs, '2026-11-26', 3);
    expect(weeks.map((w) => [w.weekStart, w.loadAu, w.partial])).toEqual([
      ['2026-11-09', 300, false],
      ['2026-11-16', 510, false],
      ['2026-11-23', 350, true],
    ]);
    expect(weeks.map((w) => w.acwr)).toEqual([null, null, null]);
  });
});
