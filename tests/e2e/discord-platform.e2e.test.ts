import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snowflake, type RecordedCall } from '../support/discord-fake.js';
import { startStack, type Stack } from '../support/stack.js';

/**
 * Bot behaviours that only show against Discord's real rules (the local Discord enforces them):
 * DM ratings, channel permissions, partial delivery, the thread rate limit.
 */
let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ queue: 'bullmq', llm: true, extraEnv: { COACH_RATE_LIMIT: '2', JOB_BACKOFF_MS: '50' } });
  await stack.startBot();
  await stack.startWorker();
});
afterAll(async () => {
  await stack?.close();
});

const onToken = (token: string) => (c: RecordedCall) => c.path.includes(token);
const edits = (token: string) => (c: RecordedCall) =>
  c.method === 'PATCH' && c.path.includes(token) && typeof c.body?.content === 'string' && c.body.content.length > 0;
const conversation = (sourceId: string) =>
  stack.db.one<{ id: string; delivered_parts: number; delivered_at: string | null; discord_message_id: string | null }>(
    'select id, delivered_parts, delivered_at, discord_message_id from conversations where source_id = $1',
    [sourceId],
  );
const delivered = (sourceId: string) =>
  expect.poll(async () => (await conversation(sourceId))?.delivered_at ?? null, { timeout: 20_000 }).not.toBeNull();

