import { contentWords } from '../../domain/text.js';
import type { RetrievedChunk } from '../../retrieval/search.js';
import { specificTerms } from '../core/passages.js';
import { askedText, askingClause } from '../core/understand.js';
import { wordSet } from '../core/word-set.js';
import { blocksOf, quotedAlready, splitSentences, standsAlone, wordCount } from './blocks.js';

/**
 * An either/or question ("ice bath or sauna after a hard session?", "carbon super shoes or normal trainers?") is answered
 * on both options (pure). The writer quotes the section that best matches the question, which is often titled for one
 * option only: the other option then gets its own part, from the quoted section when it names it, else from a section
 * titled for it; and a sentence that weighs the two against each other leads, as the direct answer.
 */

/** What follows "or" without naming a second option ("or not", "or something", "or just tired"). */
const NOT_AN_OPTION =
  /^(?:not|no|nah|something|anything|so|what|whatever|else|even|just|simply|only|more|less|both|neither|either|similar)\b|^(?:is|are|was|were|am|can|could|do|does|did|should|would|will|must|may) (?:i|it|that|this|they|there|we|you|he|she|anyone|everyone)\b/i;
/** Words that end an option: what comes after them is the question's context ("…or sauna after a hard session"). */
const ENDS = new Set(
  'after before for during when while if to in on at because than which with from of by into onto per each every whats what how'.split(' '),
);
/** Words of the asking that open a clause ("should i do…", "is it better to…"): an option starts after them. */
const OPENS = /^(?:should|would|could|can|do|does|is|are|am|will|better|best|i|it|we|my|me|a|an|the|its|it's|worth|need|go|use|get|take|have)$/i;
/** The most words an option keeps on each side of "or". */
const OPTION_WORDS = 3;

export interface Options {
  /** Each option's own words (stems), without the words both share ("trail shoes or zero drop shoes" → trail / zero, drop). */
  sides: [string[], string[]];
}

/** The two options an either/or question asks between, when it asks between two things; undefined otherwise. */
export function askedOptions(question: string): Options | undefined {
  // The clause that asks, or the whole asking sentence when the options sit before it ("beetroot juice or caffeine, which…?").
  const clause = [askingClause(question), askedText(question)]
    .map((x) => x.toLowerCase().replace(/[’‘]/g, "'").replace(/\//g, ' ').replace(/\s+/g, ' '))
    .find((x) => /\sor\s/.test(x));
  if (!clause) return undefined;
  const m = /^(.*?)\s+or\s+(.*)$/.exec(clause);
  if (!m || NOT_AN_OPTION.test(m[2]!)) return undefined;
  // The option before "or": its last words, back to a stop or a word that ends an option's context.
  const leftWords = m[1]!
    .split(/[,;:?.!]/)
    .pop()!
    .trim()
    .split(' ')
    .filter(Boolean);
  const left: string[] = [];
  for (let i = leftWords.length - 1; i >= 0 && left.length < OPTION_WORDS + 2; i--) {
    const w = leftWords[i]!;
    if (ENDS.has(w) || OPENS.test(w)) break;
    left.unshift(w);
  }
  // The option after "or": its first words, up to a stop or a context word ("after", "for", "which").
  const rightWords = m[2]!
    .split(/[,;:?.!]/)[0]!
    .trim()
    .split(' ')
    .filter(Boolean);
  const right: string[] = [];
  for (const w of rightWords) {
    if (ENDS.has(w) || right.length >= OPTION_WORDS + 2) break;
    // "…or is my watch heart rate good enough": the asking words before the option are skipped.
    if (right.length === 0 && OPENS.test(w)) continue;
    if (OPENS.test(w) && right.length > 0) break;
    right.push(w);
  }
  const a = optionWords(left).slice(-OPTION_WORDS);
  const b = optionWords(right).slice(0, OPTION_WORDS);
  const own = (x: string[], y: string[]) => x.filter((w) => !y.includes(w));
  const sides: [string[], string[]] = [own(a, b), own(b, a)];
  if (sides.some((s) => s.length === 0)) return undefined;
  return { sides };
}

/**
 * An option's words as the member wrote them, singular ("trainers" → "trainer"), without words of no content: matched as
 * word starts, since a stem can be a common word ("trainers" stems to "train", which every section holds).
 */
function optionWords(words: string[]): string[] {
  return words
    .map((w) => w.replace(/[^a-z0-9-]/g, ''))
    .filter(
      (w) =>
        w.length >= 3 &&
        !/^\d+$/.test(w) &&
        contentWords(w).length > 0 &&
        !/^(?:hyrox|race|really|actually|good|bad|enough|fine|okay|legit|hype|right|wrong|normal|better|worse|fast|slow|easy|hard|doing)$/.test(w),
    )
    .map((w) => w.replace(/(?<=[^s])s$/, ''));
}

/** Whether a text names an option: it holds any of the option's own words (as a word start: "shoe" in "super-shoes"). */
export function namesOption(text: string, side: readonly string[]): boolean {
  const lower = text.toLowerCase();
  return side.some((w) => new RegExp(`(?<![a-z])${w.replace(/[-]/g, '[- ]?')}`).test(lower));
}

/** A sentence that weighs or decides: what makes one naming both options the direct answer. */
const WEIGHS =
  /\b(?:better|best|wins?|rather than|instead|prefer\w*|choose|pick|fine|only if|unless|worse|beats?|more trustworthy|not (?:for|a|the)|over|do not|don't)\b/i;

const CITE = /\s*\[(\d+)\]$/;
/** An item decides between the two when it tells which to do, not only when it weighs in passing ("…not a requirement"). */
const ITEM_DECIDES = /\b(?:do not|don't|never|rather than|instead of|better than)\b/i;
/** The longest sentence that leads as the direct answer (a section's bold verdict on both options can run long). */
const BOTH_WORDS = 80;

/**
 * A sentence of the quoted sections that names both options and stands alone: the direct answer to "which of the two?"
 * ("…the flatter, grippy running trainer wins…; choose a carbon super-shoe only if…"). Undefined when none does.
 */
export function bothOptionsSentence(passages: readonly RetrievedChunk[], options: Options): { c: RetrievedChunk; sentence: string } | undefined {
  for (const c of passages)
    for (const b of blocksOf(c.content)) {
      if (b.kind !== 'paragraph') continue;
      const s = b.sentences
        .map((x) => x.replace(/^\*\*[^*]{3,80}\?\*\*\s+/, ''))
        .find(
          (x) =>
            wordCount(x) <= BOTH_WORDS &&
            /[.!?)"”*]$/.test(x) &&
            WEIGHS.test(x) &&
            namesOption(x, options.sides[0]) &&
            namesOption(x, options.sides[1]),
        );
      if (s) return { c, sentence: s };
    }
  // …else a list item that does ("**Walk fast with short steps**, arms long; do not run…" for "run or walk?").
  for (const c of passages)
    for (const b of blocksOf(c.content)) {
      if (b.kind !== 'list') continue;
      const s = b.sentences
        .map((item) => splitSentences(item)[0] ?? '')
        .find(
          (x) =>
            wordCount(x) >= 6 &&
            wordCount(x) <= BOTH_WORDS &&
            /[.!?)"”*]$/.test(x) &&
            ITEM_DECIDES.test(x) &&
            namesOption(x, options.sides[0]) &&
            namesOption(x, options.sides[1]),
        );
      if (s) return { c, sentence: s };
    }
  return undefined;
}

export interface CoverInput {
  question: string;
  options: Options;
  /** The answer's parts so far, each knowledge part ending in its citation. */
  parts: string[];
  /** The first part that quotes the knowledge (the engines' and the data's parts come before it). */
  knowledgeFrom: number;
  passages: RetrievedChunk[];
  cited: readonly RetrievedChunk[];
  citeOf: (c: RetrievedChunk) => number;
  /** Words the answer may still take. */
  room: number;
}

/** The most words a part for the missing option takes. */
const OPTION_PART_WORDS = 90;

/**
 * The answer's parts with both options covered and the sentence that weighs them first: unchanged when the answer names
 * both already and no sentence names both, or when nothing in the passages names the missing option.
 */
export function coverOptions(input: CoverInput): string[] {
  const { options, knowledgeFrom } = input;
  let parts = [...input.parts];
  const knowledge = () => parts.slice(knowledgeFrom).join(' ');
  if (parts.length <= knowledgeFrom) return parts;
  const said = (text: string) => quotedAlready(parts, text);
  // The option the answer leaves out: from the quoted sections first, else a section titled for it.
  const missing = options.sides.findIndex((side) => !namesOption(knowledge(), side));
  if (missing >= 0 && namesOption(knowledge(), options.sides[1 - missing]!)) {
    const side = options.sides[missing]!;
    const ask = new Set(specificTerms(input.question));
    const fromSection = (c: RetrievedChunk): string | undefined => {
      // The sentences that name the option, with the question's words, in order, within the budget.
      const sentences = blocksOf(c.content)
        .filter((b) => b.kind === 'paragraph')
        .flatMap((b) => b.sentences)
        .filter((s) => namesOption(s, side) && standsAlone(s.replace(/\*\*/g, '')) && !said(s));
      const ranked = sentences
        .map((s, i) => ({ s, i, score: [...wordSet(s)].filter((w) => ask.has(w)).length }))
        .sort((x, y) => y.score - x.score || x.i - y.i);
      const out: typeof ranked = [];
      for (const x of ranked) {
        if (wordCount([...out, x].map((y) => y.s).join(' ')) > Math.min(OPTION_PART_WORDS, Math.max(input.room, 40))) break;
        out.push(x);
      }
      return out.length
        ? out
            .sort((x, y) => x.i - y.i)
            .map((x) => x.s)
            .join(' ')
        : undefined;
    };
    // A section titled for the option answers it from its opening sentences; one that only mentions it, from those sentences.
    const titled = input.passages.find((c) => namesOption(c.section, side) && !namesOption(c.section, options.sides[1 - missing]!));
    const candidates = [...(titled ? [titled] : []), ...input.cited.filter((c) => c !== titled)];
    for (const c of candidates) {
      const text = c === titled ? openingOf(c, side, said) : fromSection(c);
      if (text) {
        parts.push(`${text} [${input.citeOf(c)}]`);
        break;
      }
    }
  }
  // A sentence that names both options is the direct answer: it leads the knowledge, moved if it was quoted.
  // …from a section the answer quotes: one found only for an option's word ("run in the morning and lift in the evening")
  // may weigh the two for another question.
  const both = bothOptionsSentence(input.cited, options);
  if (both && !splitSentences(parts[knowledgeFrom]!.replace(CITE, ''))[0]?.includes(both.sentence)) {
    const n = input.citeOf(both.c);
    parts = parts
      .map((p) => {
        if (!p.includes(both.sentence)) return p;
        // A list item leaves its list whole: its line goes.
        if (p.includes('\n'))
          return p
            .split('\n')
            .filter((line) => !line.includes(both.sentence))
            .join('\n');
        const rest = p
          .replace(CITE, '')
          .replace(both.sentence, '')
          .replace(/\s{2,}/g, ' ')
          .trim();
        return wordCount(rest) >= 3 ? `${rest}${CITE.exec(p)?.[0] ?? ''}` : '';
      })
      .filter(Boolean);
    parts.splice(knowledgeFrom, 0, `${both.sentence} [${n}]`);
  }
  return parts;
}

/** A section's opening for an option: its first paragraph's sentences, up to about 60 words, naming the option. */
function openingOf(c: RetrievedChunk, side: readonly string[], said: (t: string) => boolean): string | undefined {
  const first = blocksOf(c.content).find((b) => b.kind === 'paragraph');
  if (!first) return undefined;
  const out: string[] = [];
  for (const s of first.sentences) {
    if (said(s)) continue;
    if (out.length > 0 && wordCount([...out, s].join(' ')) > 60) break;
    out.push(s);
  }
  const text = out.join(' ');
  return text && namesOption(text, side) ? text : undefined;
}
