import type { RetrievedChunk } from '../../retrieval/search.js';
import { wordSet } from '../core/word-set.js';

/**
 * A passage read as whole blocks (pure): paragraphs, lists and tables. A paragraph that ends in
 * a colon keeps the list or table it introduces, so a list is never quoted without its lead-in
 * and never cut.
 */
export interface Block {
  kind: 'paragraph' | 'list' | 'table';
  text: string;
  sentences: string[];
}

/** Sentences that point at files or other documents instead of saying something to the athlete. */
const META =
  /\.md\b|docs\/|\bthis document\b|\bsee the [\w\s-]{0,40}document|\b(?:is|are) in the [\w\s-]{0,40}document\b|\bthe (following|next) section|\bsources? (disagree|below)|\(see [^)]*\)|\bcoach k'?s? (prediction|pacing|phase|load) engine/i;

/** Abbreviations that end in a full stop without ending the sentence. */
const ABBREVIATION = /\b(?:et al|e\.g|i\.e|vs|approx|ca|cf|Dr|St|No)\.$/i;

export function splitSentences(text: string): string[] {
  const parts = text
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?])\s+(?=[A-Z0-9*"“(])/)
    .map((s) => s.trim())
    .filter(Boolean);
  const out: string[] = [];
  for (const p of parts) {
    const prev = out.at(-1);
    // Keep abbreviations and bold spans (**…**) inside one sentence.
    if (prev !== undefined && (ABBREVIATION.test(prev) || (prev.match(/\*\*/g) ?? []).length % 2 === 1)) out[out.length - 1] = `${prev} ${p}`;
    else out.push(p);
  }
  return out;
}

/** Pointers to files and other documents are removed from the text quoted to the athlete. */
function clean(content: string): string {
  return content.replace(/\s*\((?:see |from |in )?[^()]*(?:\.md|docs\/|document)[^()]*\)/gi, '').replace(/\bCoach K's rule\b/g, 'The rule');
}

export function readBlocks(content: string): Block[] {
  const raw = clean(content)
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter(Boolean);
  const blocks: Block[] = [];
  for (const text of raw) {
    const lines = text.split('\n');
    const item = (l: string) => /^\s*([-*+]|\d+[.)])\s/.test(l) || /^\s{2,}\S/.test(l);
    // A lead-in line ending in a colon with its items on the next lines (no blank line between) is one list.
    const kind: Block['kind'] = lines.every((l) => /^\s*\|/.test(l))
      ? 'table'
      : lines.every(item) || (lines.length > 1 && /:\**\s*$/.test(lines[0]!) && lines.slice(1).every(item))
        ? 'list'
        : 'paragraph';
    const prev = blocks.at(-1);
    if (prev && kind !== 'paragraph' && prev.kind === 'paragraph' && /:[*_]*\s*$/.test(prev.text)) {
      prev.kind = kind;
      prev.text = `${prev.text}\n${text}`;
      prev.sentences.push(...lines.map((l) => l.replace(/^\s*([-*+]|\d+[.)])\s*/, '')));
      continue;
    }
    const sentences = kind === 'paragraph' ? splitSentences(text) : lines.map((l) => l.replace(/^\s*([-*+]|\d+[.)])\s*/, ''));
    blocks.push({ kind, text, sentences });
  }
  return (
    blocks
      .map((b) =>
        b.kind === 'paragraph'
          ? { ...b, sentences: b.sentences.filter((s) => !META.test(s)), text: b.sentences.filter((s) => !META.test(s)).join(' ') }
          : b,
      )
      .filter((b) => b.text.trim().length > 0)
      // A lead-in whose list the chunk does not hold ("Template rules:" as its last line) promises what it cannot show.
      .filter((b, i, all) => !(i === all.length - 1 && b.kind === 'paragraph' && /:\**\s*$/.test(b.text)))
  );
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** idf-weighted share of the question's terms that a text contains. */
export function overlap(text: string, terms: Map<string, number>): number {
  const words = wordSet(text);
  let hit = 0;
  let total = 0;
  for (const [w, weight] of terms) {
    total += weight;
    if (words.has(w)) hit += weight;
  }
  return total ? hit / total : 0;
}

/**
 * A pointer back at earlier text ("the two Pro bests above", "as above", "the sections above"): it leans on what the
 * answer may not quote. A comparison ("above RPE 7", "the point above which…", "5 beats above your normal") is not one.
 */
const POINTS_ABOVE =
  /\b(?:the|these|those|as)\s+(?:[\w/-]+\s+){0,4}above\b(?!\s+(?:which|where|that|it|them|the|a|an|your|his|her|their|its|this|baseline|normal|rpe|zone|threshold|\d))|\b(?:listed|shown|given|described|mentioned|outlined) above\b/i;

