import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getOrCreateAthlete } from '../../src/db/athletes.js';
import { addDays, isoDate } from '../../src/domain/dates.js';
import { recordWorkout } from '../../src/db/workouts.js';
import { snowflake, type RecordedCall } from '../support/discord-fake.js';
import { startStack, type Stack } from '../support/stack.js';

let stack: Stack;
const today = isoDate(new Date());
const coach = snowflake();
const steady = snowflake();
const spiking = snowflake();
const dmOnly = snowflake();
const elsewhere = snowflake();

/** Four weeks of logs (3 a week, 60 min RPE 6), then for `spike` four long hard days this week. */
async function seed(userId: string, o: { guildId: string | null; spike?: boolean }) {
  const a = await getOrCreateAthlete(stack.db, userId, `Athlete ${userId.slice(-4)}`);
  for (let d = 34; d >= 1; d--) {
    if (d % 7 !== 0 && d % 7 !== 2 && d % 7 !== 5) continue;
    await recordWorkout(
      stack.db,
      a.id,
      { sourceId: `seed:${userId}:${d}`, date: addDays(today, -d), sessionType: 'run', durationMin: 60, rpe: 6, guildId: o.guildId },
      today,
    );
  }
  if (o.spike)
    for (let d = 3; d >= 0; d--)
      await recordWorkout(
        stack.db,
        a.id,
        { sourceId: `spike:${userId}:${d}`, date: addDays(today, -d), sessionType: 'simulation', durationMin: 120, rpe: 8, guildId: o.guildId },
        today,
      );
}

beforeAll(async () => {
  stack = await startStack({ queue: 'in-process' });
  await stack.startBot();
  await seed(steady, { guildId: stack.discord.guildId });
  await seed(spiking, { guildId: stack.discord.guildId, spike: true });
  await seed(dmOnly, { guildId: null });
  await seed(elsewhere, { guildId: snowflake() });
});
afterAll(async () => {
  await stack?.close();
});

async function run(userId: string, o: { options?: Record<string, unknown>; roles?: string[]; name?: string } = {}): Promise<RecordedCall> {
  const { token } = await stack.discord.slashCommand({ name: o.name ?? 'team', userId, options: o.options, roles: o.roles });
  return stack.discord.waitForCall((c) => c.method === 'PATCH' && c.path.includes(token));
}

describe('/team', () => {
  describe('as a coach', () => {
    it("shows this server's members who used Coach K, the one who needs attention first, as a table image and text", async () => {
      await run(spiking, { name: 'benchmark', options: { test: 'run_5k', time: '22:30' } });
      const edit = await run(coach, { roles: [stack.discord.coachRoleId] });
      const text: string = edit.body.content;
      const names = [...text.matchAll(/^\d+\. (Athlete \d{4}):/gm)].map((m) => m[1]);
      expect(names).toEqual([`Athlete ${spiking.slice(-4)}`, `Athlete ${steady.slice(-4)}`]);
      expect(text).toMatch(/ACWR \d\.\d\d spike.*attention: .*load spike/);
      expect(text).toMatch(/last test 5 km run 22:30/);
      expect(text).not.toMatch(new RegExp(`${dmOnly.slice(-4)}|${elsewhere.slice(-4)}`));
      expect(edit.files.map((f) => f.name)).toEqual(['team.png']);
      const png = PNG.sync.read(edit.files[0]!.data);
      expect(png.width).toBe(1100);
      expect(edit.files[0]!.description).toMatch(/^Team table, 2 athletes, who needs attention first\./);
    });

    it("athlete:@member shows that member's load and benchmark charts", async () => {
      const edit = await run(coach, { roles: [stack.discord.coachRoleId], options: { athlete: spiking } });
      expect(edit.body.content).toMatch(new RegExp(`^\\*\\*Athlete ${spiking.slice(-4)}\\*\\*`));
      expect(edit.files.map((f) => f.name)).toEqual(['weekly-load.png', 'benchmark-history.png']);
      expect(edit.files[0]!.description).toMatch(/Acute:chronic ratio now \d\.\d\d, above the 0\.8–1\.3 range/);
    });

    it('refuses a member who never used Coach K in this server', async () => {
      const edit = await run(coach, { roles: [stack.discord.coachRoleId], options: { athlete: elsewhere } });
      expect(edit.body.content).toMatch(/^❌ That member has not used Coach K in this server/);
      expect(edit.files).toEqual([]);
    });
  });

  describe('as a member without the coach role', () => {
    it('is refused privately and shows no one', async () => {
      const { interactionId, token } = await stack.discord.slashCommand({ name: 'team', userId: steady });
      const defer = await stack.discord.waitForCall((c) => c.path === `/interactions/${interactionId}/${token}/callback`);
      expect(defer.body).toMatchObject({ type: 5, data: { flags: 64 } });
      const edit = await stack.discord.waitForCall((c) => c.method === 'PATCH' && c.path.includes(token));
      expect(edit.body.content).toMatch(/^❌ \/team is for coaches/);
      expect(edit.body.content).not.toMatch(/Athlete/);
      expect(edit.files).toEqual([]);
    });
  });
});
