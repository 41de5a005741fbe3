import { describe, expect, it } from 'vitest';
import type { RetrievedChunk } from '../../retrieval/search.js';
import { buildSectionIndex, searchSections } from './section-search.js';

const chunk = (id: string, section: string, content: string, asked?: string[]): RetrievedChunk => ({
  id,
  sourceDoc: 'doc.md',
  section,
  content,
  topicTags: [],
  score: 0,
  ...(asked ? { asked } : {}),
});

describe('searchSections', () => {
  const filler = Array.from({ length: 8 }, (_, i) => chunk(`f${i}`, `Filler ${i}`, `rowing damper stroke rate number ${i}`, [`what damper ${i}`]));
  const index = buildSectionIndex([
    chunk('run1', 'Should run 1 be my fastest run?', 'Run 1 is the quickest split of the eight by a little.', ['should i go out hard on run 1']),
    chunk('record', "The men's record", '53:15 by Alexander Roncevic in Hamburg, October 2025.', [
      'who is the fastest man ever at hyrox',
      'mens world record holder',
    ]),
    ...filler,
  ]);

  it('ranks the section whose asked question is the member question above one sharing a title word', () => {
    expect(searchSections(index, 'whos the fastest man in hyrox history')[0]!.id).toBe('record');
  });

  it('still finds a section by its title when no asked question fits', () => {
    expect(searchSections(index, 'should run 1 be my fastest run')[0]!.id).toBe('run1');
  });
});
