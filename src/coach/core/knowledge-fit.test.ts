import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../ingest/corpus.js';
import type { RetrievedChunk } from '../../retrieval/search.js';
import { CLOSE_FIT, knowledgeFit, ON_TOPIC_FIT } from './knowledge-fit.js';
import { buildSectionIndex } from './section-search.js';

const chunks: RetrievedChunk[] = loadCorpus(new URL('../../../research/', import.meta.url).pathname).chunks.map((c) => ({
  id: c.id,
  sourceDoc: c.source_doc,
  section: c.section,
  content: c.content,
  topicTags: c.topic_tags,
  ...(c.asked.length > 0 ? { asked: c.asked } : {}),
  score: 0,
}));
const index = buildSectionIndex(chunks);

describe('knowledgeFit', () => {
  it.each([
    'can i pop my earbuds in?',
    'we drive 3 hours on the morning or stay over the night before, what is smarter',
    'how many people go off at once',
    'when do the results come out',
  ])('%j fits a section phrasing well', (q) => {
    expect(knowledgeFit(index, q).score).toBeGreaterThanOrEqual(ON_TOPIC_FIT);
  });

  it.each([
    'am i allowed to bring my dog to the office',
    'how do i stop my cat scratching the sofa',
    'can you recommend a good book on roman history',
    'whats the best crypto to buy rn',
    'what is the capital of France?',
    'best water park in the uk?',
  ])('%j fits no section', (q) => {
    expect(knowledgeFit(index, q).score).toBeLessThan(ON_TOPIC_FIT);
  });

  it('names the phrasing it fits, and a question asked in the knowledge base itself fits closely', () => {
    const fit = knowledgeFit(index, 'wedding the weekend before my race, can i drink?');
    expect(fit.score).toBeGreaterThanOrEqual(CLOSE_FIT);
    expect(fit.section).toMatch(/alcohol/i);
  });

  it('a question of common words only fits nothing', () => {
    expect(knowledgeFit(index, 'ok what should i do').score).toBe(0);
  });
});
