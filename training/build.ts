import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadCorpus } from '../ingest/corpus.js';
import type { ChatModel } from '../src/coach/chat-model.js';
import { toLine, type Example } from './example.js';
import { loadGold } from './gold.js';
import { PassageIndex, type ChunkLike } from './passages.js';
import { acceptedTeacherExamples, draftTeacherExamples, REVIEW_DIR } from './review.js';
import { shapeWritten } from './shape-gold.js';
import { splitExamples } from './split.js';
import { statsMarkdown } from './stats.js';
import { loadHeldOut } from './held-out.js';
import { validateJsonl } from './validate.js';

/** The target: at least 900 examples, 60 % of them written answers (fewer → the build says so and fails). */
export const DATASET_FLOOR = 900;
export const DATASET_CAP = 1000;
export const RAG_SHARE = { min: 0.15, max: 0.2 } as const;

export interface BuildOptions {
  root: string;
  outDir: string;
  epochs: number;
  pricePerMTok: number;
  /** When set, the teacher drafts answers for engine-generated inputs into the review queue (never straight into the dataset). */
  teacher?: { chat: ChatModel; model: string; count: number };
  onProgress?: (stage: string, done: number, total: number) => void;
}

export interface BuildResult {
  candidates: number;
  kept: Example[];
  train: Example[];
  eval: Example[];
  rejected: Record<string, number>;
  datasetHash: string;
  /** New teacher drafts queued for review in this build (when TEACHER_* is set). */
  teacherDrafts?: { drafted: number; failed: number };
}

export type { ChunkLike };

/** The chunks the dataset draws on: docs/chunks/all_chunks.json, or the research folder chunked now. */
export function loadChunks(root: string): ChunkLike[] {
  const file = path.join(root, 'docs/chunks/all_chunks.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as ChunkLike[];
  return loadCorpus(path.join(root, 'research')).chunks;
}

/** Keeps RAG-augmented examples within 15–20 % and the total within the cap, dropping engine examples first. */
export function balance(kept: Example[]): Example[] {
  const isRag = (e: Example) => e.category === 'rag_augmented';
  let out = [...kept];
  // RAG share within 15–20 %: at most 19 % of the final set, so rag ≤ 0.19 / 0.81 × the others.
  const others = out.filter((e) => !isRag(e)).length;
  const allowed = Math.floor((0.19 / 0.81) * others);
  const rag = out.filter(isRag);
  if (rag.length > allowed) {
    const drop = new Set(
      rag
        .filter((e) => e.provenance === 'engine')
        .slice(-(rag.length - allowed))
        .map((e) => e.id),
    );
    out = out.filter((e) => !drop.has(e.id));
  }
  if (out.length > DATASET_CAP) {
    // About 18 % RAG in the capped set: every non-engine RAG example, topped up with engine ones.
    const curated = out.filter((e) => e.provenance !== 'engine');
    const engineRagKeep = Math.max(0, Math.round(DATASET_CAP * 0.18) - curated.filter(isRag).length);
    const protectedIds = new Set([
      ...curated.map((e) => e.id),
      ...out
        .filter((e) => isRag(e) && e.provenance === 'engine')
        .slice(0, engineRagKeep)
        .map((e) => e.id),
    ]);
    const rest = out.filter((e) => !protectedIds.has(e.id) && !isRag(e));
    const room = DATASET_CAP - protectedIds.size;
    // Keep an even spread of the others: every k-th.
    const step = rest.length / Math.max(1, room);
    const keep = new Set(Array.from({ length: Math.max(0, room) }, (_, i) => rest[Math.floor(i * step)]!.id));
    out = out.filter((e) => protectedIds.has(e.id) || keep.has(e.id));
  }
  return out;
}

/** Written examples (gold, reviewed teacher answers) in the inference shape, built with production's prompt builder. */
export function shapeAll(written: Example[], index: PassageIndex, progress?: BuildOptions['onProgress']): Example[] {
  return written.map((e, i) => {
    progress?.('shape', i + 1, written.length);
    return shapeWritten(e, index);
  });
}

/**
 * `npm run train -- build`: written answers (gold, and teacher answers a reviewer accepted) →
 * inference shape → filters → balance → split by near-duplicate cluster → files. Engines supply
 * inputs (athletes, logs, figures), never answers.
 */
export async function buildDataset(o: BuildOptions): Promise<BuildResult> {
  const chunks = loadChunks(o.root);
  const index = new PassageIndex(chunks);
  const reviewDir = path.join(o.root, REVIEW_DIR);
  const teacherDrafts = o.teacher ? await draftTeacherExamples(reviewDir, index, o.teacher, o.onProgress) : undefined;
  const written = [...loadGold(path.join(o.root, 'training/gold')), ...acceptedTeacherExamples(reviewDir)];
  const candidates = shapeAll(written, index, o.onProgress);
  o.onProgress?.('validate', 0, candidates.length);
  const { failures } = validateJsonl(
    candidates.map(toLine).join('\n'),
    candidates.map((e) => e.category),
    { heldOut: loadHeldOut(o.root) },
  );
  const failedLines = new Map<number, string>();
  for (const f of failures) if (!failedLines.has(f.line)) failedLines.set(f.line, f.rule);
  const rejected: Record<string, number> = {};
  for (const rule of failedLines.values()) rejected[rule] = (rejected[rule] ?? 0) + 1;
  o.onProgress?.('validate', candidates.length, candidates.length);
  const kept = balance(candidates.filter((_, i) => !failedLines.has(i + 1)));
  const { train, eval: evalSet } = splitExamples(kept);

  rmSync(path.join(o.outDir, 'raw'), { recursive: true, force: true });
  mkdirSync(path.join(o.outDir, 'raw'), { recursive: true });
  mkdirSync(path.join(o.outDir, 'combined'), { recursive: true });
  const jsonl = (xs: Example[]) => (xs.length ? `${xs.map(toLine).join('\n')}\n` : '');
  const byDoc = new Map<string, Example[]>();
  for (const e of kept) byDoc.set(e.source_doc, [...(byDoc.get(e.source_doc) ?? []), e]);
  // Build plan naming: raw/team1a_training.jsonl, …, raw/cross_topic_training.jsonl.
  for (const [doc, xs] of byDoc)
    writeFileSync(path.join(o.outDir, 'raw', `${doc === 'cross_topic' ? doc : doc.split('_')[0]}_training.jsonl`), jsonl(xs));
  writeFileSync(path.join(o.outDir, 'combined/train.jsonl'), jsonl(train));
  writeFileSync(path.join(o.outDir, 'combined/eval.jsonl'), jsonl(evalSet));
  writeFileSync(
    path.join(o.outDir, 'provenance.jsonl'),
    `${kept.map((e) => JSON.stringify({ id: e.id, category: e.category, source_doc: e.source_doc, provenance: e.provenance, split: evalSet.includes(e) ? 'eval' : 'train' })).join('\n')}\n`,
  );
  writeFileSync(
    path.join(o.outDir, 'stats.md'),
    statsMarkdown({
      kept,
      train,
      eval: evalSet,
      rejected,
      candidates: candidates.length,
      epochs: o.epochs,
      pricePerMTok: o.pricePerMTok,
      failures: failures.map((f) => ({ rule: f.rule, id: candidates[f.line - 1]!.id, message: f.message })),
    }),
  );
  const datasetHash = createHash('sha256').update(jsonl(train)).update(jsonl(evalSet)).digest('hex');
  return { candidates: candidates.length, kept, train, eval: evalSet, rejected, datasetHash, teacherDrafts };
}
