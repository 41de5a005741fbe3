import type { SectionIndex } from './section-search.js';
import { specificTerms } from './passages.js';

/**
 * How well a question fits the knowledge base (pure): the best match between the question and a
 * section's phrasings, its title and its asked questions (the `<!-- asked: … -->` block, what members
 * type for which the section is the answer). Of the question, the share its words hold in any of the
 * section's phrasings counts ("how long til results come out and where do i see them" is told in two);
 * of a phrasing, the share of its own words the question holds, for the best one (one phrasing must be
 * mostly in the question, or a long question of common words would fit every section a little). A member's wording the triage word lists do not
 * know ("need a wee halfway, is there a loo", "can i stick airpods in") is on topic when the knowledge
 * base holds a question like it.
 */
export interface KnowledgeFit {
  /** 0–1: the balanced share of shared word weight (F1 of the question's share in the section and the phrasing's share). */
  score: number;
  /** The passage (chunk id) and section of the best phrasing, and the phrasing itself. */
  id: string;
  section: string;
  phrasing: string;
}

/**
 * A question that fits a section this well is on topic even without a word from the triage's domain
 * list. Set with members' questions written before the change (probes) and the off-topic cases of the
 * triage suite and the eval sets: of those the triage lets through to this test, the best fitting,
 * "best water park in the uk?" against "is there parking and do you have to pay", scores 0.45.
 */
export const ON_TOPIC_FIT = 0.5;
/**
 * A question that names another subject ("wedding", "weather", "film") is on topic only when it fits
 * closely ("wedding the weekend before my race, can i drink" is an asked question itself; "who won the
 * champions league last year" fits "who won worlds in chicago last year" 0.49).
 */
export const CLOSE_FIT = 0.7;
/**
 * The weight of a word no section, title or asked question contains, as a share of the rarest word's.
 * Such a word is a member's slang ("stash", "airpods") as often as another subject ("toddler", "egg"):
 * it counts against a fit, but less than a rare word the knowledge base does hold.
 */
const UNKNOWN_WORD = 0.5;

interface Vocabulary {
  df: Map<string, number>;
  n: number;
  sections: { id: string; section: string; words: Set<string>; phrasings: { phrasing: string; words: string[] }[] }[];
}

const vocabularies = new WeakMap<SectionIndex, Vocabulary>();

/** The words of every section (body, title and asked questions) and each section's phrasings, built once per index. */
function vocabulary(index: SectionIndex): Vocabulary {
  const hit = vocabularies.get(index);
  if (hit) return hit;
  const df = new Map<string, number>();
  const sections: Vocabulary['sections'] = [];
  index.chunks.forEach((c, i) => {
    const phrasings = [c.section, ...(c.asked ?? [])]
      .map((phrasing) => ({ phrasing, words: specificTerms(phrasing) }))
      .filter((p) => p.words.length > 0);
    const words = new Set(phrasings.flatMap((p) => p.words));
    for (const w of new Set([...index.docs[i]!.keys(), ...words])) df.set(w, (df.get(w) ?? 0) + 1);
    if (phrasings.length > 0) sections.push({ id: c.id, section: c.section, words, phrasings });
  });
  const v = { df, n: index.chunks.length, sections };
  vocabularies.set(index, v);
  return v;
}

export function knowledgeFit(index: SectionIndex, question: string): KnowledgeFit {
  const v = vocabulary(index);
  const weight = (w: string) => {
    const df = v.df.get(w);
    return df ? Math.log(1 + v.n / df) : UNKNOWN_WORD * Math.log(1 + v.n / 0.5);
  };
  const terms = specificTerms(question);
  const total = terms.reduce((a, w) => a + weight(w), 0);
  let best: KnowledgeFit = { score: 0, id: '', section: '', phrasing: '' };
  if (total === 0) return best;
  const sum = (words: Iterable<string>) => [...words].reduce((a, w) => a + weight(w), 0);
  for (const section of v.sections) {
    const held = sum(terms.filter((w) => section.words.has(w)));
    if (held === 0) continue;
    const ofQuestion = held / total;
    for (const p of section.phrasings) {
      const shared = sum(p.words.filter((w) => terms.includes(w)));
      if (shared === 0) continue;
      const ofPhrasing = shared / sum(p.words);
      const score = (2 * ofQuestion * ofPhrasing) / (ofQuestion + ofPhrasing);
      if (score > best.score) best = { score, id: section.id, section: section.section, phrasing: p.phrasing };
    }
  }
  return best;
}
