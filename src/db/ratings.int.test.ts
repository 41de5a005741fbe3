import { describe, expect, it } from 'vitest';
import { useRepositoryDb } from '../../tests/support/repository-db.js';
import { testId } from '../../tests/support/pglite.js';
import { addCorrection, ratingSummary, removeRating, upsertRating } from './ratings.js';
import { findConversationByMessage, logConversation, setAnswerMessage } from './conversations.js';
import type { Db } from './db.js';

let db: Db;
const newAthlete = useRepositoryDb((d) => (db = d));

describe('conversations and ratings', () => {
  it('logs once per source and derives quality and training flag from ratings', async () => {
    const a = await newAthlete();
    const source = testId('c');
    const input = {
      athleteId: a.id,
      sourceId: source,
      question: 'How do I pace?',
      answer: 'Like this.',
      model: 'offline',
      degraded: true,
      chunkIds: ['team1b#1'],
      latencyMs: 12,
    };
    const first = await logConversation(db, input);
    const second = await logConversation(db, input);
    expect(second.created).toBe(false);
    expect(second.conversation.id).toBe(first.conversation.id);
    const message = testId('m');
    await setAnswerMessage(db, first.conversation.id, { messageId: message, channelId: '1', guildId: '2' });
    const found = await findConversationByMessage(db, message);
    expect(found?.chunkIds).toEqual(['team1b#1']);

    let s = await upsertRating(db, { conversationId: first.conversation.id, raterDiscordUserId: 'member', rating: -1, raterIsCoach: false });
    expect(s).toMatchObject({ qualityRating: 1, flaggedForTraining: false, down: 1 });
    s = await upsertRating(db, { conversationId: first.conversation.id, raterDiscordUserId: 'coach', rating: 1, raterIsCoach: true });
    // weighted up share 3 / 4 → 1 + round(4 × 0.75) = 4
    expect(s).toMatchObject({ qualityRating: 4, flaggedForTraining: true, up: 1, down: 1 });
    s = await upsertRating(db, { conversationId: first.conversation.id, raterDiscordUserId: 'coach', rating: -1, raterIsCoach: true });
    expect(s).toMatchObject({ qualityRating: 1, flaggedForTraining: false, up: 0, down: 2 });
    await removeRating(db, first.conversation.id, 'coach', -1);
    s = await removeRating(db, first.conversation.id, 'member', -1);
    expect(s).toMatchObject({ qualityRating: null, flaggedForTraining: false, up: 0, down: 0 });
    expect(await ratingSummary(db, first.conversation.id)).toEqual(s);
    expect(
      await addCorrection(db, {
        conversationId: first.conversation.id,
        sourceId: testId('k'),
        coachDiscordUserId: 'coach',
        content: 'Better answer',
      }),
    ).toBe(true);
  });
});
