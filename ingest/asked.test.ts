import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { askedContexts, chunkDocument, embedTextOf, learningInput } from './chunks.js';
import { loadCorpus } from './corpus.js';
import { formatReport } from './report.js';
import { parseAsked, splitSections } from './sections.js';

const fixture = (name: string) => readFileSync(new URL(`../tests/fixtures/${name}`, import.meta.url), 'utf8');
const sentence = (i: number) => `Sentence number ${i} explains one more detail about sled push leg drive and hip angle.`;
const BLOCK = /<!--|-->|asked:/;

describe('asked blocks (doc2query)', () => {
  it('reads a well-formed block: one question a line, closing --> on its own line', () => {
    expect(parseAsked('<!-- asked:\n- when do doors open\n-  how early   should i arrive \n-->')).toEqual({
      questions: ['when do doors open', 'how early should i arrive'],
      problems: [],
    });
  });

  it('attaches each block to the nearest heading above it (## or ###) and strips it from the blocks', () => {
    const doc = splitSections(fixture('asked/race-day.md'));
    const asked = Object.fromEntries(doc.sections.map((s) => [s.path.join(' > '), s.asked]));
    expect(asked['Arrival and registration']).toEqual([
      'what time should i rock up to the venue',
      'how early before my heat do i need to be there',
      'when do the doors open',
    ]);
    expect(asked['Warm-up']).toHaveLength(2);
    expect(asked['Warm-up > Cold venues']).toEqual([]);
    expect(asked['Start waves']).toEqual([]);
    expect(doc.askedProblems).toEqual([]);
    for (const s of doc.sections) for (const b of s.blocks) expect(b.text).not.toMatch(BLOCK);
  });

  it('gives a block under a ### heading to that subsection, not to its ## parent', () => {
    const md = `# T\n\n## Parent\n\nParent text about pacing.\n\n### Child\n\n<!-- asked:\n- child question\n-->\n\nChild text about sleds.\n`;
    const doc = splitSections(md);
    expect(doc.sections.map((s) => [s.path.join(' > '), s.asked])).toEqual([
      ['Parent', []],
      ['Parent > Child', ['child question']],
    ]);
  });

  it('every chunk of a section split into several carries its questions, and no chunk content holds the block', () => {
    const paragraphs = Array.from({ length: 40 }, (_, p) => Array.from({ length: 6 }, (_, s) => sentence(p * 6 + s)).join(' '));
    const md = `# Big\n\n## Huge section\n\n<!-- asked:\n- how do i push the sled harder\n- my legs die on the sled\n-->\n\n${paragraphs.join('\n\n')}\n\n## Other\n\n${paragraphs.slice(0, 3).join('\n\n')}\n`;
    const chunks = chunkDocument('big.md', splitSections(md));
    const huge = chunks.filter((c) => c.section === 'Huge section');
    expect(huge.length).toBeGreaterThan(1);
    for (const c of huge) expect(c.asked).toEqual(['how do i push the sled harder', 'my legs die on the sled']);
    expect(chunks.filter((c) => c.section === 'Other').every((c) => c.asked.length === 0)).toBe(true);
    for (const c of chunks) expect(c.content).not.toMatch(BLOCK);
    expect(huge[0]!.embed_text.endsWith('\n\nhow do i push the sled harder\nmy legs die on the sled')).toBe(true);
  });

  it('a section without a block is chunked exactly as before (same embedded text and hash input)', () => {
    const chunks = chunkDocument('race-day.md', splitSections(fixture('asked/race-day.md')));
    const start = chunks.find((c) => c.section === 'Start waves')!;
    expect(start.embed_text).toBe(`Race day logistics — Start waves\n\n${start.content}`);
    expect(embedTextOf('T', 'S', 'body', [])).toBe('T — S\n\nbody');
  });

  it('editing only the asked questions changes the content hash (so ingest re-embeds the chunk), not the content', () => {
    const md = fixture('asked/race-day.md');
    const before = chunkDocument('race-day.md', splitSections(md));
    const after = chunkDocument('race-day.md', splitSections(md.replace('when do the doors open', 'when do the doors open at hyrox')));
    const changed = after.filter((c, i) => c.content_hash !== before[i]!.content_hash);
    expect(changed.map((c) => c.section)).toEqual(['Arrival and registration']);
    expect(changed[0]!.content).toBe(before.find((c) => c.id === changed[0]!.id)!.content);
  });

  it('learns word co-occurrence from each asked question beside its section heading, once per section', () => {
    const chunks = chunkDocument('race-day.md', splitSections(fixture('asked/race-day.md')));
    const contexts = askedContexts(chunks);
    expect(contexts).toContain('Arrival and registration — when do the doors open');
    expect(contexts).toHaveLength(5);
    expect(askedContexts(chunks.map((c) => ({ ...c, asked: [] })))).toEqual([]);
    expect(learningInput(chunks, true)).toEqual({ texts: chunks.map((c) => c.embed_text), contexts });
  });

  it('without LEARN_FROM_ASKED, the word model learns from exactly the texts it learned from before asked blocks', () => {
    const withAsked = chunkDocument('race-day.md', splitSections(fixture('asked/race-day.md')));
    const without = chunkDocument('race-day.md', splitSections(fixture('asked/race-day.md').replace(/<!-- asked:\n[\s\S]*?-->\n\n/g, '')));
    expect(learningInput(withAsked, false)).toEqual({ texts: without.map((c) => c.embed_text), contexts: [] });
  });

  describe('when a block is malformed', () => {
    it('reports a line that is not "- question" with file and section, keeps the good lines, never keeps the block as content', () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'hx-asked-'));
      try {
        const body = Array.from({ length: 4 }, (_, i) => sentence(i)).join(' ');
        writeFileSync(path.join(dir, 'a.md'), `# A\n\n## Sleds\n\n<!-- asked:\n- good one\nno dash here\n-->\n\n${body}\n`);
        const corpus = loadCorpus(dir);
        expect(corpus.chunks[0]!.asked).toEqual(['good one']);
        expect(corpus.chunks[0]!.content).not.toMatch(BLOCK);
        expect(corpus.skipped).toEqual([{ file: 'a.md', section: 'Sleds', reason: 'asked line is not "- question": "no dash here"' }]);
        expect(formatReport(corpus)).toContain('skipped a.md › Sleds: asked line is not "- question"');
        expect(formatReport(corpus)).toMatch(/\| a\.md \| 1 \|.*\| 1 \| 1 \|/);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('reports a block with no closing --> (Markdown makes the rest of the file part of the comment: none of it becomes content)', () => {
      const body = Array.from({ length: 4 }, (_, i) => sentence(i)).join(' ');
      const doc = splitSections(`# A\n\n## Sleds\n\n${body}\n\n## Rowing\n\n<!-- asked:\n- how hard do i row\n\nRowing text.\n`);
      expect(doc.askedProblems[0]).toEqual({ section: 'Rowing', reason: expect.stringMatching(/not closed with -->/) });
      // The swallowed text is reported line by line too.
      expect(doc.askedProblems[1]).toEqual({ section: 'Rowing', reason: 'asked line is not "- question": "Rowing text."' });
      expect(doc.sections.map((s) => s.path[0])).toEqual(['Sleds']);
      for (const s of doc.sections) for (const b of s.blocks) expect(b.text).not.toMatch(BLOCK);
    });

    it('reports a block written on one line or closed at the end of a question, and keeps neither in the content', () => {
      expect(parseAsked('<!-- asked: - when do doors open -->').problems).toEqual([
        'asked block: text after "<!-- asked:" on its line (questions go one a line below it): "- when do doors open -->"',
        'asked block: "-->" must stand on its own line',
      ]);
      expect(parseAsked('<!-- asked:\n- when do doors open\n- how early -->')).toEqual({
        questions: ['when do doors open', 'how early'],
        problems: ['asked block: "-->" must stand on its own line'],
      });
      const doc = splitSections('# A\n\n## S\n\n<!-- asked: - q1 -->\n\nText.\n');
      expect(doc.sections[0]!.blocks.map((b) => b.text)).toEqual(['Text.']);
      expect(doc.askedProblems).toHaveLength(2);
    });

    it('leaves other HTML comments alone (only `<!-- asked:` opens a block)', () => {
      const doc = splitSections('# A\n\n## S\n\n<!-- note: keep -->\n\nText.\n');
      expect(doc.sections[0]!.asked).toEqual([]);
      expect(doc.sections[0]!.blocks.map((b) => b.text)).toEqual(['<!-- note: keep -->', 'Text.']);
    });
  });
});
