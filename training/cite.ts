import { contentWords } from '../src/domain/text.js';

/**
 * Citations in answers: where a sentence says what a passage says, the answer carries [n] for
 * it, as production asks of the model. Support = shared content words (and, when the sentence
 * has figures, at least one figure the passage also has).
 */

const NUMBER = /\d+(?:[.:,]\d+)?/g;
const words = (t: string) => new Set(contentWords(t).filter((w) => w.length >= 4 && !/^\d+$/.test(w)));
const numbers = (t: string) => new Set(t.match(NUMBER) ?? []);

export function support(sentence: string, passage: string): { shared: number; numbersShared: number; numbersInSentence: number } {
  const p = words(passage);
  const pn = numbers(passage);
  const s = words(sentence.replace(/\[\d+\]/g, ''));
  const sn = numbers(sentence.replace(/\[\d+\]/g, ''));
  let shared = 0;
  for (const w of s) if (p.has(w)) shared += 1;
  let numbersShared = 0;
  for (const n of sn) if (pn.has(n)) numbersShared += 1;
  return { shared, numbersShared, numbersInSentence: sn.size };
}

/** A sentence supports a passage when it shares `minWords` content words and, if it has figures, one of them. */
export function supports(sentence: string, passage: string, minWords = 3): boolean {
  const s = support(sentence, passage);
  return s.shared >= minWords && (s.numbersInSentence === 0 || s.numbersShared >= 1);
}

/** Sentence spans of a text: [start, end) with the end before trailing punctuation and spaces. */
function spans(text: string): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  const re = /[^\n]+?(?:[.!?](?=\s|$)|$)/gm;
  for (const m of text.matchAll(re)) {
    const raw = m[0];
    if (raw.trim().split(/\s+/).length < 5) continue;
    const trimmed = raw.replace(/[\s.!?:;*]+$/, '');
    out.push({ start: m.index!, end: m.index! + trimmed.length, text: raw });
  }
  return out;
}

/**
 * Adds [n] after the sentences that best support passage n (up to `perPassage` each, strongest
 * first, `minWords` shared content words at least). Returns the text and the passages it cited.
 */
export function addCitations(
  answer: string,
  passages: { n: number; content: string }[],
  opts: { minWords?: number; perPassage?: number } = {},
): { text: string; cited: number[] } {
  const minWords = opts.minWords ?? 5;
  const sents = spans(answer);
  const inserts: { at: number; n: number }[] = [];
  const cited: number[] = [];
  for (const p of passages) {
    const ranked = sents
      .map((s) => ({ s, sup: support(s.text, p.content) }))
      .filter((x) => x.sup.shared >= minWords && (x.sup.numbersInSentence === 0 || x.sup.numbersShared >= 1))
      .sort((a, b) => b.sup.shared + 2 * b.sup.numbersShared - (a.sup.shared + 2 * a.sup.numbersShared) || a.s.start - b.s.start)
      .slice(0, opts.perPassage ?? 2);
    for (const x of ranked) inserts.push({ at: x.s.end, n: p.n });
    if (ranked.length) cited.push(p.n);
  }
  let text = answer;
  // Insert from the end so earlier offsets stay valid; several passages on one sentence become [1][3].
  const byAt = new Map<number, number[]>();
  for (const i of inserts)
    byAt.set(
      i.at,
      [...new Set([...(byAt.get(i.at) ?? []), i.n])].sort((a, b) => a - b),
    );
  for (const at of [...byAt.keys()].sort((a, b) => b - a))
    text = `${text.slice(0, at)} ${byAt
      .get(at)!
      .map((n) => `[${n}]`)
      .join('')}${text.slice(at)}`;
  return { text, cited: cited.sort((a, b) => a - b) };
}

/** Every [n] in an answer with the sentence it closes. */
export function citationsIn(answer: string): { n: number; sentence: string }[] {
  const out: { n: number; sentence: string }[] = [];
  for (const s of answer.split(/\n+|(?<=[.!?])\s+/)) for (const m of s.matchAll(/\[(\d+)\]/g)) out.push({ n: Number(m[1]), sentence: s });
  return out;
}

/** The numbered passages of a production system prompt: [n] → text, from its <knowledge> block. */
export function passagesIn(system: string): Map<number, string> {
  const block = /<knowledge>\n([\s\S]*?)\n<\/knowledge>/.exec(system)?.[1] ?? '';
  const out = new Map<number, string>();
  const parts = block.split(/^(?=\[\d+\] )/m);
  for (const p of parts) {
    const m = /^\[(\d+)\] ([\s\S]*)$/.exec(p.trim());
    if (m) out.set(Number(m[1]), m[2]!);
  }
  return out;
}
