import { SlashCommandBuilder } from 'discord.js';
import { z } from 'zod';
import { loadChartFor } from '../src/charts/athlete-charts.js';
import { chartFile } from '../src/charts/chart.js';
import { parseDuration } from '../src/coach/engines/time.js';
import { describeProfile } from '../src/coach/profile-view.js';
import { DIVISIONS, DIVISION_LABELS } from '../src/domain/standards.js';
import { getOrCreateAthlete, updateProfile, type ProfilePatch } from '../src/db/athletes.js';
import { deleteMemberData } from '../src/db/deletion.js';
import { exportMemberData } from '../src/db/export.js';
import { isoDate } from '../src/domain/dates.js';
import { PHASES } from '../src/domain/phases.js';
import { defineCommand } from '../src/discord/command.js';
import { UserError } from '../src/errors.js';

export const data = new SlashCommandBuilder()
  .setName('profile')
  .setDescription('Your athlete profile')
  .addSubcommand((s) => s.setName('show').setDescription('Show your profile (only you see it)'))
  .addSubcommand((s) =>
    s
      .setName('set')
      .setDescription('Update your profile')
      .addStringOption((o) =>
        o
          .setName('division')
          .setDescription('Race division')
          .addChoices(...DIVISIONS.map((d) => ({ name: DIVISION_LABELS[d], value: d }))),
      )
      .addStringOption((o) => o.setName('race_date').setDescription('YYYY-MM-DD').setMaxLength(10))
      .addStringOption((o) => o.setName('goal_time').setDescription('Goal finish, e.g. 1:25:00').setMaxLength(10))
      .addNumberOption((o) => o.setName('weekly_hours').setDescription('Training hours available per week').setMinValue(0).setMaxValue(40))
      .addNumberOption((o) => o.setName('weight_kg').setDescription('Body weight, kg').setMinValue(30).setMaxValue(250))
      .addIntegerOption((o) => o.setName('age').setDescription('Age').setMinValue(10).setMaxValue(110))
      .addStringOption((o) =>
        o
          .setName('sex')
          .setDescription('Sex')
          .addChoices({ name: 'female', value: 'female' }, { name: 'male', value: 'male' }, { name: 'other', value: 'other' }),
      )
      .addStringOption((o) =>
        o
          .setName('phase')
          .setDescription('Current training phase')
          .addChoices(...PHASES.map((p) => ({ name: p.replace(/_/g, ' '), value: p }))),
      )
      .addStringOption((o) => o.setName('equipment').setDescription('Comma-separated, e.g. skierg, rower, sled, wall ball').setMaxLength(300))
      .addStringOption((o) => o.setName('injuries').setDescription('Comma-separated injuries or limitations ("none" clears)').setMaxLength(300))
      .addBooleanOption((o) => o.setName('checkins').setDescription('DM me after my usual session time to log it'))
      .addStringOption((o) => o.setName('checkin_time').setDescription('Usual session end, HH:MM (24 h)').setMaxLength(5))
      .addStringOption((o) => o.setName('timezone').setDescription('IANA time zone, e.g. Europe/London').setMaxLength(64)),
  )
  .addSubcommand((s) => s.setName('export').setDescription('Send me all my data as a file'))
  .addSubcommand((s) => s.setName('delete').setDescription('Delete my profile and all my data'));

export const ProfileInput = z.object({
  subcommand: z.enum(['show', 'set', 'export', 'delete']),
  division: z.enum(DIVISIONS).optional(),
  race_date: z.string().optional(),
  goal_time: z.string().optional(),
  weekly_hours: z.number().optional(),
  weight_kg: z.number().optional(),
  age: z.number().int().optional(),
  sex: z.enum(['female', 'male', 'other']).optional(),
  phase: z.enum(PHASES).optional(),
  equipment: z.string().optional(),
  injuries: z.string().optional(),
  checkins: z.boolean().optional(),
  checkin_time: z.string().optional(),
  timezone: z.string().optional(),
});
type ProfileInput = z.infer<typeof ProfileInput>;

const list = (s: string) =>
  /^\s*none\s*$/i.test(s)
    ? []
    : s
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean);

