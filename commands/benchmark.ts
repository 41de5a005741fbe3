import { SlashCommandBuilder } from 'discord.js';
import { z } from 'zod';
import { benchmarkChartFor } from '../src/charts/athlete-charts.js';
import { chartFile } from '../src/charts/chart.js';
import { parseDuration, formatDuration } from '../src/coach/engines/time.js';
import { STATIONS, STATION_IDS } from '../src/domain/standards.js';
import { getOrCreateAthlete } from '../src/db/athletes.js';
import { recordBenchmark, TEST_LABELS, TEST_TYPES, type Benchmark } from '../src/db/benchmarks.js';
import { isoDate, resolveDate } from '../src/domain/dates.js';
import { defineCommand } from '../src/discord/command.js';
import { UserError } from '../src/errors.js';

export const data = new SlashCommandBuilder()
  .setName('benchmark')
  .setDescription('Record a test (5 km, 2 km, Cooper, a station, a simulation, a lift)')
  .addStringOption((o) =>
    o
      .setName('test')
      .setDescription('Which test')
      .setRequired(true)
      .addChoices(...TEST_TYPES.map((t) => ({ name: TEST_LABELS[t], value: t }))),
  )
  .addStringOption((o) => o.setName('time').setDescription('Your time, e.g. 22:30 or 1:28:15').setMaxLength(10))
  .addIntegerOption((o) => o.setName('distance_m').setDescription('Metres covered (Cooper test)').setMinValue(100).setMaxValue(6000))
  .addStringOption((o) =>
    o
      .setName('station')
      .setDescription('Station (station test)')
      .addChoices(...STATIONS.map((s) => ({ name: s.name, value: s.id }))),
  )
  .addStringOption((o) => o.setName('lift').setDescription('Lift (strength test), e.g. back squat').setMaxLength(40))
  .addNumberOption((o) => o.setName('load_kg').setDescription('Load, kg (strength test)').setMinValue(0).setMaxValue(500))
  .addIntegerOption((o) => o.setName('reps').setDescription('Reps (strength test)').setMinValue(1).setMaxValue(100))
  .addStringOption((o) => o.setName('date').setDescription('YYYY-MM-DD, "today" or "yesterday"').setMaxLength(10))
  .addStringOption((o) => o.setName('notes').setDescription('Conditions, how it felt').setMaxLength(500));

export const BenchmarkCommandInput = z.object({
  test: z.enum(TEST_TYPES),
  time: z.string().optional(),
  distance_m: z.number().int().optional(),
  station: z.enum(STATION_IDS).optional(),
  lift: z.string().trim().toLowerCase().optional(),
  load_kg: z.number().optional(),
  reps: z.number().int().optional(),
  date: z.string().trim().toLowerCase().optional(),
  notes: z.string().optional(),
});

function describe(b: Benchmark): string {
  const r = b.results;
  if (r.time_seconds !== undefined) return formatDuration(r.time_seconds);
  if (r.distance_m !== undefined) return `${r.distance_m} m`;
  return `${r.load_kg} kg${r.reps ? ` × ${r.reps}` : ''}`;
}

/** The change since the last test of the same kind, in words (lower time / more metres / more kg is better). */
export function describeChange(now: Benchmark, before: Benchmark | undefined): string {
  if (!before) return 'First test of this kind: it is your baseline. Retest in 4–6 weeks.';
  const a = before.results;
  const b = now.results;
  if (a.time_seconds !== undefined && b.time_seconds !== undefined) {
    const d = b.time_seconds - a.time_seconds;
    return d === 0
      ? `Same as ${before.testDate} (${describe(before)}).`
      : `${formatDuration(Math.abs(d))} ${d < 0 ? 'faster' : 'slower'} than ${before.testDate} (${describe(before)}), ${((Math.abs(d) / a.time_seconds) * 100).toFixed(1)} %.`;
  }
  if (a.distance_m !== undefined && b.distance_m !== undefined) {
    const d = b.distance_m - a.distance_m;
    return `${Math.abs(d)} m ${d >= 0 ? 'further' : 'shorter'} than ${before.testDate} (${describe(before)}).`;
  }
  if (a.load_kg !== undefined && b.load_kg !== undefined) {
    const d = b.load_kg - a.load_kg;
    return `${Math.abs(d)} kg ${d >= 0 ? 'more' : 'less'} than ${before.testDate} (${describe(before)}).`;
  }
  return `Previous: ${describe(before)} on ${before.testDate}.`;
}

export default defineCommand({
  data,
  input: BenchmarkCommandInput,
  visibility: 'ephemeral',
  async run(ctx, input, caller) {
    const today = isoDate(ctx.now());
    let time_seconds: number | undefined;
    if (input.time !== undefined) {
      const t = parseDuration(input.time);
      if (t === null || t <= 0)
        throw new UserError('invalid_input', `I couldn't read the time "${input.time}".`, { hint: '/benchmark test:5 km run time:22:30' });
      time_seconds = t;
    }
    const athlete = await getOrCreateAthlete(ctx.db, caller.userId, caller.displayName);
    const { benchmark, created, previous } = await recordBenchmark(
      ctx.db,
      athlete.id,
      {
        sourceId: `interaction:${caller.interactionId}`,
        testDate: resolveDate(input.date, today),
        testType: input.test,
        subject: input.test === 'station' ? (input.station ?? '') : input.test === 'strength' ? (input.lift ?? '') : '',
        results: { time_seconds, distance_m: input.distance_m, load_kg: input.load_kg, reps: input.reps },
        notes: input.notes,
        guildId: caller.guildId,
      },
      today,
    );
    const what = `${TEST_LABELS[benchmark.testType]}${benchmark.subject ? ` (${benchmark.subject.replace(/_/g, ' ')})` : ''}`;
    const chart = await benchmarkChartFor(ctx.db, athlete, benchmark);
    return {
      content: `${created ? 'Recorded ✅' : 'Already recorded ✅'} ${what}: ${describe(benchmark)} on ${benchmark.testDate}.\n${describeChange(benchmark, previous)}`,
      files: [chartFile(chart)],
    };
  },
});
