import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDb, testId } from '../tests/support/pglite.js';
import type { Db } from '../src/db/db.js';
import { getOrCreateAthlete } from '../src/db/athletes.js';
import { logConversation, setAnswerMessage } from '../src/db/conversations.js';
import { upsertChunk } from '../src/db/knowledge.js';
import { addCorrection, upsertRating } from '../src/db/ratings.js';
import { buildPrompt, COACH_K_SYSTEM_PROMPT } from '../src/coach/prompt.js';
import { LocalEmbedder } from '../src/retrieval/local-embedder.js';
import type { Example } from './example.js';
import { answerBody, exportV2, scrub, UNRECORDED_ATHLETE, type PreferencePair } from './export-v2.js';
import { toolDefs } from './shape.js';

/** The prompt production builds (and the export rebuilds for rows logged without one). */
const rebuilt = (question: string, chunks: { id: string; content: string }[] = []) =>
  buildPrompt({
    question,
    athleteBlock: UNRECORDED_ATHLETE,
    figures: '',
    chunks: chunks.map((c, i) => ({
      id: c.id,
      sourceDoc: 'team1c.md',
      section: 'Sled Push Station',
      content: c.content,
      topicTags: ['sled_push'],
      score: 1 / (i + 1),
    })),
  }).messages;
/** A prompt as production stores it with the conversation: rules, passages, athlete block with the member's name in a user turn. */
const STORED = buildPrompt({
  question: 'Samira here: how long should my taper be?',
  athleteBlock: 'Profile: Open Women, 31 y\nLogs: 9 sessions in the last 28 days',
  figures: '',
  chunks: [1, 2, 3].map((i) => ({
    id: `c${i}`,
    sourceDoc: 'team5_periodization.md',
    section: `Taper ${i}`,
    content: `Taper passage ${i}: cut volume 41–60 % over the final 2 weeks.`,
    topicTags: [],
    score: 1 / i,
  })),
}).messages;

const FOOTER = '\n\n---\n-# Sources: [1] team1b_pacing › Run pacing · [2] team5_periodization › Taper\n-# Numbers from: plan_pacing';
const CHUNK =
  'The sled push is completed over 50m with standardized weights: 152kg for Open Men, 102kg for Open Women. Elite male athletes complete this station in 1:30-2:00.';

let db: Db;
let result: { sft: Example[]; pairs: PreferencePair[] };

async function answered(athleteId: string, question: string, answer: string, chunkIds: string[] = []) {
  const { conversation } = await logConversation(db, {
    athleteId,
    sourceId: testId('s'),
    question,
    answer,
    chunkIds,
    model: 'coach-k-v1',
    degraded: false,
  });
  await setAnswerMessage(db, conversation.id, { messageId: testId('m'), channelId: '900000000000000001' });
  return conversation;
}
const rate = (conversationId: string, rater: string, rating: 1 | -1, raterIsCoach: boolean) =>
  upsertRating(db, { conversationId, raterDiscordUserId: rater, rating, raterIsCoach });

