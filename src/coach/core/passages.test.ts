import { describe, expect, it } from 'vitest';
import type { RetrievedChunk } from '../../retrieval/search.js';
import { selectPassages } from './passages.js';

const chunk = (id: string, sourceDoc: string, section: string, content: string): RetrievedChunk => ({
  id,
  sourceDoc,
  section,
  content,
  topicTags: [],
  score: 1,
});
const TABLE = '| Station | Open Women | Open Men |\n|---|---|---|\n| Sled Push | 102 kg | 152 kg |\n| Sled Pull | 78 kg | 103 kg |';

describe('selectPassages', () => {
  it('leads with the passage whose section title names the subject', () => {
    const picked = selectPassages('what are the sled weights per division?', [
      chunk('a', 'x.md', 'Strength for the sleds', 'Squat and deadlift build the force the sled needs; sled work twice a week.'),
      chunk('b', 'y.md', 'Weights and targets per division', `Loads per division (sled loads include the sled):\n\n${TABLE}`),
    ]);
    expect(picked[0]!.chunk.id).toBe('b');
  });
  it('drops near-duplicates and a repeated table', () => {
    const picked = selectPassages('sled push weight open men', [
      chunk('a', 'x.md', 'Weights and targets per division', `Sled push weights:\n\n${TABLE}`),
      chunk('b', 'y.md', 'The race standards every session is scaled from', `Sled push standards for every session:\n\n${TABLE}`),
      chunk('c', 'x.md', 'Weights and targets per division', `Sled push weights:\n\n${TABLE}`),
    ]);
    expect(picked.map((p) => p.chunk.id)).toEqual(['a']);
  });
  it('returns fewer passages, or none, when the rest do not bear on the question', () => {
    const unrelated = [
      chunk('s', 'z.md', 'Sleep: the seven-hour floor', 'Adults should sleep 7 hours or more a night.'),
      chunk('c', 'z.md', 'Creatine', 'Creatine monohydrate 3–5 g a day.'),
    ];
    expect(selectPassages('which shoes should I race in?', unrelated)).toEqual([]);
  });
});
