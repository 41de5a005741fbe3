import { extremeDoses, isInstructionLike } from '../src/coach/knowledge-hygiene.js';
import { standardsProblems } from '../training/validate.js';
import type { Chunk } from './chunks.js';
import type { ParsedDoc } from './sections.js';

/** One problem in a research file: where it is and why it was flagged. */
export interface KnowledgeFlag {
  file: string;
  section: string;
  reason: string;
}

/**
 * Reads every chunk before it is stored: text written as instructions to a model, doses far past
 * sports-science limits, and race standards that contradict src/coach/standards.ts. Ingest refuses
 * a flagged corpus unless the operator passes --allow-flagged.
 */
export function flagKnowledge(chunks: Pick<Chunk, 'source_doc' | 'section' | 'content'>[]): KnowledgeFlag[] {
  const flags: KnowledgeFlag[] = [];
  const seen = new Set<string>();
  const add = (c: Pick<Chunk, 'source_doc' | 'section'>, reason: string) => {
    const key = `${c.source_doc}\u0000${c.section}\u0000${reason}`;
    if (seen.has(key)) return;
    seen.add(key);
    flags.push({ file: c.source_doc, section: c.section, reason });
  };
  for (const c of chunks) {
    for (const sentence of c.content.split(/(?<=[.!?])\s+|\n+/)) {
      if (isInstructionLike(sentence)) add(c, `instruction-like text: "${sentence.trim().slice(0, 80)}"`);
    }
    for (const reason of extremeDoses(c.content)) add(c, `extreme dose: ${reason}`);
    for (const problem of standardsProblems(c.content)) add(c, `contradicts the race standards: ${problem}`);
  }
  return flags;
}

export function describeFlags(flags: KnowledgeFlag[]): string {
  return flags.map((f) => `  - ${f.file} › ${f.section}: ${f.reason}`).join('\n');
}

/** A parsed document as passages (one per section), for checking without chunking and tokenising. */
export function passagesOf(file: string, doc: ParsedDoc): Pick<Chunk, 'source_doc' | 'section' | 'content'>[] {
  return doc.sections.map((s) => ({ source_doc: file, section: s.path.join(' › '), content: s.blocks.map((b) => b.text).join('\n\n') }));
}
