import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCheckinSweep } from '../../src/worker/checkins.js';
import { RestDiscordOut } from '../../src/worker/discord-out.js';
import { createLogger } from '../../src/log.js';
import { BOT_TOKEN, startStack, type Stack } from '../support/stack.js';
import { snowflake, type RecordedCall } from '../support/discord-fake.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ queue: 'in-process' });
  await stack.startBot();
});
afterAll(async () => {
  await stack?.close();
});

const edits = (token: string) => (c: RecordedCall) =>
  c.method === 'PATCH' && c.path.includes(token) && typeof c.body?.content === 'string' && c.body.content.length > 0;
const dmReplies = (messageId: string) => (c: RecordedCall) =>
  c.method === 'POST' && /^\/channels\/\d+\/messages$/.test(c.path) && c.body?.message_reference?.message_id === messageId;
const logs = (userId: string) =>
  stack.db.query<{ session_type: string; duration_minutes: number; rpe_post: number; date: string }>(
    'select w.session_type, w.duration_minutes, w.rpe_post, w.date::text from workout_logs w join athlete_profiles a on a.id = w.athlete_id where a.discord_user_id = $1',
    [userId],
  );

describe('DM logs', () => {
  it('logs "rpe 7, 45 min tempo run" once and confirms it', async () => {
    const userId = snowflake();
    const messageId = await stack.discord.userDm({ userId, content: 'rpe 7, 45 min tempo run' });
    const reply = await stack.discord.waitForCall(dmReplies(messageId));
    expect(reply.body.content).toMatch(/Logged ✅ run · 45 min · RPE 7/);
    expect(await logs(userId)).toMatchObject([{ session_type: 'run', duration_minutes: 45, rpe_post: 7 }]);
  });
  it.each(['💪🔥🏃', 'thanks coach!'])('answers an unreadable DM (%j) with an example and stores nothing', async (content) => {
    const userId = snowflake();
    const messageId = await stack.discord.userDm({ userId, content });
    const reply = await stack.discord.waitForCall(dmReplies(messageId));
    expect(reply.body.content).toMatch(/rpe 7, 45 min tempo run/);
    expect(await logs(userId)).toEqual([]);
  });
  it.each([
    ['rpe 7.5, 45 min tempo run', /whole number.*7 or 8/],
    ['9h 99 long ride rpe 6', /99 minutes after the hours/],
    ['-30 min run rpe 6', /negative/],
  ])('asks back about %j instead of changing a number, and stores nothing', async (content, question) => {
    const userId = snowflake();
    const messageId = await stack.discord.userDm({ userId, content });
    const reply = await stack.discord.waitForCall(dmReplies(messageId));
    expect(reply.body.content).toMatch(question);
    expect(reply.body.content).toMatch(/Nothing was logged/);
    expect(await logs(userId)).toEqual([]);
  });
  it('refuses an RPE of 11 with the allowed range and stores nothing', async () => {
    const userId = snowflake();
    const messageId = await stack.discord.userDm({ userId, content: 'rpe 11, 40 min hiit' });
    const reply = await stack.discord.waitForCall(dmReplies(messageId));
    expect(reply.body.content).toMatch(/1–10/);
    expect(await logs(userId)).toEqual([]);
  });
});

describe('DM check-ins', () => {
  it('DMs an opted-in athlete once after their session time, and their reply is logged', async () => {
    const userId = snowflake();
    const { token } = await stack.discord.slashCommand({
      name: 'profile',
      subcommand: 'set',
      userId,
      options: { checkins: true, checkin_time: '07:00', timezone: 'UTC' },
    });
    expect((await stack.discord.waitForCall(edits(token))).body.content).toMatch(/DM check-ins: on, at 07:00/);
    const ctx = {
      db: stack.db,
      discord: RestDiscordOut.create(BOT_TOKEN, stack.discord.apiUrl),
      log: createLogger('silent'),
      now: () => new Date('2026-11-24T08:00:00Z'),
    };
    const first = await runCheckinSweep(ctx);
    const second = await runCheckinSweep(ctx);
    expect(first.sent).toBeGreaterThanOrEqual(1);
    expect(second.sent).toBe(0);
    const dm = await stack.discord.waitForCall((c) => c.method === 'POST' && c.path === '/users/@me/channels' && c.body?.recipient_id === userId);
    expect(dm).toBeDefined();
    const messageId = await stack.discord.userDm({ userId, content: 'strength 60 min rpe 8' });
    await stack.discord.waitForCall(dmReplies(messageId));
    expect(await logs(userId)).toMatchObject([{ session_type: 'strength', duration_minutes: 60, rpe_post: 8 }]);
  });
});

