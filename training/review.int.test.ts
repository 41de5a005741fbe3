import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OpenAIChatModel } from '../src/coach/chat-model.js';
import { startFakeOpenAI } from '../tests/support/fake-openai.js';
import { PassageIndex } from './passages.js';
import { acceptedTeacherExamples, draftTeacherExamples, pendingDrafts, REVIEW_DIR } from './review.js';
import { project } from './review.fixture.js';

describe('teacher drafts (TEACHER_* set)', () => {
  it('asks the teacher with the production prompt and the tools, queues the drafts without [n] markers, and never drafts the same input twice', async () => {
    const server = await startFakeOpenAI();
    try {
      server.onChat(() => ({ content: 'Deload this week: 5–7 days at 50–60 % of your usual volume [2], nothing above RPE 7 [1].' }));
      const root = project();
      const dir = path.join(root, REVIEW_DIR);
      writeFileSync(path.join(dir, 'pending.jsonl'), '');
      const index = new PassageIndex(JSON.parse(readFileSync(path.join(root, 'docs/chunks/all_chunks.json'), 'utf8')));
      const teacher = {
        chat: new OpenAIChatModel({ baseUrl: server.url, apiKey: 'k', model: 'teacher-model', timeoutMs: 5000, maxRetries: 0 }),
        model: 'teacher-model',
        count: 3,
      };
      expect(await draftTeacherExamples(dir, index, teacher)).toEqual({ drafted: 3, failed: 0 });
      expect(await draftTeacherExamples(dir, index, teacher)).toEqual({ drafted: 0, failed: 0 });
      const sent = server.calls
        .filter((c) => c.path.endsWith('/chat/completions'))
        .map((c) => c.body as { model: string; messages: { role: string; content: string }[]; tools?: unknown[] });
      expect(sent).toHaveLength(3);
      expect(sent[0]!.model).toBe('teacher-model');
      expect(sent[0]!.messages[0]!.content).toContain('<knowledge>');
      expect(sent[0]!.messages[0]!.content).toContain('<athlete>');
      expect(sent[0]!.tools?.length).toBeGreaterThan(0);
      const drafts = pendingDrafts(dir);
      expect(drafts.map((d) => d.provenance)).toEqual(['teacher', 'teacher', 'teacher']);
      expect(drafts[0]!.messages.at(-1)!.content).toBe('Deload this week: 5–7 days at 50–60 % of your usual volume, nothing above RPE 7.');
      expect(acceptedTeacherExamples(dir)).toEqual([]);
    } finally {
      await server.close();
    }
  });
});
