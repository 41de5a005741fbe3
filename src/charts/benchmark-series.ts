import { predictRaceTime } from '../coach/engines/race-prediction.js';
import { formatDuration } from '../coach/engines/time.js';
import type { Division } from '../domain/standards.js';
import { TEST_LABELS, type Benchmark } from '../db/benchmarks.js';
import type { BenchmarkChartData, BenchmarkUnit } from './benchmark-chart.js';

function unitOf(b: Benchmark): BenchmarkUnit {
  if (b.results.time_seconds !== undefined) return 'time';
  if (b.results.distance_m !== undefined) return 'distance';
  return 'load';
}

function valueOf(b: Benchmark, unit: BenchmarkUnit): number | undefined {
  return unit === 'time' ? b.results.time_seconds : unit === 'distance' ? b.results.distance_m : b.results.load_kg;
}

/** Predicted Hyrox finish (s) for a fresh 5 km or 10 km time, or undefined for other tests. */
function predictedFinish(testType: Benchmark['testType'], sec: number, division: Division): number | undefined {
  if (testType === 'run_5k' && sec >= 720 && sec <= 4800) return predictRaceTime({ fiveKmSec: sec, division }).totalSec;
  if (testType === 'run_10k' && sec >= 1500 && sec <= 9600) return predictRaceTime({ tenKmSec: sec, division }).totalSec;
  return undefined;
}

/**
 * The chart data for the history of `latest`'s test (same type and subject). For 5 km and
 * 10 km runs with a division, the latest time's implied finish (race-prediction engine) is named,
 * and with a goal finish the run time that implies it is drawn as the goal line (the prediction
 * without station benchmarks is proportional to the run time).
 */
export function benchmarkHistory(
  all: readonly Benchmark[],
  latest: Benchmark,
  athlete: { division: Division | null; goalTimeMinutes: number | null },
): BenchmarkChartData {
  const unit = unitOf(latest);
  const same = all.filter((b) => b.testType === latest.testType && b.subject === latest.subject).sort((a, b) => a.testDate.localeCompare(b.testDate));
  const points = same
    .map((b) => ({ date: b.testDate, value: valueOf(b, unit) }))
    .filter((p): p is { date: string; value: number } => p.value !== undefined)
    .slice(-12);
  const label = `${TEST_LABELS[latest.testType]}${latest.subject ? ` (${latest.subject.replace(/_/g, ' ')})` : ''}`;
  const data: BenchmarkChartData = { label: label[0]!.toUpperCase() + label.slice(1), unit, points };
  const last = points.at(-1);
  if (unit !== 'time' || !last || !athlete.division) return data;
  const finish = predictedFinish(latest.testType, last.value, athlete.division);
  if (finish === undefined) return data;
  data.prediction = `Latest ${formatDuration(last.value)} implies a Hyrox finish of about ${formatDuration(Math.round(finish))}`;
  if (athlete.goalTimeMinutes) {
    const goalSec = athlete.goalTimeMinutes * 60;
    data.goal = { value: Math.round((last.value * goalSec) / finish), label: `needed for your ${formatDuration(goalSec)} goal` };
    data.prediction += ` (goal ${formatDuration(goalSec)})`;
  }
  return data;
}