/** A sentence that can open an answer: whole, not a fragment, not leaning on what came before it. */
export function standsAlone(s: string): boolean {
  const n = wordCount(s);
  return (
    n >= 6 &&
    n <= 60 &&
    !/^(this|that|these|those|it|they|both|such|here|there|so|but|and|or|also|then|for the common question)\b/i.test(s) &&
    !/:[*_]*\s*$/.test(s) &&
    !/^\|/.test(s) &&
    !META.test(s) &&
    !POINTS_ABOVE.test(s) &&
    /[.!?)"”]$/.test(s)
  );
}

export interface BlockPick {
  block: Block;
  index: number;
  score: number;
  lead?: string;
}

/** A figure with its unit: what a "how much / how many / how long" question wants to read. */
const AMOUNT =
  /\b\d+(?:[.,–-]\d+)*\s*(?:g|mg|kg|g\/kg|mg\/kg|ml|l|min|minutes|h|hours|km|m|s|sec|seconds|%|reps|sets|rounds|weeks?|days?|kcal|bpm|spm)\b|\b\d+\s*[×x]\s*\d+/i;

/** A sentence within this share of the best one's score is a near-equal (the earlier leads). */
const LEAD_NEAR_BEST = 0.9;

/** The weight a question word keeps, when choosing among a section's blocks, if the section's title holds it. */
const TITLE_WORD_SHARE = 0.5;

/** How much a FAQ block's own bold question adds to its score (by its share of the question's words). */
const FAQ_WEIGHT = 0.5;
/** A block or text that opens on its own bold question ("**What is the average finish time?** About 1:30."). */
export const BOLD_QUESTION = /^\*\*([^*]{8,160}\?)\*\*/;

/** The bold question a block answers: its own opening, or a paragraph of only that question just before it (a table under it). */
function faqQuestion(blocks: Block[], index: number): string | undefined {
  const own = BOLD_QUESTION.exec(blocks[index]!.text)?.[1];
  if (own) return own;
  const prev = blocks[index - 1];
  const m = prev && prev.kind === 'paragraph' ? BOLD_QUESTION.exec(prev.text.trim()) : null;
  return m && m[0].length === prev!.text.trim().length ? m[1] : undefined;
}

/** A block introduced as written for a pair ("**For a mixed-doubles couple who have never lifted:**"). */
const FOR_A_PAIR = /^\W{0,4}(for|in|as) (a |an |the )?([\w-]+ )?(doubles|relay|couple|pair|partners?|team)\b/i;

/** A block written for a pair, when the member asks alone: a section for both keeps its other blocks for them. */
export function writtenForAPair(block: Block): boolean {
  return FOR_A_PAIR.test(block.text);
}

/** The block of a passage that best answers the question, with its best self-contained sentence. */
export function bestBlock(
  content: string,
  terms: Map<string, number>,
  wantsList = false,
  wantsAmount = false,
  skip?: (block: Block) => boolean,
  title?: string,
): BlockPick | undefined {
  const blocks = readBlocks(content);
  // Within a section titled for the subject ("Burpee broad jumps: how far to jump, stepping, and the knee rule"), every
  // block is about that subject: the question's title words count half when choosing among its blocks, so the block on
  // what is asked ("can i step up?": the stepping rule) wins over one that merely names the station again.
  // …when some block holds a question word the title does not ("how can i build mental toughness?" under "Practising mental
  // skills in training" has none: the blocks are told apart by the title's words as before).
  const titleWords = title ? wordSet(title) : undefined;
  const untitled = titleWords ? [...terms.keys()].filter((w) => !titleWords.has(w)) : [];
  const discerns = untitled.length > 0 && blocks.some((b) => overlap(b.text, new Map(untitled.map((w) => [w, 1]))) > 0);
  const within = titleWords && discerns ? new Map([...terms].map(([w, k]) => [w, titleWords.has(w) ? k * TITLE_WORD_SHARE : k])) : terms;
  let best: (BlockPick & { choice: number }) | undefined;
  blocks.forEach((block, index) => {
    if (skip?.(block)) return;
    const scored = (t: Map<string, number>) => {
      const sentenceScores = block.sentences.map((s) => ({ s, score: overlap(s, t) + (/\d/.test(s) ? 0.05 : 0) }));
      // The best self-contained sentence; of near-equals, the first: a paragraph puts its main point before its exceptions
      // ("Hyrox races are held in large indoor venues…" before "A few events… have run the course outdoors").
      const alone = sentenceScores.filter((x) => standsAlone(x.s));
      const bestSentence = Math.max(0, ...alone.map((x) => x.score));
      const top = alone.find((x) => x.score > 0 && x.score >= bestSentence * LEAD_NEAR_BEST) ?? alone.sort((a, b) => b.score - a.score)[0];
      const len = wordCount(block.text);
      const whole = overlap(block.text, t);
      // A list or table is one unit: its lead-in and items together answer the question.
      const unit = block.kind === 'paragraph' ? whole * 0.6 + (top?.score ?? 0) * 0.4 : whole + (wantsList ? 0.15 : 0);
      // In a FAQ section each answer sits under its own bold question ("**What is a normal time for a first Hyrox?**"):
      // the question it answers counts too.
      const asked = faqQuestion(blocks, index);
      const score =
        unit -
        (len > 220 ? 0.15 : 0) -
        index * 0.02 +
        (wantsAmount && AMOUNT.test(block.text) ? 0.1 : 0) +
        (asked ? FAQ_WEIGHT * overlap(asked, t) : 0);
      return { score, lead: top?.s };
    };
    const plain = scored(terms);
    const choice = within === terms ? plain.score : scored(within).score;
    if (!best || choice > best.choice) best = { block, index, score: plain.score, lead: plain.lead, choice };
  });
  if (!best) return undefined;
  const { choice: _choice, ...pick } = best;
  return pick;
}

