import type { RetrievedChunk } from '../retrieval/search.js';

export const DEGRADED_LINE =
  "⚠️ Offline answer: the coaching model didn't respond in time, so this was composed from the knowledge base and the coaching engines.";

/** Which numbered passages [n] a text cites (1-based positions in `chunks`). */
export function citedChunks(text: string, chunks: RetrievedChunk[]): RetrievedChunk[] {
  const cited = new Set<number>();
  for (const m of text.matchAll(/\[(\d{1,2})\]/g)) {
    const n = Number(m[1]);
    if (n >= 1 && n <= chunks.length) cited.add(n);
  }
  return [...cited].sort((a, b) => a - b).map((n) => chunks[n - 1]!);
}

/**
 * The provenance footer every answer ends with: the sources cited (document › section), the
 * engines that produced its numbers, the data they used, and "offline answer" when it is one.
 */
export function provenanceFooter(input: {
  chunks: RetrievedChunk[];
  cited: RetrievedChunk[];
  engines: string[];
  dataUsed: string[];
  offline: boolean;
  textOnly?: boolean;
}): string {
  const lines: string[] = [];
  const show = input.cited.length > 0 ? input.cited : input.chunks.slice(0, 3);
  if (show.length > 0) {
    const label = input.cited.length > 0 ? 'Sources' : 'Knowledge used';
    lines.push(`${label}: ${show.map((c) => `[${input.chunks.indexOf(c) + 1}] ${c.sourceDoc.replace(/\.md$/, '')} › ${c.section}`).join('; ')}`);
  }
  if (input.engines.length > 0) lines.push(`Numbers from: ${input.engines.join(', ')}`);
  if (input.dataUsed.length > 0) lines.push(`Your data: ${input.dataUsed.join('; ')}`);
  if (input.offline) lines.push('Offline answer (no language model)');
  if (input.textOnly) lines.push('Knowledge search: full text only (the embeddings service failed)');
  return lines.length ? `\n\n---\n${lines.map((l) => `-# ${l}`).join('\n')}` : '';
}