beforeAll(async () => {
  db = await freshDb();
  const jordan = await getOrCreateAthlete(db, testId('u'), 'Jordan');
  const samira = await getOrCreateAthlete(db, testId('u'), 'Samira');
  const priya = await getOrCreateAthlete(db, testId('u'), 'Priya');
  const [embedding] = await new LocalEmbedder().embed([CHUNK]);
  await upsertChunk(
    db,
    {
      id: 'team1c_station_sled_push_001',
      source_doc: 'team1c.md',
      section: 'Sled Push Station',
      content: CHUNK,
      topic_tags: ['sled_push'],
      chunk_index: 0,
      word_count: 28,
      token_count: 45,
      content_hash: 'h1',
    },
    embedding!,
    'local-hash-v1',
    'run-1',
  );

  // A coach 👍 (and a member 👍): flagged for training → one SFT example.
  const approved = await answered(
    jordan.id,
    'What should my long run look like the week before a simulation?',
    `Jordan, keep it to 75 minutes in zone 2, as we discussed with <@111111111111111111> in message 222222222222222222.${FOOTER}`,
  );
  await rate(approved.id, 'coach-1', 1, true);
  await rate(approved.id, 'member-1', 1, false);

  // A coach 👍 on a RAG answer: an SFT example whose system message carries the chunk (a deleted chunk id is skipped).
  const withChunk = await answered(
    jordan.id,
    'My sled push takes 4:30. What should I focus on?',
    `Leg drive: 6 × 50 m at race weight, RPE 8, Jordan.${FOOTER}`,
    ['team1c_station_sled_push_001', 'deleted_chunk_999'],
  );
  await rate(withChunk.id, 'coach-2', 1, true);

  // A coach 👎 with a written correction: one pair, the correction preferred.
  const corrected = await answered(
    priya.id,
    '<@333333333333333333> and I are cutting weight before race day; what protein intake do I need?',
    `Priya, drop protein to 0.8 g/kg while you cut.${FOOTER}`,
  );
  await rate(corrected.id, 'coach-1', -1, true);
  await addCorrection(db, {
    conversationId: corrected.id,
    sourceId: testId('k'),
    coachDiscordUserId: 'coach-1',
    content: 'Priya, keep protein at 2.0 g/kg while cutting, spread over 4 meals, to hold on to muscle.',
  });

  // A member 👍 and a member 👎 on similar questions: one pair, the 👍 answer preferred; neither is flagged.
  const liked = await answered(
    samira.id,
    'How many wall balls should I do unbroken per set in the race?',
    `⚠️ Offline answer: the model was unavailable.\n\nSamira, plan 6 sets of 15 and 1 of 10 with 5-second breaks.${FOOTER}`,
  );
  await rate(liked.id, 'member-2', 1, false);
  const disliked = await answered(
    priya.id,
    'How many wall balls should I do unbroken in each set during the race?',
    `Priya, go unbroken for all 100.${FOOTER}`,
  );
  await rate(disliked.id, 'member-3', -1, false);

  // A member 👎 on a question unlike any 👍 one: no pair.
  const unrelated = await answered(samira.id, 'Which shoes grip best on carpet in the Roxzone?', `Any trainers will do.${FOOTER}`);
  await rate(unrelated.id, 'member-4', -1, false);

  // Coaches disagree (👍 and 👎): not flagged, rated 3 → neither side of a pair.
  const split = await answered(jordan.id, 'Should I do sauna sessions after intervals?', `Yes, 20 minutes at 80 °C.${FOOTER}`);
  await rate(split.id, 'coach-1', 1, true);
  await rate(split.id, 'coach-2', -1, true);

  // A coach 👍 on an answer whose conversation row stored the prompt sent to the model: that prompt is reused.
  const stored = await logConversation(db, {
    athleteId: samira.id,
    sourceId: testId('s'),
    question: 'Samira here: how long should my taper be?',
    answer: `Samira, taper for 2 weeks and cut volume 41–60 %.${FOOTER}`,
    chunkIds: [],
    model: 'coach-k-v1',
    degraded: false,
    messages: [...STORED, { role: 'assistant', content: 'Samira, taper for 2 weeks and cut volume 41–60 %.' }],
  });
  await rate(stored.conversation.id, 'coach-1', 1, true);

  // Never rated: ignored.
  await answered(samira.id, 'How many wall balls should I do unbroken per set in the race?', `Samira, sets of 20.${FOOTER}`);

  result = await exportV2(db);
});
afterAll(async () => {
  await db.close();
});

const sftFor = (userContent: string) => result.sft.find((e) => e.messages.at(-2)?.content === userContent);