/**
 * A second block of the same passage for a question with more than one ask ("is creatine worth
 * it? how much?"): the block that best covers the question's words the first block left out, or
 * gives the figure the first one lacks. Undefined when no other block adds enough.
 */
export function secondBlock(
  content: string,
  terms: Map<string, number>,
  first: BlockPick,
  wantsAmount: boolean,
  min: number,
  skip?: (block: Block) => boolean,
): Block | undefined {
  const covered = wordSet(first.block.text);
  const left = new Map([...terms].filter(([w]) => !covered.has(w)));
  const needsAmount = wantsAmount && !AMOUNT.test(first.block.text);
  if (left.size === 0 && !needsAmount) return undefined;
  let best: { block: Block; score: number } | undefined;
  readBlocks(content).forEach((block, index) => {
    if (index === first.index || block.text === first.block.text || skip?.(block)) return;
    const score = (left.size ? overlap(block.text, left) : 0) + (needsAmount && AMOUNT.test(block.text) ? 0.2 : 0);
    if (!best || score > best.score) best = { block, score };
  });
  return best && best.score >= min ? best.block : undefined;
}

/** Blocks of a passage in order (for quoting a neighbour list after a paragraph). */
export function blocksOf(content: string): Block[] {
  return readBlocks(content);
}

/** The first sentence of the passages that says what a thing is ("The Roxzone is Hyrox's name for…"), with its passage. */
export function definitionOf(subject: string, passages: RetrievedChunk[]): { c: RetrievedChunk; sentence: string } | undefined {
  const name = subject
    .replace(/[^a-z0-9 -]/gi, '')
    .trim()
    .replace(/\s+/g, '\\s+');
  if (!name) return undefined;
  const says = new RegExp(`^(?:\\*\\*)?(?:the |a |an )?${name}(?:\\*\\*)?,?\\s+(?:is|are|means)\\b`, 'i');
  for (const c of passages)
    for (const b of readBlocks(c.content))
      if (b.kind === 'paragraph') {
        const sentence = b.sentences.find((x) => says.test(x) && standsAlone(x));
        if (sentence) return { c, sentence };
      }
  // "The Elite 15, the 15 fastest men and women in the professional series, race at Pro weights": said in apposition,
  // in a paragraph or a list item.
  const apposition = new RegExp(`^(?:the |a |an )?${name},\\s+(?:the|a|an)\\s[^,]{3,90},\\s+\\w`, 'i');
  for (const c of passages)
    for (const b of readBlocks(c.content)) {
      const items = b.kind === 'table' ? [] : b.kind === 'list' ? b.text.split('\n') : [b.text];
      const sentences = items.flatMap((item) => splitSentences(item.replace(/^\s*(?:[-*+]|\d+[.)])\s+(?:\*\*[^*]+\*\*[^:]*:\s*)?/, '')));
      const sentence = sentences.find((x) => apposition.test(x) && standsAlone(x));
      if (sentence) return { c, sentence };
    }
  return undefined;
}

/** Whether a block's opening (its first 60 characters, bold and spacing aside) is already quoted in one of the answer's parts. */
export function quotedAlready(parts: readonly string[], text: string): boolean {
  const plain = (x: string) => x.replace(/\*\*/g, '').replace(/\s+/g, ' ').trim();
  // A FAQ answer quoted without its bold question ("**What are the world records?** In the Pro…") is quoted all the same.
  const head = plain(text.trim().replace(BOLD_QUESTION, '')).slice(0, 60);
  return parts.some((p) => plain(p).includes(head));
}
