import { describe, expect, it } from 'vitest';
import { formatPace } from '../coach/engines/time.js';
import { runPaces } from './paces.js';

describe('runPaces', () => {
  // The knowledge base's table (team3c_crossfit_running.md), min:s per km.
  it.each([
    [21 * 60, '4:23', '4:27', '4:40', '5:23', '5:53'],
    [25 * 60, '5:13', '5:15', '5:33', '6:13', '6:43'],
  ])('gives the table paces for a %i s 5 km', (five, ten, thr, hyrox, easyFast, easySlow) => {
    const p = runPaces({ fiveKmSec: five })!;
    expect([p.tenKmPace, p.thresholdPace, p.hyroxPace, p.easyPace.fast, p.easyPace.slow].map(formatPace).map((s) => s.replace('/km', ''))).toEqual([
      ten,
      thr,
      hyrox,
      easyFast,
      easySlow,
    ]);
  });
  it('uses 10 km pace as threshold when the 10 km takes more than an hour', () => {
    const p = runPaces({ tenKmSec: 3900 })!;
    expect(p.thresholdPace).toBe(390);
  });
  it('needs a run time', () => {
    expect(runPaces({})).toBeNull();
  });
});
