import { SlashCommandBuilder } from 'discord.js';
import { z } from 'zod';
import { loadChartFor } from '../src/charts/athlete-charts.js';
import { chartFile } from '../src/charts/chart.js';
import { describeLogged } from '../src/coach/log-summary.js';
import { getOrCreateAthlete } from '../src/db/athletes.js';
import { isoDate, resolveDate } from '../src/domain/dates.js';
import { recordWorkout } from '../src/db/workouts.js';
import { SESSION_TYPES } from '../src/domain/sessions.js';
import { defineCommand } from '../src/discord/command.js';

const TYPE_LABELS: Record<(typeof SESSION_TYPES)[number], string> = {
  run: 'Run',
  hiit: 'HIIT / intervals',
  strength: 'Strength',
  simulation: 'Hyrox simulation',
  stations: 'Station work',
  erg: 'Erg (ski/row/bike)',
  recovery: 'Recovery',
  mobility: 'Mobility',
  other: 'Other',
};

export const data = new SlashCommandBuilder()
  .setName('log')
  .setDescription('Log a training session with its RPE')
  .addStringOption((o) =>
    o
      .setName('type')
      .setDescription('Kind of session')
      .setRequired(true)
      .addChoices(...SESSION_TYPES.map((t) => ({ name: TYPE_LABELS[t], value: t }))),
  )
  .addIntegerOption((o) => o.setName('duration').setDescription('Minutes (1–1440)').setRequired(true).setMinValue(1).setMaxValue(1440))
  .addIntegerOption((o) =>
    o.setName('rpe').setDescription('How hard, 1 (very easy) to 10 (all-out)').setRequired(true).setMinValue(1).setMaxValue(10),
  )
  .addIntegerOption((o) => o.setName('rpe_before').setDescription('How ready you felt before, 1–10').setMinValue(1).setMaxValue(10))
  .addNumberOption((o) => o.setName('distance_km').setDescription('Distance, km').setMinValue(0).setMaxValue(500))
  .addStringOption((o) => o.setName('notes').setDescription('What you did').setMaxLength(500))
  .addStringOption((o) => o.setName('date').setDescription('YYYY-MM-DD, "today" or "yesterday" (default today)').setMaxLength(10));

export const LogInput = z.object({
  type: z.enum(SESSION_TYPES),
  duration: z.number().int(),
  rpe: z.number().int(),
  rpe_before: z.number().int().optional(),
  distance_km: z.number().optional(),
  notes: z.string().max(500).optional(),
  date: z.string().trim().toLowerCase().optional(),
});

export default defineCommand({
  data,
  input: LogInput,
  visibility: 'ephemeral',
  async run(ctx, input, caller) {
    const today = isoDate(ctx.now());
    const athlete = await getOrCreateAthlete(ctx.db, caller.userId, caller.displayName);
    const recorded = await recordWorkout(
      ctx.db,
      athlete.id,
      {
        sourceId: `interaction:${caller.interactionId}`,
        date: resolveDate(input.date, today),
        sessionType: input.type,
        durationMin: input.duration,
        rpe: input.rpe,
        rpePre: input.rpe_before,
        distanceKm: input.distance_km,
        notes: input.notes,
        guildId: caller.guildId,
      },
      today,
    );
    const chart = await loadChartFor(ctx.db, athlete, today);
    return { content: await describeLogged(ctx.db, recorded, today), files: [chartFile(chart)] };
  },
});