/** Options → a profile patch in the schema's names (validated again by the repository). */
export function toPatch(input: ProfileInput): ProfilePatch {
  const patch: Record<string, unknown> = {};
  if (input.division) patch.division = input.division;
  if (input.race_date) patch.race_date = input.race_date;
  if (input.goal_time) {
    const sec = parseDuration(input.goal_time);
    if (sec === null || sec < 40 * 60)
      throw new UserError('invalid_input', `I couldn't read the goal time "${input.goal_time}" (it should be like 1:25:00).`, {
        hint: '/profile set goal_time:1:25:00',
      });
    patch.goal_time_minutes = Math.round((sec / 60) * 100) / 100;
  }
  if (input.weekly_hours !== undefined) patch.weekly_availability_hours = input.weekly_hours;
  if (input.weight_kg !== undefined) patch.weight_kg = input.weight_kg;
  if (input.age !== undefined) patch.age = input.age;
  if (input.sex) patch.sex = input.sex;
  if (input.phase) patch.current_phase = input.phase;
  if (input.equipment !== undefined) patch.equipment_available = list(input.equipment);
  if (input.injuries !== undefined) patch.injuries_limitations = list(input.injuries);
  if (input.checkins !== undefined) patch.checkin_opt_in = input.checkins;
  if (input.checkin_time) patch.checkin_time = input.checkin_time;
  if (input.timezone) patch.timezone = input.timezone;
  return patch as ProfilePatch;
}

export const DELETE_BUTTON = 'profile:delete-confirm';

export default defineCommand({
  data,
  input: ProfileInput,
  visibility: 'ephemeral',
  async run(ctx, input, caller) {
    switch (input.subcommand) {
      case 'show': {
        const athlete = await getOrCreateAthlete(ctx.db, caller.userId, caller.displayName);
        return { content: describeProfile(athlete), files: [chartFile(await loadChartFor(ctx.db, athlete, isoDate(ctx.now()), { markRace: true }))] };
      }
      case 'set': {
        // An explicit new use: after a /profile delete this starts a fresh profile (docs/privacy.md).
        const athlete = await getOrCreateAthlete(ctx.db, caller.userId, caller.displayName);
        const patch = toPatch(input);
        if (Object.keys(patch).length === 0)
          throw new UserError('invalid_input', 'Give at least one field to set.', { hint: '/profile set race_date:2027-03-14 goal_time:1:25:00' });
        if (patch.checkin_opt_in && !patch.checkin_time && !athlete.checkinTime) {
          throw new UserError('invalid_input', 'Check-ins need the time you usually finish training.', {
            hint: '/profile set checkins:true checkin_time:18:30 timezone:Europe/London',
          });
        }
        const updated = await updateProfile(ctx.db, athlete.id, patch);
        return { content: `Saved ✅\n${describeProfile(updated)}` };
      }
      case 'export': {
        const data = await exportMemberData(ctx.db, caller.userId);
        return {
          content:
            'Here is everything Coach K stores about you: profile, logs, tests, questions and answers, ratings and corrections you gave, and those on your answers (format: docs/privacy.md).',
          files: [{ name: 'coach-k-my-data.json', data: Buffer.from(JSON.stringify(data, null, 2)) }],
        };
      }
      case 'delete':
        return {
          content:
            '⚠️ This deletes your profile, every log, test, question, rating and correction, and your queued questions. It cannot be undone. Are you sure?',
          buttons: [{ customId: DELETE_BUTTON, label: 'Yes, delete everything', style: 'danger' }],
        };
    }
  },
  async button(ctx, customId, caller) {
    if (customId !== DELETE_BUTTON) throw new UserError('invalid_input', 'That button is no longer valid.');
    // Queue first: if Redis is down nothing is deleted and the member is told to try again.
    // A job running right now finds the tombstone deleteMemberData writes and stores nothing.
    const jobs = await ctx.queue.removeUserJobs(caller.userId);
    const deleted = (await deleteMemberData(ctx.db, caller.userId)) || jobs > 0;
    return { content: deleted ? 'Deleted. Everything Coach K stored about you is gone. 👋' : 'There was nothing stored for you.' };
  },
});
