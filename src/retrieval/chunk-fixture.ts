import type { RetrievedChunk } from './search.js';

/** A retrieved passage for unit tests of the writers and the safety text: one document, no topic tags. */
export const retrievedChunk = (id: string, section: string, content: string, score = 1): RetrievedChunk => ({
  id,
  sourceDoc: 'doc.md',
  section,
  content,
  topicTags: [],
  score,
});
