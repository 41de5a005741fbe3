import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { COACH_K_SYSTEM_PROMPT } from '../src/coach/prompt.js';
import { review } from './review-cli.js';
import { acceptedTeacherExamples, REVIEW_DIR, undecided } from './review.js';

const draft = (id: string, answer: string) =>
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

function project(): string {
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

describe('npm run train -- review', () => {
  it('shows each draft with its checks and records accept, edit and reject; only accepted and edited answers reach the dataset', async () => {
    const root = project();
    const input = new PassThrough();
    const output = new PassThrough();
    let shown = '';
    output.on('data', (d) => {
      shown += String(d);
    });
    input.end(['a', 'e', 'A corrected answer, written by the reviewer.', '.', 'r', ''].join('\n'));
    await review(root, { input, output });
    expect(shown).toContain('── teacher-0000 (coaching_judgment, team5b_autoregulation.md)');
    expect(shown).toMatch(/checks: \d+ failing\n {2}\[answer_length\]/);
    expect(shown).toContain('3 decisions recorded');
    const dir = path.join(root, REVIEW_DIR);
    const decided = readFileSync(path.join(dir, 'decisions.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { id: string; decision: string });
    expect(decided.map((d) => [d.id, d.decision])).toEqual([
      ['teacher-0000', 'accept'],
      ['teacher-0001', 'edit'],
      ['teacher-0002', 'reject'],
    ]);
    const accepted = acceptedTeacherExamples(dir);
    expect(accepted.map((e) => [e.id, e.provenance, e.messages.at(-1)!.content])).toEqual([
      ['teacher-0000', 'teacher', 'Draft answer for teacher-0000.'],
      ['teacher-0001', 'teacher', 'A corrected answer, written by the reviewer.'],
    ]);
    expect(undecided(dir)).toEqual([]);
  });
});
