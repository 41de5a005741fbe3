import type { Queryable } from '../src/db/db.js';
import { buildPrompt } from '../src/coach/prompt.js';
import { contentWords } from '../src/domain/text.js';
import type { ChatMsg, Example, ToolDef } from './example.js';
import { toolDefs } from './shape.js';

interface Row {
  id: string;
  question: string;
  answer: string;
  rag_chunks_used: string[];
  quality_rating: number | null;
  flagged_for_training: boolean;
  display_name: string | null;
  discord_user_id: string;
  messages: { role: 'system' | 'user' | 'assistant' | 'tool'; content: string }[] | null;
}

/** What an old conversation row (logged before prompts were stored) gets as its athlete block. */
export const UNRECORDED_ATHLETE = 'Profile: not recorded with this conversation';

/** The answer body without the provenance footer and the degraded line. */
export function answerBody(answer: string): string {
  return answer
    .split('\n\n---\n-# ')[0]!
    .replace(/^⚠️ Offline answer:[^\n]*\n\n/, '')
    .trim();
}

/** Words that a display name may contain but that are ordinary coaching words, never scrubbed alone. */
const GENERIC_NAME_WORDS = new Set(['coach', 'team', 'hyrox', 'runner', 'athlete', 'the', 'pro', 'open', 'fit', 'fitness', 'official']);

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Removes Discord mentions, ids and the athlete's display name: the whole name (any case), then
 * each capitalised part of it on its own ("Sam" of "Sam Miller"), matched as written.
 */
export function scrub(text: string, names: string[]): string {
  let out = text.replace(/<[@#][!&]?\d{15,20}>/g, 'the athlete').replace(/\b\d{17,20}\b/g, '[id]');
  for (const n of names.filter((x) => x && x.trim().length >= 3)) {
    out = out.replace(new RegExp(`\\b${escapeRe(n.trim())}\\b`, 'gi'), 'the athlete');
    const parts = n.split(/[^\p{L}'’-]+/u).filter((p) => p.length >= 3 && /^\p{Lu}/u.test(p) && !GENERIC_NAME_WORDS.has(p.toLowerCase()));
    for (const p of parts) out = out.replace(new RegExp(`(?<![\\p{L}\\d_])${escapeRe(p)}(?![\\p{L}\\d_])`, 'gu'), 'the athlete');
  }
  return out;
}

function similarity(a: string, b: string): number {
  const x = new Set(contentWords(a));
  const y = new Set(contentWords(b));
  if (!x.size || !y.size) return 0;
  let inter = 0;
  for (const w of x) if (y.has(w)) inter += 1;
  return inter / (x.size + y.size - inter);
}

export interface PreferencePair {
  input: { messages: ChatMsg[]; tools: ToolDef[] };
  preferred_output: { role: 'assistant'; content: string }[];
  non_preferred_output: { role: 'assistant'; content: string }[];
}

/**
 * v2 data from real usage: SFT examples from answers a coach rated 👍 (and no coach 👎), and
 * preference pairs (DPO format) from a coach's correction of a 👎 answer (preferred) against that
 * answer (rejected), and from 👍 vs 👎 answers to similar questions. Scrubbed of names and ids.
 */
export async function exportV2(db: Queryable): Promise<{ sft: Example[]; pairs: PreferencePair[] }> {
  const rows = await db.query<Row>(
    `select c.id, c.question, c.answer, c.rag_chunks_used, c.quality_rating, c.flagged_for_training, c.messages, a.display_name, a.discord_user_id
     from conversations c join athlete_profiles a on a.id = c.athlete_id
     where c.quality_rating is not null or exists (select 1 from corrections k where k.conversation_id = c.id)
     order by c.created_at`,
  );
  const chunkIds = [...new Set(rows.flatMap((r) => r.rag_chunks_used))];
  const chunks = new Map(
    (
      await db.query<{ id: string; source_doc: string; section: string; content: string; topic_tags: string[] }>(
        'select id, source_doc, section, content, topic_tags from knowledge_chunks where id = any($1)',
        [chunkIds],
      )
    ).map((c) => [c.id, c]),
  );
  const clean = (r: Row, text: string) => scrub(text, [r.display_name ?? '']);
  const tools = toolDefs();
  /**
   * The prompt the model was sent, as the conversation row stored it (system with rules, passages,
   * athlete and figures; history; the question), scrubbed; rows from before prompts were stored
   * get it rebuilt with production's buildPrompt from the chunks they used.
   */
  const promptFor = (r: Row): ChatMsg[] => {
    const stored = r.messages ?? [];
    const lastUser = stored.map((m) => m.role).lastIndexOf('user');
    if (stored[0]?.role === 'system' && stored[0].content.includes('<knowledge>') && lastUser > 0) {
      return stored.slice(0, lastUser + 1).map((m) => ({ role: m.role, content: m.role === 'system' ? m.content : clean(r, m.content) }));
    }
    const used = r.rag_chunks_used
      .map((id) => chunks.get(id))
      .filter((c) => c !== undefined)
      .map((c, i) => ({ id: c.id, sourceDoc: c.source_doc, section: c.section, content: c.content, topicTags: c.topic_tags, score: 1 / (i + 1) }));
    return buildPrompt({ question: clean(r, r.question), chunks: used, athleteBlock: UNRECORDED_ATHLETE, figures: '' }).messages.map((m) => ({
      role: m.role,
      content: m.content,
    }));
  };
  const sft: Example[] = rows
    .filter((r) => r.flagged_for_training)
    .map((r, i) => ({
      id: `rated-${String(i).padStart(4, '0')}`,
      category: r.rag_chunks_used.length ? 'rag_augmented' : 'coaching_judgment',
      source_doc: 'rated',
      provenance: 'rated',
      messages: [...promptFor(r), { role: 'assistant', content: clean(r, answerBody(r.answer)) }],
      tools,
    }));
  const pairs: PreferencePair[] = [];
  const corrections = await db.query<{ conversation_id: string; content: string }>(
    'select conversation_id, content from corrections order by created_at',
  );
  for (const k of corrections) {
    const r = rows.find((x) => x.id === k.conversation_id);
    if (!r) continue;
    pairs.push({
      input: { messages: promptFor(r), tools },
      preferred_output: [{ role: 'assistant', content: clean(r, k.content) }],
      non_preferred_output: [{ role: 'assistant', content: clean(r, answerBody(r.answer)) }],
    });
  }
  const good = rows.filter((r) => (r.quality_rating ?? 0) >= 4);
  const bad = rows.filter((r) => r.quality_rating !== null && r.quality_rating <= 2);
  for (const b of bad) {
    const match = good
      .map((g) => ({ g, s: similarity(g.question, b.question) }))
      .filter((x) => x.s >= 0.5)
      .sort((a, c) => c.s - a.s)[0];
    if (!match) continue;
    pairs.push({
      input: { messages: promptFor(b), tools },
      preferred_output: [{ role: 'assistant', content: clean(match.g, answerBody(match.g.answer)) }],
      non_preferred_output: [{ role: 'assistant', content: clean(b, answerBody(b.answer)) }],
    });
  }
  return { sft, pairs };
}
