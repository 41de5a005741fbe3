import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { review } from './review-cli.js';
import { acceptedTeacherExamples, REVIEW_DIR, undecided } from './review.js';
import { project } from './review.fixture.js';

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
