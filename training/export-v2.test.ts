import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDb, testId } from '../tests/support/pglite.js';
import type { Db } from '../src/db/db.js';
import { getOrCreateAthlete } from '../src/db/athletes.js';
import { logConversation } from '../src/db/conversations.js';
import { addCorrection, upsertRating } from '../src/db/ratings.js';
import { COACH_K_SYSTEM_PROMPT } from '../src/coach/prompt.js';
import { answerBody, exportV2, scrub } from './export-v2.js';

let db: Db;
beforeAll(async () => { db = await freshDb(); });
afterAll(async () => { await db.close(); });

const FOOTER = '\n\n---\n-# Sources: [1] team1b_pacing › Run pacing\n-# Numbers from: plan_pacing';

async function answer(athleteId: string, question: string, body: string) {
  return (await logConversation(db, { athleteId, sourceId: testId('s'), question, answer: `${body}${FOOTER}`, model: 'm', degraded: false })).conversation;
}

describe('exportV2', () => {
  it('turns coach-approved answers into SFT examples and corrections and 👍/👎 pairs into preference pairs, scrubbed', async () => {
    const a = await getOrCreateAthlete(db, testId('u'), 'Jordan');
    const good = await answer(a.id, 'How should I pace my 1 km runs for a sub 1:30?', 'Jordan, hold 5:54/km; ask <@123456789012345678> for the 1:30 plan.');
    await upsertRating(db, { conversationId: good.id, raterDiscordUserId: 'coach-1', rating: 1, raterIsCoach: true });
    const bad = await answer(a.id, 'How should I pace my 1 km runs for a sub 1:30 finish?', 'Just run as fast as you can.');
    await upsertRating(db, { conversationId: bad.id, raterDiscordUserId: 'coach-1', rating: -1, raterIsCoach: true });
    await addCorrection(db, { conversationId: bad.id, sourceId: testId('k'), coachDiscordUserId: 'coach-1', content: 'Start at 5:44 and settle at 5:54/km.' });
    const other = await answer(a.id, 'What protein intake do I need?', 'Eat 1.6 g/kg.');
    await upsertRating(db, { conversationId: other.id, raterDiscordUserId: 'member-2', rating: -1, raterIsCoach: false });

    const { sft, pairs } = await exportV2(db);
    expect(sft).toHaveLength(1);
    expect(sft[0]!.messages[0]!.content).toBe(COACH_K_SYSTEM_PROMPT);
    expect(sft[0]!.messages[2]!.content).toBe('the athlete, hold 5:54/km; ask the athlete for the 1:30 plan.');
    // One pair from the correction, one from the 👍 vs 👎 answers to similar questions; none for the unrelated 👎.
    expect(pairs).toHaveLength(2);
    expect(pairs[0]).toEqual({
      input: { messages: [{ role: 'system', content: COACH_K_SYSTEM_PROMPT }, { role: 'user', content: 'How should I pace my 1 km runs for a sub 1:30 finish?' }] },
      preferred_output: [{ role: 'assistant', content: 'Start at 5:44 and settle at 5:54/km.' }],
      non_preferred_output: [{ role: 'assistant', content: 'Just run as fast as you can.' }],
    });
    expect(pairs[1]!.preferred_output[0]!.content).toMatch(/hold 5:54\/km/);
    expect(pairs[1]!.non_preferred_output[0]!.content).toBe('Just run as fast as you can.');
  });
  it('strips the footer and the degraded line from answers', () => {
    expect(answerBody(`⚠️ Offline answer: the model was down.\n\nRun easy.${FOOTER}`)).toBe('Run easy.');
    expect(scrub('Sam ran 5 km; id 123456789012345678', ['Sam'])).toBe('the athlete ran 5 km; id [id]');
  });
});
