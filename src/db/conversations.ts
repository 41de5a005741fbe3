import { z } from 'zod';
import type { ChatTurn } from '../domain/chat.js';
import type { Queryable } from './db.js';
import { parseInput, toIso } from './validate.js';

/** The statements every answer runs (fixed, no `*`): kept prepared, parsed and planned once per connection. */
const PREPARED = { prepare: true } as const;

export type { ChatTurn };

export interface Conversation {
  id: string;
  athleteId: string;
  sourceId: string | null;
  parentId: string | null;
  guildId: string | null;
  channelId: string | null;
  messageId: string | null;
  threadId: string | null;
  /** Parts of the answer Discord has accepted; delivery resumes after them. */
  deliveredParts: number;
  /** Set once every part, the thread and the reactions are done. */
  deliveredAt: string | null;
  question: string;
  answer: string;
  messages: ChatTurn[];
  chunkIds: string[];
  toolsUsed: string[];
  model: string;
  degraded: boolean;
  latencyMs: number | null;
  promptTokens: number | null;
  completionTokens: number | null;
  qualityRating: number | null;
  flaggedForTraining: boolean;
  createdAt: string;
}

interface RawConversation {
  id: string;
  athlete_id: string;
  source_id: string | null;
  parent_id: string | null;
  discord_guild_id: string | null;
  discord_channel_id: string | null;
  discord_message_id: string | null;
  discord_thread_id: string | null;
  question: string;
  answer: string;
  messages: ChatTurn[];
  delivered_parts: number;
  delivered_at: string | Date | null;
  rag_chunks_used: string[];
  tools_used: string[];
  model_used: string;
  degraded: boolean;
  latency_ms: number | null;
  prompt_tokens: number | null;
  completion_tokens: number | null;
  quality_rating: number | null;
  flagged_for_training: boolean;
  created_at: Date | string;
}

/**
 * The columns toConversation reads. The statements every answer runs name them rather than `*`,
 * so they can be kept prepared: a column a migration adds does not change their result.
 */
const COLUMNS = [
  'id',
  'athlete_id',
  'source_id',
  'parent_id',
  'discord_guild_id',
  'discord_channel_id',
  'discord_message_id',
  'discord_thread_id',
  'question',
  'answer',
  'messages',
  'delivered_parts',
  'delivered_at',
  'rag_chunks_used',
  'tools_used',
  'model_used',
  'degraded',
  'latency_ms',
  'prompt_tokens',
  'completion_tokens',
  'quality_rating',
  'flagged_for_training',
  'created_at',
] as const satisfies readonly (keyof RawConversation)[];
const CONVERSATION_COLUMNS = COLUMNS.join(', ');

export function toConversation(r: RawConversation): Conversation {
  return {
    id: r.id,
    athleteId: r.athlete_id,
    sourceId: r.source_id,
    parentId: r.parent_id,
    guildId: r.discord_guild_id,
    channelId: r.discord_channel_id,
    messageId: r.discord_message_id,
    threadId: r.discord_thread_id,
    deliveredParts: r.delivered_parts ?? 0,
    deliveredAt: r.delivered_at === null || r.delivered_at === undefined ? null : String(r.delivered_at),
    question: r.question,
    answer: r.answer,
    messages: r.messages ?? [],
    chunkIds: r.rag_chunks_used ?? [],
    toolsUsed: r.tools_used ?? [],
    model: r.model_used,
    degraded: r.degraded,
    latencyMs: r.latency_ms,
    promptTokens: r.prompt_tokens,
    completionTokens: r.completion_tokens,
    qualityRating: r.quality_rating,
    flaggedForTraining: r.flagged_for_training,
    createdAt: toIso(r.created_at),
  };
}

export const ConversationInput = z.object({
  athleteId: z.uuid(),
  sourceId: z.string().min(1).max(100).nullish(),
  parentId: z.uuid().nullish(),
  guildId: z.string().max(32).nullish(),
  channelId: z.string().max(32).nullish(),
  messageId: z.string().max(32).nullish(),
  threadId: z.string().max(32).nullish(),
  question: z.string().min(1).max(4000),
  answer: z.string().min(1),
  messages: z.array(z.object({ role: z.enum(['system', 'user', 'assistant', 'tool']), content: z.string() })).default([]),
  chunkIds: z.array(z.string()).default([]),
  toolsUsed: z.array(z.string()).default([]),
  model: z.string().min(1),
  degraded: z.boolean(),
  latencyMs: z.number().int().min(0).nullish(),
  promptTokens: z.number().int().min(0).nullish(),
  completionTokens: z.number().int().min(0).nullish(),
});
export type ConversationInput = z.input<typeof ConversationInput>;