describe('Discord platform rules', () => {
  it('asks for the Direct Message Reactions intent, so ratings on answers in DMs arrive', async () => {
    expect(stack.discord.intents() & (1 << 13)).toBe(1 << 13);
    stack.llm!.queueChat({ content: 'In a DM: 5 × 1 km at 5:40/km, 90 s rest, RPE 7 [1].' });
    const userId = snowflake();
    const { interactionId, token } = await stack.discord.slashCommand({
      name: 'coach',
      userId,
      dm: true,
      options: { question: 'Give me a run session for Hyrox pacing' },
    });
    await delivered(`interaction:${interactionId}`);
    const answer = (await conversation(`interaction:${interactionId}`))!;
    const edit = stack.discord.calls.find(edits(token))!;
    expect(stack.discord.calls.filter((c) => c.method === 'POST' && /\/threads$/.test(c.path))).toHaveLength(0);
    await stack.discord.react({
      userId,
      channelId: stack.discord.messages.get(answer.discord_message_id!)!.channel_id,
      messageId: answer.discord_message_id!,
      emoji: '👍',
    });
    await expect
      .poll(async () => (await stack.db.one<{ n: number }>('select count(*)::int as n from ratings where conversation_id = $1', [answer.id]))!.n, {
        timeout: 10_000,
      })
      .toBe(1);
    expect(edit.body.content).toContain('In a DM');
  });

  describe('when the channel denies reactions and threads to the bot', () => {
    it('answers, skips what it may not do, and tells the member privately what is missing', async () => {
      const channelId = snowflake();
      stack.discord.addChannel(channelId, 'no-extras');
      stack.discord.denyPermissions(channelId, 'AddReactions', 'CreatePublicThreads');
      stack.llm!.queueChat({ content: 'Sled push: 6 × 25 m at race load, 2:00 rest, RPE 8 [1].' });
      const { interactionId, token } = await stack.discord.slashCommand({
        name: 'coach',
        userId: snowflake(),
        channel: channelId,
        options: { question: 'How do I improve my sled push?' },
      });
      await delivered(`interaction:${interactionId}`);
      expect(stack.discord.calls.find(edits(token))!.body.content).toContain('Sled push: 6 × 25 m');
      expect(
        stack.discord.calls.filter(
          (c) => c.path.startsWith(`/channels/${channelId}/`) && (c.path.includes('/reactions/') || c.path.endsWith('/threads')),
        ),
      ).toEqual([]);
      const note = stack.discord.calls.find((c) => onToken(token)(c) && c.method === 'POST' && c.path.endsWith(token))!;
      expect(note.body).toMatchObject({ flags: 64, content: expect.stringMatching(/missing Add Reactions, Create Public Threads/) });
      expect(stack.discord.rejected.filter((r) => onToken(token)(r.call) || r.call.path.startsWith(`/channels/${channelId}/`))).toEqual([]);
    });
  });

  describe('when a follow-up part fails once', () => {
    it('the retry sends only the parts Discord has not accepted: every part exactly once', async () => {
      // (@discordjs/rest retries a 5xx by itself; either way no part may go out twice.)
      const sentences = Array.from(
        { length: 60 },
        (_, i) => `Point ${i + 1}: hold your pace through the Roxzone, every second there is free time.`,
      ).join(' ');
      stack.llm!.queueChat({ content: sentences });
      const { interactionId, token } = await stack.discord.slashCommand({
        name: 'coach',
        userId: snowflake(),
        options: { question: 'How should I move through the Roxzone?' },
      });
      stack.discord.failNext({ method: 'POST', path: new RegExp(`/webhooks/\\d+/${token}$`), status: 500 });
      await delivered(`interaction:${interactionId}`);
      const parts = stack.discord.calls.filter(
        (c) =>
          onToken(token)(c) &&
          (c.method === 'PATCH' || c.method === 'POST') &&
          typeof c.body?.content === 'string' &&
          c.body.content.includes('Point'),
      );
      const accepted = (await conversation(`interaction:${interactionId}`))!.delivered_parts;
      expect(accepted).toBeGreaterThanOrEqual(2);
      // One failed POST, then each part once: the first part (the edit) is never repeated.
      expect(parts.filter((c) => c.method === 'PATCH')).toHaveLength(1);
      expect(parts.filter((c) => c.method === 'POST')).toHaveLength(accepted); // accepted - 1 follow-ups + 1 failed try
      expect(new Set(parts.filter((c) => c.method === 'POST').map((c) => c.body.content)).size).toBe(accepted - 1);
    });
  });

  describe('when the follow-ups fail on every attempt', () => {
    it('never overwrites the part that went out, and says the rest could not be sent', async () => {
      const sentences = Array.from({ length: 60 }, (_, i) => `Step ${i + 1}: keep the sled low and drive with short fast steps.`).join(' ');
      stack.llm!.queueChat({ content: sentences });
      const { interactionId, token } = await stack.discord.slashCommand({
        name: 'coach',
        userId: snowflake(),
        options: { question: 'How do I push the sled better?' },
      });
      // Every try of every attempt (the REST client retries 5xx itself) fails for the answer's parts.
      stack.discord.failNext({
        method: 'POST',
        path: new RegExp(`/webhooks/\\d+/${token}$`),
        status: 500,
        times: 1000,
        when: (b) => /^Step/.test(String(b?.content)),
      });
      const note = await stack.discord.waitForCall(
        (c) => c.method === 'POST' && c.path.endsWith(token) && /couldn't be delivered/.test(String(c.body?.content)),
        30_000,
      );
      expect(note.body.content).toMatch(/The rest of this answer couldn't be delivered \(ref \w+\)/);
      const row = (await conversation(`interaction:${interactionId}`))!;
      expect(row.delivered_parts).toBe(1);
      expect(stack.discord.messages.get(row.discord_message_id!)!.content).toMatch(/^Step 1:/);
      expect(stack.discord.calls.filter((c) => c.method === 'PATCH' && onToken(token)(c))).toHaveLength(1);
    });
  });

  describe('when a member keeps asking in a Coach K thread', () => {
    it('thread questions share the /coach rate limit: over it, a short reply and no LLM call', async () => {
      const userId = snowflake();
      stack.llm!.queueChat(
        { content: 'Wall balls: 5 × 20 at race weight, 60 s rest, RPE 7 [1].' },
        { content: 'Follow-up: break them 15-10-10-10 [1].' },
      );
      const { interactionId } = await stack.discord.slashCommand({
        name: 'coach',
        userId,
        options: { question: 'How do I get better at wall balls?' },
      });
      await delivered(`interaction:${interactionId}`);
      // The thread is opened after the answer is delivered (the job's slot is free by then).
      const threadOf = async () =>
        (
          await stack.db.one<{ t: string | null }>('select discord_thread_id as t from conversations where source_id = $1', [
            `interaction:${interactionId}`,
          ])
        )?.t ?? null;
      await expect.poll(threadOf, { timeout: 10_000 }).not.toBeNull();
      const threadId = (await threadOf())!;
      const llmCalls = () => stack.llm!.calls.filter((c) => c.path === '/chat/completions').length;
      const first = await stack.discord.channelMessage({ userId, channelId: threadId, content: 'How should I split them in the race?' });
      await delivered(`message:${first}`);
      const before = llmCalls();
      const second = await stack.discord.channelMessage({ userId, channelId: threadId, content: 'And what about the sled?' });
      const reply = await stack.discord.waitForCall(
        (c) => c.method === 'POST' && c.path === `/channels/${threadId}/messages` && c.body?.message_reference?.message_id === second,
      );
      expect(reply.body.content).toMatch(/^⏳ You've asked 2 questions in the last 60 s\. Try again in \d+ s\./);
      expect(llmCalls()).toBe(before);
      expect(await conversation(`message:${second}`)).toBeUndefined();
    });
  });
});
