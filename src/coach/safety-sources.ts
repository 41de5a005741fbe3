import type { RetrievedChunk } from '../retrieval/search.js';
import type { TriageCategory } from './triage-rules.js';

/**
 * The knowledge a safety answer rests on (pure). A heart condition or too little energy for the training is answered by its
 * safety text alone, which cites nothing; the member should still see where the rule comes from. Each category names the
 * sections it rests on and the sentence of each that states the rule, quoted after the safety text with its source.
 */
const SAFETY_SOURCES: Partial<Record<TriageCategory, readonly { section: string; sentence: RegExp }[]>> = {
  // team11: any known condition follows the same rule (the doctor sets the limits); the asthma part does not apply to the heart.
  condition: [
    { section: 'Can I race Hyrox with asthma or another medical condition?', sentence: /\bOther conditions\b[^]*\bfollow the same rule\b/ },
  ],
  // team8: what REDs is; team12: why a deficit beyond about 300–500 kcal a day is too much on top of Hyrox training.
  low_energy: [
    { section: 'Eat enough to train: energy availability first', sentence: /\bRelative Energy Deficiency in Sport\b/ },
    { section: 'Deficit size: about 300–500 kcal a day', sentence: /\ba bigger one\b/ },
  ],
  // team11: lost or irregular periods are a REDs warning sign that needs a doctor; team8: what REDs is (no deficit section here).
  reds: [
    { section: 'Women-specific notes: the menstrual cycle, REDs and iron', sentence: /\bnot normal training adaptation\b/ },
    { section: 'Eat enough to train: energy availability first', sentence: /\bRelative Energy Deficiency in Sport\b/ },
  ],
};

/** A section's sentence that matches, without markdown emphasis or a list dash. */
function sentenceOf(content: string, re: RegExp): string | undefined {
  const sentences = content
    .split(/\n+|(?<=[.!?](?:\*\*)?)\s+(?=[*A-Z(])/)
    .map((s) => s.replace(/^\s*[-*]\s+/, '').trim())
    .filter(Boolean);
  return sentences
    .find((s) => re.test(s))
    ?.replace(/\*\*/g, '')
    .replace(/\s+/g, ' ');
}

/** The sections behind a safety answer's categories, in the knowledge base's chunks, with the sentence each is cited for. */
export function safetySources(
  categories: readonly TriageCategory[],
  chunks: readonly RetrievedChunk[],
): { chunk: RetrievedChunk; sentence: string }[] {
  const out: { chunk: RetrievedChunk; sentence: string }[] = [];
  for (const { section, sentence } of categories.flatMap((c) => SAFETY_SOURCES[c] ?? [])) {
    if (out.some((o) => o.chunk.section === section)) continue;
    // A long section is stored as several chunks: the one holding the sentence is the source.
    for (const chunk of chunks.filter((c) => c.section === section)) {
      const s = sentenceOf(chunk.content, sentence);
      if (s) {
        out.push({ chunk, sentence: s });
        break;
      }
    }
  }
  return out;
}

/**
 * The safety text followed by the knowledge it rests on: one paragraph of the quoted sentences, each with its number after
 * the passages the answer already numbers. The safety text stays first and whole.
 */
export function withSafetySources(
  body: string,
  numbered: readonly RetrievedChunk[],
  cited: readonly RetrievedChunk[],
  sources: readonly { chunk: RetrievedChunk; sentence: string }[],
): { body: string; numbered: RetrievedChunk[]; cited: RetrievedChunk[] } {
  const fresh = sources.filter((s) => !cited.some((c) => c.id === s.chunk.id));
  if (fresh.length === 0) return { body, numbered: [...numbered], cited: [...cited] };
  const all = [...numbered];
  const quoted = fresh.map((s) => {
    let i = all.findIndex((c) => c.id === s.chunk.id);
    if (i < 0) i = all.push(s.chunk) - 1;
    return `${s.sentence} [${i + 1}]`;
  });
  return { body: `${body}\n\n${quoted.join(' ')}`, numbered: all, cited: [...cited, ...fresh.map((s) => s.chunk)] };
}