/** Logs an answer once per sourceId (a job that runs twice logs one row). */
export async function logConversation(db: Queryable, input: ConversationInput): Promise<{ conversation: Conversation; created: boolean }> {
  const c = parseInput(ConversationInput, input);
  const row = await db.one<RawConversation>(
    `insert into conversations (athlete_id, source_id, parent_id, discord_guild_id, discord_channel_id,
       discord_message_id, discord_thread_id, question, answer, messages, rag_chunks_used, tools_used, model_used,
       degraded, latency_ms, prompt_tokens, completion_tokens)
     values ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10::jsonb,$11,$12,$13,$14,$15,$16,$17)
     on conflict (source_id) do nothing returning ${CONVERSATION_COLUMNS}`,
    [
      c.athleteId,
      c.sourceId ?? null,
      c.parentId ?? null,
      c.guildId ?? null,
      c.channelId ?? null,
      c.messageId ?? null,
      c.threadId ?? null,
      c.question,
      c.answer,
      JSON.stringify(c.messages),
      c.chunkIds,
      c.toolsUsed,
      c.model,
      c.degraded,
      c.latencyMs ?? null,
      c.promptTokens ?? null,
      c.completionTokens ?? null,
    ],
    PREPARED,
  );
  if (row) return { conversation: toConversation(row), created: true };
  const existing = await db.one<RawConversation>('select * from conversations where source_id = $1', [c.sourceId ?? null]);
  return { conversation: toConversation(existing!), created: false };
}

export async function findConversationBySource(db: Queryable, sourceId: string): Promise<Conversation | undefined> {
  const row = await db.one<RawConversation>('select * from conversations where source_id = $1', [sourceId]);
  return row && toConversation(row);
}

/**
 * What a queued answer job needs first, in one round trip: whether the member deleted their data
 * at or after `sinceMs` (the job must then store nothing; as deletion.ts deletedSince) and the
 * conversation already logged under `sourceId`, if any (a job that runs again resumes it).
 */
export async function conversationForJob(
  db: Queryable,
  sourceId: string,
  member: { discordUserId: string; sinceMs: number },
): Promise<{ deletedSince: boolean; conversation?: Conversation }> {
  const row = await db.one<Partial<RawConversation> & { deleted_since: boolean }>(
    `select ${COLUMNS.map((name) => `c.${name}`).join(', ')},
       exists (select 1 from deleted_members where discord_user_id = $2 and deleted_at >= $3) as deleted_since
     from (select 1) one left join conversations c on c.source_id = $1`,
    [sourceId, member.discordUserId, new Date(member.sinceMs)],
    PREPARED,
  );
  return {
    deletedSince: row?.deleted_since === true,
    conversation: row?.id ? toConversation(row as RawConversation) : undefined,
  };
}

/** Records where the answer was posted, and its thread if one was opened (reactions and follow-ups point here). */
export async function setAnswerMessage(
  db: Queryable,
  conversationId: string,
  where: { messageId: string; channelId?: string | null; guildId?: string | null; threadId?: string | null },
): Promise<void> {
  await db.query(
    `update conversations set discord_message_id = $2, discord_channel_id = coalesce($3, discord_channel_id),
       discord_guild_id = coalesce($4, discord_guild_id), discord_thread_id = coalesce($5, discord_thread_id) where id = $1`,
    [conversationId, where.messageId, where.channelId ?? null, where.guildId ?? null, where.threadId ?? null],
  );
}

/**
 * Records that Discord accepted parts 1..parts of the answer; the first part's message (where
 * reactions and the thread hang) is recorded with it. Never moves backwards. `done`: that was
 * the last of the delivery (as finishDelivery, in the same statement).
 */
export async function recordDeliveredParts(
  db: Queryable,
  conversationId: string,
  parts: number,
  first?: { messageId: string; channelId: string; guildId: string | null },
  done = false,
): Promise<void> {
  await db.query(
    `update conversations set delivered_parts = greatest(delivered_parts, $2),
       discord_message_id = coalesce($3, discord_message_id), discord_channel_id = coalesce($4, discord_channel_id),
       discord_guild_id = coalesce($5, discord_guild_id), delivered_at = case when $6 then now() else delivered_at end
     where id = $1`,
    [conversationId, parts, first?.messageId ?? null, first?.channelId ?? null, first?.guildId ?? null, done],
    PREPARED,
  );
}

/** Marks the delivery complete (every part, the thread and the reactions), with the thread if one was opened. */
export async function finishDelivery(db: Queryable, conversationId: string, threadId: string | undefined): Promise<void> {
  await db.query(
    'update conversations set delivered_at = now(), discord_thread_id = coalesce($2, discord_thread_id) where id = $1',
    [conversationId, threadId ?? null],
    PREPARED,
  );
}

/** The thread opened under an answer after its delivery (the first one recorded stays). */
export async function recordThread(db: Queryable, conversationId: string, threadId: string): Promise<void> {
  await db.query('update conversations set discord_thread_id = coalesce(discord_thread_id, $2) where id = $1', [conversationId, threadId], PREPARED);
}

export async function findConversationByMessage(db: Queryable, messageId: string): Promise<Conversation | undefined> {
  const row = await db.one<RawConversation>('select * from conversations where discord_message_id = $1', [messageId]);
  return row && toConversation(row);
}

/** The conversation so far in a thread, oldest first (at most `limit` turns). */
export async function threadHistory(db: Queryable, threadId: string, limit = 10): Promise<Conversation[]> {
  const rows = await db.query<RawConversation>(
    `select * from (select * from conversations where discord_thread_id = $1 order by created_at desc limit $2) t
     order by created_at`,
    [threadId, limit],
  );
  return rows.map(toConversation);
}

export async function listConversations(db: Queryable, athleteId: string): Promise<Conversation[]> {
  const rows = await db.query<RawConversation>('select * from conversations where athlete_id = $1 order by created_at', [athleteId]);
  return rows.map(toConversation);
}
