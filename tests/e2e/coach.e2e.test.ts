import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snowflake, type RecordedCall } from '../support/discord-fake.js';
import { startStack, type Stack } from '../support/stack.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ queue: 'bullmq', llm: true });
  await stack.startBot();
  await stack.startWorker();
});
afterAll(async () => {
  await stack?.close();
});

const edits = (token: string) => (c: RecordedCall) =>
  c.method === 'PATCH' && c.path.includes(token) && typeof c.body?.content === 'string' && c.body.content.length > 0;
const conversation = (sourceId: string) =>
  stack.db.one<{
    id: string;
    answer: string;
    degraded: boolean;
    discord_message_id: string | null;
    discord_thread_id: string | null;
    model_used: string;
    rag_chunks_used: string[];
  }>('select id, answer, degraded, discord_message_id, discord_thread_id, model_used, rag_chunks_used from conversations where source_id = $1', [
    sourceId,
  ]);

describe('/coach', () => {
  it('shows "thinking" at once, answers in the same reply with sources, adds 👍/👎 and opens a thread', async () => {
    stack.llm!.queueChat({ content: 'Run 1 at 5:44, settle at 5:54/km, and keep Roxzone to about 52 s per transition [1].' });
    const userId = snowflake();
    const { interactionId, token } = await stack.discord.slashCommand({
      name: 'coach',
      userId,
      options: { question: 'How should I pace my 1km runs for a sub 1:30?' },
    });
    const defer = await stack.discord.waitForCall((c) => c.path === `/interactions/${interactionId}/${token}/callback`);
    expect(defer.body).toEqual({ type: 5, data: { flags: 0 } });
    const edit = await stack.discord.waitForCall(edits(token), 20_000);
    expect(edit.path).toBe(`/webhooks/${stack.discord.applicationId}/${token}/messages/@original`);
    expect(edit.body.content).toContain('Run 1 at 5:44');
    expect(edit.body.content).toMatch(/-# Sources: \[1\] pacing › /);
    expect(edit.body.content).toMatch(/-# Numbers from: plan_pacing/);
    const reactions = await stack.discord.waitForCalls((c) => c.method === 'PUT' && c.path.includes('/reactions/'), 2);
    expect(reactions.map((c) => decodeURIComponent(c.path.split('/reactions/')[1]!.split('/')[0]!)).slice(-2)).toEqual(['👍', '👎']);
    await stack.discord.waitForCall((c) => c.method === 'POST' && /\/threads$/.test(c.path));
    await expect
      .poll(async () => (await conversation(`interaction:${interactionId}`))?.discord_thread_id ?? null, { timeout: 10_000 })
      .not.toBeNull();
    const row = (await conversation(`interaction:${interactionId}`))!;
    expect(row).toMatchObject({ degraded: false, model_used: 'meta-llama/Llama-3.3-70B-Instruct' });
    expect(row.rag_chunks_used.length).toBeGreaterThan(0);
    // The model saw the retrieved passages, the athlete block and the engine figures.
    const prompt = stack.llm!.calls.filter((c) => c.path === '/chat/completions').at(-1)!.body as { messages: { role: string; content: string }[] };
    expect(prompt.messages[0]!.content).toMatch(/Relevant knowledge:[\s\S]*\[1\] pacing\.md › /);
    expect(prompt.messages[0]!.content).toMatch(/<athlete>[\s\S]*Profile:/);
    expect(prompt.messages[0]!.content).toMatch(/Pacing plan for 1:30:00: runs 5:44, 5:47/);
    expect(prompt.messages.at(-1)).toEqual({ role: 'user', content: 'How should I pace my 1km runs for a sub 1:30?' });
  });

  describe('when Discord is slow to open the thread', () => {
    it('counts the answer delivered without waiting for its thread, and records the thread when it exists', async () => {
      // Threads in one channel are created one at a time (one rate-limit bucket): a job waiting
      // for its thread would hold its worker slot behind every thread queued before it.
      stack.discord.rateLimitNext({ method: 'POST', path: /\/threads$/, retryAfterSec: 2 });
      stack.llm!.queueChat({ content: 'Negative split the runs: start at 5:50/km and finish at 5:40/km [1].' });
      const { interactionId } = await stack.discord.slashCommand({
        name: 'coach',
        userId: snowflake(),
        options: { question: 'Should I negative split?' },
      });
      const state = async () =>
        (await stack.db.one<{ delivered_at: string | null; discord_thread_id: string | null }>(
          'select delivered_at::text, discord_thread_id from conversations where source_id = $1',
          [`interaction:${interactionId}`],
        )) ?? { delivered_at: null, discord_thread_id: null };
      await expect.poll(async () => (await state()).delivered_at, { timeout: 20_000, interval: 50 }).not.toBeNull();
      expect((await state()).discord_thread_id).toBeNull();
      await expect.poll(async () => (await state()).discord_thread_id, { timeout: 15_000 }).not.toBeNull();
    });
  });

  describe('when the LLM fails', () => {
    it('answers with the offline composer and says it is degraded', async () => {
      stack.llm!.queueChat({ status: 500 });
      const userId = snowflake();
      const { interactionId, token } = await stack.discord.slashCommand({
        name: 'coach',
        userId,
        options: { question: 'My 5K time is 22 minutes. What Hyrox finish time should I target?' },
      });
      const edit = await stack.discord.waitForCall(edits(token), 20_000);
      expect(edit.body.content).toMatch(/^⚠️ Offline answer/);
      expect(edit.body.content).toContain('1:14:26');
      expect((await conversation(`interaction:${interactionId}`))?.degraded).toBe(true);
    });
  });

  describe('when the answer is longer than Discord allows', () => {
    it('sends the rest as follow-ups, each within 2,000 characters and ending at a sentence', async () => {
      const sentence = 'Hold your pace through the Roxzone because every second there is free time. ';
      stack.llm!.queueChat({ content: sentence.repeat(45).trim() });
      const { token } = await stack.discord.slashCommand({
        name: 'coach',
        userId: snowflake(),
        options: { question: 'How should I move through the Roxzone?' },
      });
      await stack.discord.waitForCall(edits(token), 20_000);
      const follow = await stack.discord.waitForCall((c) => c.method === 'POST' && c.path === `/webhooks/${stack.discord.applicationId}/${token}`);
      const first = stack.discord.calls.find(edits(token))!;
      for (const part of [first.body.content as string, follow.body.content as string]) expect(part.length).toBeLessThanOrEqual(2000);
      expect((first.body.content as string).trimEnd()).toMatch(/time\.$/);
    });
  });

  describe('when the same interaction is delivered twice', () => {
    it('answers once and logs one conversation', async () => {
      stack.llm!.queueChat({ content: 'One answer only: 3 × 1 km at 5:54/km, 90 s rest, RPE 7.' });
      const { interactionId, token } = await stack.discord.slashCommand({
        name: 'coach',
        userId: snowflake(),
        options: { question: 'Give me a pacing session for Hyrox runs' },
      });
      await stack.discord.redeliver(interactionId);
      await stack.discord.waitForCall(edits(token), 20_000);
      await stack.discord.waitForCalls((c) => c.path === `/interactions/${interactionId}/${token}/callback`, 2);
      await new Promise((r) => setTimeout(r, 500));
      expect(stack.discord.calls.filter(edits(token))).toHaveLength(1);
      expect(await stack.db.query('select 1 from conversations where source_id = $1', [`interaction:${interactionId}`])).toHaveLength(1);
    });
  });

  describe('when the question is 6,000 characters', () => {
    it('gets a clear private reply and nothing is queued or logged', async () => {
      const userId = snowflake();
      const { interactionId, token } = await stack.discord.slashCommand({ name: 'coach', userId, options: { question: 'pace '.repeat(1200) } });
      // Answered as the first response, which is where Discord honours the ephemeral flag.
      const reply = await stack.discord.waitForCall((c) => c.method === 'POST' && c.path === `/interactions/${interactionId}/${token}/callback`);
      expect(reply.body).toMatchObject({ type: 4, data: { flags: 64 } });
      expect(reply.body.data.content).toMatch(/4,000 characters/);
      expect(
        await stack.db.query('select 1 from conversations c join athlete_profiles a on a.id = c.athlete_id where a.discord_user_id = $1', [userId]),
      ).toHaveLength(0);
    });
  });

  describe('ratings', () => {
    it('records one rating per rater, follows changes and removals, and derives the training flag from coach votes', async () => {
      stack.llm!.queueChat({ content: 'Do 5 × 20 wall balls, 60 s rest, RPE 8.' });
      const { interactionId, token } = await stack.discord.slashCommand({
        name: 'coach',
        userId: snowflake(),
        options: { question: 'How do I get better at wall balls?' },
      });
      const edit = await stack.discord.waitForCall(edits(token), 20_000);
      await expect
        .poll(async () => (await conversation(`interaction:${interactionId}`))?.discord_message_id ?? null, { timeout: 10_000 })
        .not.toBeNull();
      const { id, discord_message_id: messageId } = (await conversation(`interaction:${interactionId}`))!;
      void edit;
      const coach = snowflake();
      const member = snowflake();
      const summary = () =>
        stack.db.one<{ quality_rating: number | null; flagged_for_training: boolean; n: number }>(
          'select quality_rating, flagged_for_training, (select count(*)::int from ratings where conversation_id = c.id) as n from conversations c where id = $1',
          [id],
        );
      await stack.discord.react({
        userId: coach,
        channelId: stack.discord.channelId,
        messageId: messageId!,
        emoji: '👍',
        roles: [stack.discord.coachRoleId],
      });
      await expect.poll(summary, { timeout: 10_000 }).toMatchObject({ flagged_for_training: true, n: 1, quality_rating: 5 });
      await stack.discord.react({ userId: member, channelId: stack.discord.channelId, messageId: messageId!, emoji: '👎' });
      await expect.poll(summary, { timeout: 10_000 }).toMatchObject({ n: 2, quality_rating: 4 });
      await stack.discord.unreact({ userId: member, channelId: stack.discord.channelId, messageId: messageId!, emoji: '👎' });
      await expect.poll(summary, { timeout: 10_000 }).toMatchObject({ n: 1, quality_rating: 5 });
      await stack.discord.react({
        userId: coach,
        channelId: stack.discord.channelId,
        messageId: messageId!,
        emoji: '👎',
        roles: [stack.discord.coachRoleId],
      });
      await expect.poll(summary, { timeout: 10_000 }).toMatchObject({ n: 1, quality_rating: 1, flagged_for_training: false });
      // A coach's reply to the 👎 answer is recorded as its correction.
      await stack.discord.channelMessage({
        userId: coach,
        channelId: stack.discord.channelId,
        content: 'Better: 4 × 25 wall balls at race weight, 75 s rest, RPE 8, then a 1 km run.',
        replyTo: messageId!,
        roles: [stack.discord.coachRoleId],
      });
      await expect
        .poll(async () => (await stack.db.query('select content from corrections where conversation_id = $1', [id])).length, { timeout: 10_000 })
        .toBe(1);
    });
  });

  describe('thread follow-ups', () => {
    it('answers a message in the thread with the conversation so far', async () => {
      stack.llm!.queueChat({ content: 'Start with 4 × 1 km at 5:54/km, 90 s rest, RPE 7.' });
      const userId = snowflake();
      const { interactionId, token } = await stack.discord.slashCommand({
        name: 'coach',
        userId,
        options: { question: 'How do I train to pace a sub 1:30 Hyrox?' },
      });
      await stack.discord.waitForCall(edits(token), 20_000);
      await expect
        .poll(async () => (await conversation(`interaction:${interactionId}`))?.discord_thread_id ?? null, { timeout: 10_000 })
        .not.toBeNull();
      const threadId = (await conversation(`interaction:${interactionId}`))!.discord_thread_id!;
      stack.llm!.queueChat({ content: 'Then make it 5 × 1 km, same pace and rest.' });
      const messageId = await stack.discord.channelMessage({ userId, channelId: threadId, content: 'And after two weeks?' });
      const reply = await stack.discord.waitForCall((c) => c.method === 'POST' && c.path === `/channels/${threadId}/messages`, 20_000);
      expect(reply.body.content).toContain('Then make it 5 × 1 km');
      expect(reply.body.message_reference?.message_id).toBe(messageId);
      const prompt = stack.llm!.calls.filter((c) => c.path === '/chat/completions').at(-1)!.body as { messages: { role: string; content: string }[] };
      expect(prompt.messages.map((m) => m.role)).toEqual(['system', 'user', 'assistant', 'user']);
      expect(prompt.messages[1]!.content).toBe('How do I train to pace a sub 1:30 Hyrox?');
    });
  });

  describe('when the interaction token has expired', () => {
    it('posts the answer in the channel instead', async () => {
      stack.llm!.queueChat({ content: 'Late but useful: 6 × 25 m sled push at race load, 2:00 rest, RPE 8.', delayMs: 300 });
      const userId = snowflake();
      const { token } = await stack.discord.slashCommand({ name: 'coach', userId, options: { question: 'How do I improve my sled push?' } });
      await stack.discord.waitForCall((c) => c.path.includes(token) && c.path.endsWith('/callback'));
      stack.discord.expireToken(token);
      const post = await stack.discord.waitForCall(
        (c) =>
          c.method === 'POST' && c.path === `/channels/${stack.discord.channelId}/messages` && String(c.body?.content).includes('Late but useful'),
        20_000,
      );
      expect(post.body.content).toContain(`<@${userId}>`);
      // The asker is pinged (only the asker): the post is no longer a reply they are watching.
      expect(post.body.allowed_mentions).toEqual({ parse: [], users: [userId] });
    });
  });
});
