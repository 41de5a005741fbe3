import { describe, expect, it } from 'vitest';
import { DocumentProblem, splitSections } from './sections.js';

describe('splitSections', () => {
  it('reads front matter and splits at H2/H3 with the heading path, leaving out Sources', () => {
    const doc = splitSections(
      `---\ntitle: T\ntags: [run_pacing]\nsummary: S\n---\n# Title\n\nIntro.\n\n## A\n\nText a.\n\n### B\n\nText b.\n\n## Sources\n\n- x\n`,
    );
    expect(doc.title).toBe('T');
    expect(doc.tags).toEqual(['run_pacing']);
    expect(doc.sections.map((s) => s.path)).toEqual([['Overview'], ['A'], ['A', 'B']]);
  });
  it('keeps a table as one block', () => {
    const doc = splitSections('# T\n\n## A\n\n| a | b |\n|---|---|\n| 1 | 2 |\n| 3 | 4 |\n\nAfter.\n');
    expect(doc.sections[0]!.blocks.map((b) => b.kind)).toEqual(['table', 'paragraph']);
    expect(doc.sections[0]!.blocks[0]!.text).toContain('| 3 | 4 |');
  });
  describe('when a document is unusable', () => {
    it.each([
      ['', /is empty/],
      ['   \n\n', /is empty/],
      ['# Only a title\n\nSome text with no sections.', /no ## headings/],
      ['---\ntitle: [unclosed\n---\n# T\n## A\ntext', /not valid YAML/],
      ['# T\n\n## A\n\n## B\n', /no text/],
    ])('explains what to fix (%j)', (markdown, message) => {
      expect(() => splitSections(markdown)).toThrow(DocumentProblem);
      expect(() => splitSections(markdown)).toThrow(message);
    });
  });
});
