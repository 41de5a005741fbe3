import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ChatModel } from '../src/coach/chat-model.js';
import { COACH_K_SYSTEM_PROMPT } from '../src/coach/prompt.js';
import { COACH_TOOLS } from '../src/coach/tools.js';
import { toLine, type Example } from './example.js';
import { generateInputs } from './generate.js';
import { loadGoldFile } from './gold.js';
import type { PassageIndex } from './passages.js';
import { shapeWritten } from './shape-gold.js';
import { validateJsonl } from './validate.js';

/**
 * The teacher's queue: drafts (training/review/pending.jsonl, gold line format) wait for a person;
 * `npm run train -- review` records accept / edit / reject in decisions.jsonl; only accepted or
 * edited answers reach the dataset.
 */
export const REVIEW_DIR = 'training/review';
export type Decision = { id: string; decision: 'accept' | 'edit' | 'reject'; answer?: string; at: string };

const pendingFile = (dir: string) => path.join(dir, 'pending.jsonl');
const decisionsFile = (dir: string) => path.join(dir, 'decisions.jsonl');

export function pendingDrafts(dir: string): Example[] {
  return existsSync(pendingFile(dir)) ? loadGoldFile(pendingFile(dir)).map((e) => ({ ...e, provenance: 'teacher' as const })) : [];
}

export function decisions(dir: string): Map<string, Decision> {
  const out = new Map<string, Decision>();
  if (!existsSync(decisionsFile(dir))) return out;
  for (const l of readFileSync(decisionsFile(dir), 'utf8').split('\n').filter(Boolean)) {
    const d = JSON.parse(l) as Decision;
    out.set(d.id, d);
  }
  return out;
}

export function recordDecision(dir: string, d: Omit<Decision, 'at'>, now = new Date()): void {
  mkdirSync(dir, { recursive: true });
  appendFileSync(decisionsFile(dir), `${JSON.stringify({ ...d, at: now.toISOString() })}\n`);
}

const withAnswer = (e: Example, answer: string): Example => ({
  ...e,
  messages: [...e.messages.slice(0, -1), { role: 'assistant', content: answer }],
});

/** Accepted drafts as they were drafted, edited ones with the reviewer's text. */
export function acceptedTeacherExamples(dir: string): Example[] {
  const ds = decisions(dir);
  return pendingDrafts(dir).flatMap((e) => {
    const d = ds.get(e.id);
    if (d?.decision === 'accept') return [e];
    if (d?.decision === 'edit' && d.answer) return [withAnswer(e, d.answer)];
    return [];
  });
}

/**
 * Drafts answers for generated inputs not drafted yet: the teacher gets the production prompt
 * (rules, passages, athlete, figures) and the tools; its [n] markers are dropped, because the
 * build cites passages again from what each sentence says.
 */
export async function draftTeacherExamples(
  dir: string,
  index: PassageIndex,
  t: { chat: ChatModel; model: string; count: number },
  progress?: (s: string, d: number, n: number) => void,
): Promise<{ drafted: number; failed: number }> {
  const have = new Set(pendingDrafts(dir).map((e) => e.id));
  const todo = generateInputs(t.count).filter((x) => !have.has(x.id));
  mkdirSync(dir, { recursive: true });
  let drafted = 0;
  let failed = 0;
  for (const [i, x] of todo.entries()) {
    const base: Example = {
      id: x.id,
      category: x.category,
      source_doc: x.source_doc,
      provenance: 'teacher',
      context: x.context,
      messages: [
        { role: 'system', content: COACH_K_SYSTEM_PROMPT },
        { role: 'user', content: x.question },
        { role: 'assistant', content: x.question },
      ],
    };
    const prompt = shapeWritten(base, index).messages.filter((m) => m.role === 'system' || m.role === 'user') as {
      role: 'system' | 'user';
      content: string;
    }[];
    try {
      const r = await t.chat.complete(prompt, COACH_TOOLS, { model: t.model });
      const line = {
        id: x.id,
        category: x.category,
        source_doc: x.source_doc,
        context: x.context,
        messages: [
          { role: 'system', content: COACH_K_SYSTEM_PROMPT },
          { role: 'user', content: x.question },
          { role: 'assistant', content: r.text.replace(/ ?\[\d+\]/g, '') },
        ],
      };
      appendFileSync(pendingFile(dir), `${JSON.stringify(line)}\n`);
      drafted += 1;
    } catch {
      // A failed teacher call drafts nothing; the build reports the count and the next build asks again.
      failed += 1;
    }
    progress?.('teacher', i + 1, todo.length);
  }
  return { drafted, failed };
}

/** One draft as the reviewer sees it: question, answer, and every validator finding on its inference shape. */
export function reviewCard(e: Example, index: PassageIndex): { text: string; failures: string[] } {
  const shaped = shapeWritten(e, index);
  const failures = validateJsonl(toLine(shaped), [e.category]).failures.map((f) => `[${f.rule}] ${f.message}`);
  const answer = shaped.messages.at(-1)!.content;
  const text = [
    `── ${e.id} (${e.category}, ${e.source_doc})`,
    `Q: ${shaped.messages.filter((m) => m.role === 'user').at(-1)!.content}`,
    '',
    answer,
    '',
    failures.length ? `checks: ${failures.length} failing\n  ${failures.join('\n  ')}` : 'checks: all pass',
  ].join('\n');
  return { text, failures };
}

/** Drafts still waiting for a decision. */
export const undecided = (dir: string) => {
  const ds = decisions(dir);
  return pendingDrafts(dir).filter((e) => !ds.has(e.id));
};