describe('exportV2', () => {
  describe('when a coach rated answers 👍 and no coach rated them 👎', () => {
    it('exports exactly those answers as SFT examples', () => {
      expect(result.sft.map((e) => e.messages.at(-2)?.content).sort()).toEqual([
        'My sled push takes 4:30. What should I focus on?',
        'What should my long run look like the week before a simulation?',
        'the athlete here: how long should my taper be?',
      ]);
    });

    it('writes the production prompt, then the answer body only: no footer, no mention, no id, no name', () => {
      expect(sftFor('What should my long run look like the week before a simulation?')).toEqual({
        id: expect.stringMatching(/^rated-\d{4}$/),
        category: 'coaching_judgment',
        source_doc: 'rated',
        provenance: 'rated',
        tools: toolDefs(),
        messages: [
          ...rebuilt('What should my long run look like the week before a simulation?'),
          { role: 'assistant', content: 'the athlete, keep it to 75 minutes in zone 2, as we discussed with the athlete in message [id].' },
        ],
      });
      for (const e of result.sft) {
        const text = e.messages
          .filter((m) => m.role !== 'system')
          .map((m) => m.content)
          .join('\n');
        expect(text).not.toMatch(/-# Sources|-# Numbers|\n---\n|<@|\d{17,20}|Jordan|Samira|Priya/);
      }
    });

    it('numbers the chunks the answer used as passages in <knowledge> and files it as rag_augmented', () => {
      expect(sftFor('My sled push takes 4:30. What should I focus on?')).toMatchObject({
        category: 'rag_augmented',
        messages: [
          ...rebuilt('My sled push takes 4:30. What should I focus on?', [{ id: 'team1c_station_sled_push_001', content: CHUNK }]),
          { role: 'assistant', content: 'Leg drive: 6 × 50 m at race weight, RPE 8, the athlete.' },
        ],
      });
      expect(sftFor('My sled push takes 4:30. What should I focus on?')!.messages[0]!.content).toContain(
        `[1] team1c.md › Sled Push Station\n${CHUNK}`,
      );
    });

    it('reuses the prompt the conversation row stored (rules, passages, athlete block), scrubbed of the name', () => {
      const e = sftFor('the athlete here: how long should my taper be?')!;
      expect(e.messages[0]).toEqual(STORED[0]);
      expect(e.messages.slice(1)).toEqual([
        { role: 'user', content: 'the athlete here: how long should my taper be?' },
        { role: 'assistant', content: 'the athlete, taper for 2 weeks and cut volume 41–60 %.' },
      ]);
      expect(e.messages[0]!.content.startsWith(COACH_K_SYSTEM_PROMPT)).toBe(true);
    });

    it('gives every example its own id', () => {
      expect(new Set(result.sft.map((e) => e.id)).size).toBe(result.sft.length);
    });
  });

  describe('when answers were rated 👎 with a correction, or 👍 and 👎 on similar questions', () => {
    it('exports exactly two preference pairs', () => {
      expect(result.pairs).toHaveLength(2);
    });

    it('prefers the coach correction over the 👎 answer body, in the DPO format', () => {
      expect(result.pairs).toContainEqual({
        input: { messages: rebuilt('the athlete and I are cutting weight before race day; what protein intake do I need?'), tools: toolDefs() },
        preferred_output: [
          { role: 'assistant', content: 'the athlete, keep protein at 2.0 g/kg while cutting, spread over 4 meals, to hold on to muscle.' },
        ],
        non_preferred_output: [{ role: 'assistant', content: 'the athlete, drop protein to 0.8 g/kg while you cut.' }],
      });
    });

    it('prefers the 👍 answer over the 👎 answer to a similar question, asked as the 👎 question', () => {
      expect(result.pairs).toContainEqual({
        input: { messages: rebuilt('How many wall balls should I do unbroken in each set during the race?'), tools: toolDefs() },
        preferred_output: [{ role: 'assistant', content: 'the athlete, plan 6 sets of 15 and 1 of 10 with 5-second breaks.' }],
        non_preferred_output: [{ role: 'assistant', content: 'the athlete, go unbroken for all 100.' }],
      });
    });

    it('makes no pair from a 👎 answer to a question unlike any 👍 one, nor from split or missing ratings', () => {
      const contents = JSON.stringify(result.pairs);
      expect(contents).not.toMatch(/Any trainers|sauna|sets of 20/);
    });
  });
});

describe('answerBody', () => {
  describe('when the answer has the provenance footer and the offline line', () => {
    it('returns only the body', () => {
      expect(answerBody(`⚠️ Offline answer: the model was down.\n\nRun easy at 6:00/km.${FOOTER}`)).toBe('Run easy at 6:00/km.');
    });
  });
  describe('when the answer has no footer', () => {
    it('returns it trimmed', () => {
      expect(answerBody('  Run easy.\n')).toBe('Run easy.');
    });
  });
});

describe('scrub', () => {
  describe('when the text names the athlete and carries Discord mentions and ids', () => {
    it('replaces them all', () => {
      expect(scrub('Sam ran 5 km with <@!123456789012345678> in <#123456789012345679>; id 123456789012345678', ['Sam'])).toBe(
        'the athlete ran 5 km with the athlete in the athlete; id [id]',
      );
    });
  });
  describe('when the text uses only the first name of a full display name', () => {
    it('replaces the first name and the full name, and leaves lower-case words and generic parts alone', () => {
      expect(scrub('Great work Sam. Sam Miller, your sam-style sled push held 152 kg.', ['Sam Miller'])).toBe(
        'Great work the athlete. the athlete, your sam-style sled push held 152 kg.',
      );
      expect(scrub('Coach says: Dana, hold RPE 7.', ['Coach Dana'])).toBe('Coach says: the athlete, hold RPE 7.');
    });
  });
  describe('when a name is a prefix of another word', () => {
    it('leaves the other word alone', () => {
      expect(scrub('Sam likes sambal and Samira', ['Sam'])).toBe('the athlete likes sambal and Samira');
    });
  });
});
