import type { RetrievedChunk } from '../../retrieval/search.js';
import { wordSet } from '../core/word-set.js';
import { blocksOf, overlap, quotedAlready, standsAlone, wordCount } from './blocks.js';

/**
 * The part of the quoted section that answers the point asked (pure). A section is chosen because its title matches the
 * question ("Pain under the heel in the morning…"), and its opening restates that title; what the member asks beyond it
 * ("…what helps?", "…after a hard run?") sits in a later sentence or list ("What usually helps while it settles: …more of
 * the bike, rower or SkiErg…"). The question's words that neither the title nor the answer so far holds are the point
 * asked; the section's unit that holds most of them is quoted too, when it holds enough.
 */

/** The words of the point a unit must hold… */
const MIN_WORDS = 2;
/** …and the share of the asked point's weight. */
const MIN_DETAIL = 0.3;
/** A list is quoted whole (its lead-in and every item): it may run this far past the room, as the budget trims what follows it. */
const LIST_OVER = 40;
/** The most words a paragraph's sentences take for the point. */
const SENTENCE_WORDS = 70;

export interface Detail {
  text: string;
}

/** An ask for what to do about it ("what helps?", "what can i still do…", "what exercises…", "how do i fix it?"). */
export const ASKS_WHAT_TO_DO =
  /\bwhat (?:usually )?(?:helps|works|can i (?:still )?(?:do|train)|should i (?:do|be doing)|do i do|exercises|else can i)\b|\bhow (?:do|can|should) i (?:fix|treat|stop|get rid|manage|deal|keep)\b|\binstead of\b|\bkeep (?:my |up )?(?:fitness|training)\b|\b(?:anything|what) (?:(?:should|do|would|must) i|i (?:should|must|need to|could)) (?:change|do differently|adjust)\b|\bhow (?:should|do) i (?:change|adjust|adapt) (?:my )?training\b/i;
/** A unit that says what to do: its lead-in or first words ("What usually helps while it settles:", "What to do instead: …"). */
const WHAT_TO_DO = /^(?:\*\*)?(?:what (?:to do|usually helps|helps|works)|how to (?:use|handle|treat|fix|avoid)|what coach k does)\b/i;
/** What a what-to-do unit adds to its score under a what-to-do ask. */
const WHAT_TO_DO_BONUS = 0.5;

/** The question's weighted words that the section's title and the answer so far leave unsaid: the point still to answer. */
export function pointLeft(own: Map<string, number>, section: string, answer: string): Map<string, number> {
  const said = wordSet(`${section} ${answer}`);
  return new Map([...own].filter(([w]) => !said.has(w)));
}

/**
 * The sentences or the list of a section that answer the point left ("What usually helps while it settles:" and its items),
 * not already quoted; undefined when no unit holds at least MIN_DETAIL of the point, or when it would not fit the room.
 */
export function askedDetail(c: RetrievedChunk, point: Map<string, number>, quoted: string, room: number, whatToDo = false): Detail | undefined {
  if (point.size === 0 && !whatToDo) return undefined;
  const bonus = (text: string) => (whatToDo && WHAT_TO_DO.test(text.trim()) ? WHAT_TO_DO_BONUS : 0);
  const isQuoted = (s: string) => quotedAlready([quoted], s);
  let best: { text: string; score: number } | undefined;
  for (const b of blocksOf(c.content)) {
    if (b.kind === 'table') continue;
    if (b.kind === 'list') {
      if (b.sentences.some(isQuoted) || wordCount(b.text) > room + LIST_OVER) continue;
      const score = overlap(b.text, point) + bonus(b.text);
      if (!best || score > best.score) best = { text: b.text, score };
      continue;
    }
    // A paragraph gives its sentences that hold the point, in order, within the budget.
    const hits = b.sentences
      .filter((s) => !isQuoted(s) && standsAlone(s.replace(/\*\*/g, '')) && overlap(s, point) + bonus(s) > 0)
      .map((s) => ({ s, score: overlap(s, point) + bonus(s) }));
    if (hits.length === 0) continue;
    const top = Math.max(...hits.map((h) => h.score));
    const kept: string[] = [];
    for (const h of hits.filter((x) => x.score >= top * 0.5)) {
      if (wordCount([...kept, h.s].join(' ')) > Math.min(SENTENCE_WORDS, room)) break;
      kept.push(h.s);
    }
    if (kept.length === 0) continue;
    const text = kept.join(' ');
    const score = overlap(text, point) + Math.max(...kept.map(bonus));
    if (!best || score > best.score) best = { text, score };
  }
  if (!best || best.score < MIN_DETAIL) return undefined;
  // One word of the point in common is a mention in passing ("the fastest times ever" for "a goal time"), unless the unit
  // says what to do for a what-to-do ask.
  // A word counts held at a word start too: the stemmer keeps "runs" apart from "run".
  const lower = best.text.toLowerCase();
  const held = [...point.keys()].filter((w) => wordSet(best.text).has(w) || new RegExp(`(?<![a-z])${w}`).test(lower)).length;
  return held >= Math.min(MIN_WORDS, point.size) || bonus(best.text) > 0 ? { text: best.text } : undefined;
}
