import { InteractionContextType, SlashCommandBuilder } from 'discord.js';
import { z } from 'zod';
import { benchmarkChartFor, loadChartFor } from '../src/charts/athlete-charts.js';
import { chartFile } from '../src/charts/chart.js';
import { renderTeamTable, teamLine } from '../src/charts/team-table.js';
import { latestBenchmarks } from '../src/db/benchmarks.js';
import { isoDate } from '../src/domain/dates.js';
import { defineCommand, type Caller } from '../src/discord/command.js';
import { UserError } from '../src/errors.js';
import { guildAthleteByDiscordId, teamRows } from '../src/team/roster.js';

export const data = new SlashCommandBuilder()
  .setName('team')
  .setDescription('Coaches: the group at a glance, who needs attention first (only you see it)')
  // A server's group: offered in servers only (the role check below still decides).
  .setContexts(InteractionContextType.Guild)
  .addUserOption((o) => o.setName('athlete').setDescription("Show one member's charts"));

export const TeamInput = z.object({
  athlete: z
    .string()
    .regex(/^\d{15,22}$/, 'must be a server member')
    .optional(),
});

/** Text lines that fit one message; the image and its alt text carry every row. */
const TEXT_BUDGET = 1900;

/** Checked here, on the server, from the member's roles in the interaction: Discord permissions alone are not trusted. */
function requireCoach(caller: Caller): string {
  if (!caller.guildId) throw new UserError('coach_only', "/team works in your club's server, not in DMs.");
  if (!caller.isCoach) throw new UserError('coach_only', "/team is for coaches (the server's coach role). Ask an admin if you coach this group.");
  return caller.guildId;
}

export default defineCommand({
  data,
  input: TeamInput,
  visibility: 'ephemeral',
  async run(ctx, input, caller) {
    const guildId = requireCoach(caller);
    const today = isoDate(ctx.now());
    if (input.athlete) {
      const athlete = await guildAthleteByDiscordId(ctx.db, guildId, input.athlete);
      if (!athlete) throw new UserError('not_found', 'That member has not used Coach K in this server yet, so there is nothing to show.');
      const name = athlete.displayName ?? 'this member';
      const files = [chartFile(await loadChartFor(ctx.db, athlete, today, { markRace: true, title: `${name}: weekly training load` }))];
      const latest = (await latestBenchmarks(ctx.db, athlete.id)).sort((a, b) => b.testDate.localeCompare(a.testDate))[0];
      if (latest) files.push(chartFile(await benchmarkChartFor(ctx.db, athlete, latest)));
      const [row] = (await teamRows(ctx.db, guildId, today)).filter((r) => r.discordUserId === athlete.discordUserId);
      return { content: `**${name}**\n${row ? teamLine(row) : ''}`, files };
    }
    const rows = await teamRows(ctx.db, guildId, today);
    if (rows.length === 0) return { content: 'No member has used Coach K in this server yet.' };
    const lines = [`**Team: ${rows.length} athlete${rows.length === 1 ? '' : 's'}, who needs attention first**`];
    for (const [i, r] of rows.entries()) {
      const line = `${i + 1}. ${teamLine(r)}`;
      if ([...lines, line].join('\n').length > TEXT_BUDGET) {
        lines.push(`…and ${rows.length - i} more in the image.`);
        break;
      }
      lines.push(line);
    }
    return { content: lines.join('\n'), files: [chartFile(renderTeamTable(rows, today))] };
  },
});
