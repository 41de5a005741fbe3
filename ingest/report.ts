import { CHUNK_CAP, CHUNK_FLOOR } from './limits.js';
import type { Corpus } from './corpus.js';

/** Nearest-rank percentile of sorted numbers (0 for none). */
function rank(sorted: number[], p: number): number {
  return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
}

/** The distinct asked questions of a document's chunks (every chunk of a section carries its section's). */
function askedCount(corpus: Corpus, doc: string): number {
  return new Set(corpus.chunks.filter((c) => c.source_doc === doc).flatMap((c) => c.asked.map((q) => `${c.section}\u0000${q}`))).size;
}

/**
 * `npm run ingest -- --report`: per document, chunks and their token distribution (min, median,
 * p95, max) and the asked questions its sections carry, then one line per skipped block or section naming the file, the section and why.
 */
export function formatReport(corpus: Corpus): string {
  const out = [
    `Ingest report: ${corpus.documents.length} documents, ${corpus.chunks.length} chunks (cap ${CHUNK_CAP}, floor ${CHUNK_FLOOR} tokens)`,
    '',
  ];
  out.push('| document | chunks | min | median | p95 | max | skipped | asked |', '|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const doc of corpus.documents) {
    const t = corpus.chunks
      .filter((c) => c.source_doc === doc)
      .map((c) => c.token_count)
      .sort((a, b) => a - b);
    const skips = corpus.skipped.filter((s) => s.file === doc).length;
    out.push(
      `| ${doc} | ${t.length} | ${t[0] ?? 0} | ${rank(t, 0.5)} | ${rank(t, 0.95)} | ${t.at(-1) ?? 0} | ${skips} | ${askedCount(corpus, doc)} |`,
    );
  }
  const over = corpus.chunks.filter((c) => c.token_count > CHUNK_CAP || c.token_count < CHUNK_FLOOR);
  out.push(
    '',
    over.length === 0
      ? `Every chunk is within ${CHUNK_FLOOR}–${CHUNK_CAP} tokens.`
      : `${over.length} chunks outside ${CHUNK_FLOOR}–${CHUNK_CAP} tokens: ${over.map((c) => c.id).join(', ')}`,
  );
  out.push('', corpus.skipped.length === 0 ? 'Nothing skipped.' : `Skipped (${corpus.skipped.length}):`);
  for (const s of corpus.skipped) out.push(`  skipped ${s.file} › ${s.section}: ${s.reason}`);
  return `${out.join('\n')}\n`;
}
