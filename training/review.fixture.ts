import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { COACH_K_SYSTEM_PROMPT } from '../src/coach/prompt.js';
import { REVIEW_DIR } from './review.js';

/** Test fixture shared by the review tests: a project folder with chunks and three pending teacher drafts. */
export const draft = (id: string, answer: string) =>
  JSON.stringify({
    id,
    category: 'coaching_judgment',
    source_doc: 'team5b_autoregulation.md',
    messages: [
      { role: 'system', content: COACH_K_SYSTEM_PROMPT },
      { role: 'user', content: `question ${id}: is my week too hard?` },
      { role: 'assistant', content: answer },
    ],
  });

export function project(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'hx-review-'));
  mkdirSync(path.join(root, REVIEW_DIR), { recursive: true });
  mkdirSync(path.join(root, 'docs/chunks'), { recursive: true });
  const chunks = [
    'Deload: 5–7 days at 50–60 % of usual volume.',
    'Threshold runs at RPE 7.',
    'Sleep at least 7 hours.',
    'Wall balls: plan the sets.',
  ].map((content, i) => ({ id: `c${i}`, source_doc: `doc${i}.md`, section: `Section ${i}`, content, topic_tags: [] }));
  writeFileSync(path.join(root, 'docs/chunks/all_chunks.json'), JSON.stringify(chunks));
  writeFileSync(
    path.join(root, REVIEW_DIR, 'pending.jsonl'),
    ['teacher-0000', 'teacher-0001', 'teacher-0002'].map((id) => draft(id, `Draft answer for ${id}.`)).join('\n'),
  );
  return root;
}
