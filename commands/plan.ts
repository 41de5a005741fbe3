import { SlashCommandBuilder } from 'discord.js';
import { z } from 'zod';
import { getOrCreateAthlete } from '../src/db/athletes.js';
import { isoDate } from '../src/domain/dates.js';
import { defineCommand } from '../src/discord/command.js';
import { planForAthlete } from '../src/plan/athlete-plan.js';

export const WEEKS = ['this', 'next'] as const;

export const data = new SlashCommandBuilder()
  .setName('plan')
  .setDescription('Your training week: sessions with work, paces, RPE and minutes (only you see it)')
  .addStringOption((o) =>
    o
      .setName('week')
      .setDescription('Which week (default this week)')
      .addChoices({ name: 'this week', value: 'this' }, { name: 'next week', value: 'next' }),
  );

export const PlanInput = z.object({ week: z.enum(WEEKS).default('this') });

export default defineCommand({
  data,
  input: PlanInput,
  visibility: 'ephemeral',
  async run(ctx, input, caller) {
    const athlete = await getOrCreateAthlete(ctx.db, caller.userId, caller.displayName);
    const result = await planForAthlete(ctx.db, athlete, isoDate(ctx.now()), input.week);
    return { content: result.text };
  },
});
