import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snowflake } from '../support/discord-fake.js';
import { startStack, type Stack } from '../support/stack.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ queue: 'in-process' });
  await stack.startBot();
});
afterAll(async () => {
  await stack?.close();
});

const rows = (userId: string) =>
  stack.db.query<{ session_type: string; duration_minutes: number; rpe_post: number }>(
    'select w.session_type, w.duration_minutes, w.rpe_post from workout_logs w join athlete_profiles a on a.id = w.athlete_id where a.discord_user_id = $1',
    [userId],
  );

describe('/log', () => {
  it('stores the session and replies privately with session load, weekly load and the ACWR in words', async () => {
    const userId = snowflake();
    const { interactionId, token } = await stack.discord.slashCommand({
      name: 'log',
      userId,
      options: { type: 'run', duration: 45, rpe: 7, notes: 'tempo' },
    });
    const defer = await stack.discord.waitForCall((c) => c.path === `/interactions/${interactionId}/${token}/callback`);
    expect(defer.body).toMatchObject({ type: 5, data: { flags: 64 } });
    const edit = await stack.discord.waitForCall((c) => c.method === 'PATCH' && c.path.includes(token));
    expect(edit.body.content).toMatch(/Logged ✅ run · 45 min · RPE 7/);
    expect(edit.body.content).toMatch(/Session load: 315 AU/);
    expect(edit.body.content).toMatch(/Acute:chronic ratio/);
    expect(await rows(userId)).toEqual([{ session_type: 'run', duration_minutes: 45, rpe_post: 7 }]);
  });

  describe('when the same interaction is delivered twice', () => {
    it('stores one log row and replies once', async () => {
      const userId = snowflake();
      const { interactionId, token } = await stack.discord.slashCommand({ name: 'log', userId, options: { type: 'strength', duration: 60, rpe: 8 } });
      await stack.discord.waitForCall((c) => c.method === 'PATCH' && c.path.includes(token));
      await stack.discord.redeliver(interactionId);
      await stack.discord.waitForCalls((c) => c.path === `/interactions/${interactionId}/${token}/callback`, 2);
      expect(await rows(userId)).toHaveLength(1);
      expect(stack.discord.calls.filter((c) => c.method === 'PATCH' && c.path.includes(token))).toHaveLength(1);
    });
  });

  describe('when the input is out of range', () => {
    it.each([
      [{ type: 'run', duration: 45, rpe: 0 }, /RPE/],
      [{ type: 'run', duration: 45, rpe: 11 }, /RPE/],
      [{ type: 'run', duration: 0, rpe: 5 }, /duration/],
      [{ type: 'run', duration: 2000, rpe: 5 }, /duration/],
      [{ type: 'run', duration: 30, rpe: 5, date: '2027-11-24' }, /future/],
    ])('replies with a clear error and stores nothing (%o)', async (options, message) => {
      const userId = snowflake();
      const { token } = await stack.discord.slashCommand({ name: 'log', userId, options });
      const edit = await stack.discord.waitForCall((c) => c.method === 'PATCH' && c.path.includes(token));
      expect(edit.body.content).toMatch(/^❌/);
      expect(edit.body.content).toMatch(message);
      expect(await rows(userId)).toEqual([]);
    });
  });
});
