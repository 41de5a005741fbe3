import type { Queryable } from '../src/db/db.js';
import { COACH_K_SYSTEM_PROMPT } from '../src/coach/prompt.js';
import { contentWords } from '../src/domain/text.js';
import { ragSystem, type Example } from './example.js';

interface Row {
  id: string; question: string; answer: string; rag_chunks_used: string[]; quality_rating: number | null;
  flagged_for_training: boolean; display_name: string | null; discord_user_id: string;
}

/** The answer body without the provenance footer and the degraded line. */
export function answerBody(answer: string): string {
  return answer.split('\n\n---\n-# ')[0]!.replace(/^⚠️ Offline answer:[^\n]*\n\n/, '').trim();
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
  input: { messages: { role: 'system' | 'user'; content: string }[] };
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
    `select c.id, c.question, c.answer, c.rag_chunks_used, c.quality_rating, c.flagged_for_training, a.display_name, a.discord_user_id
     from conversations c join athlete_profiles a on a.id = c.athlete_id
     where c.quality_rating is not null or exists (select 1 from corrections k where k.conversation_id = c.id)
     order by c.created_at`,
  );
  const chunkIds = [...new Set(rows.flatMap((r) => r.rag_chunks_used))];
  const chunks = new Map((await db.query<{ id: string; content: string }>('select id, content from knowledge_chunks where id = any($1)', [chunkIds])).map((c) => [c.id, c.content]));
  const systemFor = (r: Row) => {
    const ctx = r.rag_chunks_used.map((id) => chunks.get(id)).filter(Boolean).slice(0, 2).join('\n\n');
    return ctx ? ragSystem(ctx) : COACH_K_SYSTEM_PROMPT;
  };
  const clean = (r: Row, text: string) => scrub(text, [r.display_name ?? '']);
  const sft: Example[] = rows.filter((r) => r.flagged_for_training).map((r, i) => ({
    id: `rated-${String(i).padStart(4, '0')}`, category: r.rag_chunks_used.length ? 'rag_augmented' : 'coaching_judgment', source_doc: 'rated', provenance: 'rated',
    messages: [{ role: 'system', content: systemFor(r) }, { role: 'user', content: clean(r, r.question) }, { role: 'assistant', content: clean(r, answerBody(r.answer)) }],
  }));
  const pairs: PreferencePair[] = [];
  const corrections = await db.query<{ conversation_id: string; content: string }>('select conversation_id, content from corrections order by created_at');
  for (const k of corrections) {
    const r = rows.find((x) => x.id === k.conversation_id);
    if (!r) continue;
    pairs.push({
      input: { messages: [{ role: 'system', content: systemFor(r) }, { role: 'user', content: clean(r, r.question) }] },
      preferred_output: [{ role: 'assistant', content: clean(r, k.content) }],
      non_preferred_output: [{ role: 'assistant', content: clean(r, answerBody(r.answer)) }],
    });
  }
  const good = rows.filter((r) => (r.quality_rating ?? 0) >= 4);
  const bad = rows.filter((r) => r.quality_rating !== null && r.quality_rating <= 2);
  for (const b of bad) {
    const match = good.map((g) => ({ g, s: similarity(g.question, b.question) })).filter((x) => x.s >= 0.5).sort((a, c) => c.s - a.s)[0];
    if (!match) continue;
    pairs.push({
      input: { messages: [{ role: 'system', content: COACH_K_SYSTEM_PROMPT }, { role: 'user', content: clean(b, b.question) }] },
      preferred_output: [{ role: 'assistant', content: clean(match.g, answerBody(match.g.answer)) }],
      non_preferred_output: [{ role: 'assistant', content: clean(b, answerBody(b.answer)) }],
    });
  }
  return { sft, pairs };
}