describe('/benchmark', () => {
  it('records a test and shows the change since the last one of that kind', async () => {
    const userId = snowflake();
    const a = await stack.discord.slashCommand({ name: 'benchmark', userId, options: { test: 'run_5k', time: '23:10', date: 'yesterday' } });
    expect((await stack.discord.waitForCall(edits(a.token))).body.content).toMatch(/Recorded ✅ 5 km run: 23:10[\s\S]*baseline/);
    const b = await stack.discord.slashCommand({ name: 'benchmark', userId, options: { test: 'run_5k', time: '22:40' } });
    expect((await stack.discord.waitForCall(edits(b.token))).body.content).toMatch(/0:30 faster than .* \(23:10\), 2\.2 %/);
  });
  it('explains a time it cannot read', async () => {
    const { token } = await stack.discord.slashCommand({
      name: 'benchmark',
      userId: snowflake(),
      options: { test: 'station', station: 'sled_push', time: 'fast' },
    });
    expect((await stack.discord.waitForCall(edits(token))).body.content).toMatch(/❌ I couldn't read the time "fast"/);
  });
});

describe('/profile', () => {
  it('creates the profile on first use, sets fields and shows them only to the athlete', async () => {
    const userId = snowflake();
    const set = await stack.discord.slashCommand({
      name: 'profile',
      subcommand: 'set',
      userId,
      options: { division: 'open_women', race_date: '2027-03-14', goal_time: '1:25:00', weekly_hours: 7 },
    });
    const defer = await stack.discord.waitForCall((c) => c.path.includes(set.token) && c.path.endsWith('/callback'));
    expect(defer.body.data.flags).toBe(64);
    expect((await stack.discord.waitForCall(edits(set.token))).body.content).toMatch(
      /Division: Open Women[\s\S]*Race date: 2027-03-14 · Goal: 1:25:00 · Hours\/week: 7/,
    );
    const show = await stack.discord.slashCommand({ name: 'profile', subcommand: 'show', userId });
    expect((await stack.discord.waitForCall(edits(show.token))).body.content).toMatch(/Open Women/);
  });
  it("exports the athlete's own data as a JSON file", async () => {
    const userId = snowflake();
    const log = await stack.discord.slashCommand({ name: 'log', userId, options: { type: 'hiit', duration: 30, rpe: 8 } });
    await stack.discord.waitForCall(edits(log.token));
    const ex = await stack.discord.slashCommand({ name: 'profile', subcommand: 'export', userId });
    const call = await stack.discord.waitForCall((c) => c.method === 'PATCH' && c.path.includes(ex.token) && c.files.length > 0);
    const data = JSON.parse(call.files[0]!.data.toString());
    expect(call.files[0]!.name).toBe('coach-k-my-data.json');
    expect(data.profile.discord_user_id).toBe(userId);
    expect(data.workouts).toMatchObject([{ session_type: 'hiit', duration_minutes: 30, rpe_post: 8 }]);
  });
  it('deletes everything only after the confirmation button', async () => {
    const userId = snowflake();
    const log = await stack.discord.slashCommand({ name: 'log', userId, options: { type: 'run', duration: 20, rpe: 5 } });
    await stack.discord.waitForCall(edits(log.token));
    const del = await stack.discord.slashCommand({ name: 'profile', subcommand: 'delete', userId });
    const ask = await stack.discord.waitForCall(edits(del.token));
    expect(ask.body.content).toMatch(/cannot be undone/);
    expect(await logs(userId)).toHaveLength(1);
    const messageId = [...stack.discord.messages.values()].find((m) => m.content === ask.body.content)!.id;
    const click = await stack.discord.buttonClick({ customId: ask.body.components[0].components[0].custom_id, messageId, userId });
    const done = await stack.discord.waitForCall(
      (c) => c.method === 'PATCH' && c.path.includes(click.token) && /Deleted/.test(String(c.body?.content)),
    );
    expect(done.body.components).toEqual([]);
    expect(await logs(userId)).toEqual([]);
    expect(await stack.db.query('select 1 from athlete_profiles where discord_user_id = $1', [userId])).toHaveLength(0);
  });
});
