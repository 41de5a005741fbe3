import { contentWords } from '../../domain/text.js';

/** The stemmed content words of a text as a set, memoised (passages are scored many times per answer and per dataset build). */
const cache = new Map<string, Set<string>>();
const MAX_ENTRIES = 20_000;

export function wordSet(text: string): Set<string> {
  let hit = cache.get(text);
  if (!hit) {
    if (cache.size >= MAX_ENTRIES) cache.clear();
    hit = new Set(contentWords(text));
    cache.set(text, hit);
  }
  return hit;
}
