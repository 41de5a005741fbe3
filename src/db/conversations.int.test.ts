import { describe, expect, it } from 'vitest';
import { useRepositoryDb } from '../../tests/support/repository-db.js';
import { testId } from '../../tests/support/pglite.js';
import { conversationForJob, findConversationBySource, logConversation } from './conversations.js';
import type { Db } from './db.js';

let db: Db;
const newAthlete = useRepositoryDb((d) => (db = d));

describe('what an answer job reads first', () => {
  it('finds nothing for a new question from a member who never deleted', async () => {
    const start = await conversationForJob(db, testId('interaction:'), { discordUserId: testId('u'), sinceMs: Date.now() });
    expect(start).toEqual({ deletedSince: false, conversation: undefined });
  });

  it('returns the conversation already logged under the source, as findConversationBySource does', async () => {
    const a = await newAthlete();
    const sourceId = testId('interaction:');
    await logConversation(db, { athleteId: a.id, sourceId, question: 'How do I pace?', answer: 'Like this.', model: 'offline', degraded: false });
    const start = await conversationForJob(db, sourceId, { discordUserId: testId('u'), sinceMs: Date.now() });
    expect(start.deletedSince).toBe(false);
    expect(start.conversation).toEqual(await findConversationBySource(db, sourceId));
  });

  it('says the member deleted their data only when the delete came at or after the job was queued', async () => {
    const member = testId('u');
    await db.query("insert into deleted_members (discord_user_id, deleted_at) values ($1, now() - interval '1 minute')", [member]);
    const queuedBefore = Date.now() - 5 * 60_000;
    const queuedAfter = Date.now();
    expect((await conversationForJob(db, testId('interaction:'), { discordUserId: member, sinceMs: queuedBefore })).deletedSince).toBe(true);
    expect((await conversationForJob(db, testId('interaction:'), { discordUserId: member, sinceMs: queuedAfter })).deletedSince).toBe(false);
  });
});
