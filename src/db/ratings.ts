import { z } from 'zod';
import type { Queryable } from './db.js';
import { parseInput } from './validate.js';

export const RatingInput = z.object({
  conversationId: z.uuid(),
  raterDiscordUserId: z.string().min(1).max(64),
  rating: z.union([z.literal(1), z.literal(-1)]),
  raterIsCoach: z.boolean(),
});
export type RatingInput = z.input<typeof RatingInput>;

export interface RatingSummary {
  qualityRating: number | null;
  flaggedForTraining: boolean;
  up: number;
  down: number;
}

/**
 * One rating per rater per answer: a new reaction inserts, a changed one updates. The
 * conversation's quality_rating and flagged_for_training follow by trigger.
 */
export async function upsertRating(db: Queryable, input: RatingInput): Promise<RatingSummary> {
  const r = parseInput(RatingInput, input);
  await db.query(
    `insert into ratings (conversation_id, rater_discord_user_id, rating, rater_is_coach) values ($1, $2, $3, $4)
     on conflict (conversation_id, rater_discord_user_id)
     do update set rating = excluded.rating, rater_is_coach = excluded.rater_is_coach, updated_at = now()`,
    [r.conversationId, r.raterDiscordUserId, r.rating, r.raterIsCoach],
  );
  return ratingSummary(db, r.conversationId);
}

/** Removes a rater's rating only if it still has the removed reaction's value. */
export async function removeRating(db: Queryable, conversationId: string, raterDiscordUserId: string, rating: 1 | -1): Promise<RatingSummary> {
  await db.query('delete from ratings where conversation_id = $1 and rater_discord_user_id = $2 and rating = $3', [
    conversationId,
    raterDiscordUserId,
    rating,
  ]);
  return ratingSummary(db, conversationId);
}

export async function ratingSummary(db: Queryable, conversationId: string): Promise<RatingSummary> {
  const row = await db.one<{ quality_rating: number | null; flagged_for_training: boolean; up: number; down: number }>(
    `select c.quality_rating, c.flagged_for_training,
       (select count(*)::int from ratings where conversation_id = c.id and rating = 1) as up,
       (select count(*)::int from ratings where conversation_id = c.id and rating = -1) as down
     from conversations c where c.id = $1`,
    [conversationId],
  );
  return {
    qualityRating: row?.quality_rating ?? null,
    flaggedForTraining: row?.flagged_for_training ?? false,
    up: row?.up ?? 0,
    down: row?.down ?? 0,
  };
}

export const CorrectionInput = z.object({
  conversationId: z.uuid(),
  sourceId: z.string().min(1).max(100),
  coachDiscordUserId: z.string().min(1).max(64),
  content: z.string().trim().min(1).max(4000),
});

/** Records a coach's written correction of an answer, once per source message. */
export async function addCorrection(db: Queryable, input: z.input<typeof CorrectionInput>): Promise<boolean> {
  const c = parseInput(CorrectionInput, input);
  const rows = await db.query(
    `insert into corrections (conversation_id, source_id, coach_discord_user_id, content) values ($1, $2, $3, $4)
     on conflict (source_id) do nothing returning id`,
    [c.conversationId, c.sourceId, c.coachDiscordUserId, c.content],
  );
  return rows.length > 0;
}
