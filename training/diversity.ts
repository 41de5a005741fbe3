/**
 * Diversity measures shared by the validator, the split and the audit: word 5-gram Jaccard
 * near-duplicates (with clusters), first-8-word openings and sentences repeated across answers.
 */

export const NEAR_DUPLICATE = 0.6;

/** The answer text of an example: every assistant turn that is text (not a tool call), citations removed. */
export function answerText(messages: { role: string; content?: string | null; tool_calls?: unknown[] }[]): string {
  return messages
    .filter((m) => m.role === 'assistant' && m.content && !m.tool_calls?.length)
    .map((m) => m.content!.replace(/ ?\[\d+\]/g, ''))
    .join('\n\n');
}

export function shingles(text: string, n = 5): Set<string> {
  const words = text.toLowerCase().match(/[a-z0-9:%.]+/g) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + n <= words.length; i++) out.add(words.slice(i, i + n).join(' '));
  return out;
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let inter = 0;
  for (const x of a) if (b.has(x)) inter += 1;
  return inter / (a.size + b.size - inter);
}

/**
 * Shingle sets seen so far, indexed by shingle: `firstNear` gives the earliest one whose Jaccard
 * with a new set reaches `threshold` (> 0), the same one a scan over every earlier set in order
 * finds, but counting shared shingles through the index, so unrelated sets cost nothing.
 */
export class ShingleIndex<T> {
  private readonly entries: { item: T; sh: Set<string> }[] = [];
  private readonly postings = new Map<string, number[]>();

  firstNear(sh: Set<string>, threshold: number): { item: T; sh: Set<string> } | undefined {
    const shared = new Map<number, number>();
    for (const x of sh) for (const i of this.postings.get(x) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
    let first: number | undefined;
    for (const [i, inter] of shared)
      if ((first === undefined || i < first) && inter / (this.entries[i]!.sh.size + sh.size - inter) >= threshold) first = i;
    return first === undefined ? undefined : this.entries[first];
  }

  add(item: T, sh: Set<string>): void {
    const i = this.entries.push({ item, sh }) - 1;
    for (const x of sh) {
      const list = this.postings.get(x);
      if (list) list.push(i);
      else this.postings.set(x, [i]);
    }
  }
}

/**
 * Every pair of texts whose word 5-gram Jaccard exceeds `threshold` (index pairs, i < j). An
 * inverted index over shingles finds the candidates, so unrelated texts cost nothing.
 */
export function nearDuplicatePairs(texts: string[], threshold = NEAR_DUPLICATE): [number, number][] {
  const sets = texts.map((t) => shingles(t));
  const postings = new Map<string, number[]>();
  sets.forEach((s, i) => {
    for (const sh of s) {
      const list = postings.get(sh);
      if (list) list.push(i);
      else postings.set(sh, [i]);
    }
  });
  const shared = new Map<number, number>();
  const n = texts.length;
  for (const ids of postings.values()) {
    for (let a = 0; a < ids.length; a++)
      for (let b = a + 1; b < ids.length; b++) {
        const key = ids[a]! * n + ids[b]!;
        shared.set(key, (shared.get(key) ?? 0) + 1);
      }
  }
  const pairs: [number, number][] = [];
  for (const [key, inter] of shared) {
    const i = Math.floor(key / n);
    const j = key % n;
    if (inter / (sets[i]!.size + sets[j]!.size - inter) > threshold) pairs.push([i, j]);
  }
  return pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}

/** Connected components of the near-duplicate graph: cluster id per text (union-find). */
export function clusters(count: number, pairs: [number, number][]): number[] {
  const parent = Array.from({ length: count }, (_, i) => i);
  const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x]!)));
  for (const [a, b] of pairs) parent[find(a)] = find(b);
  return parent.map((_, i) => find(i));
}

const words = (t: string) => t.split(/\s+/).filter(Boolean);

/** The first eight words, lower-cased, markup stripped; `maskNumbers` turns every number into #. */
export function opening(text: string, maskNumbers = false): string {
  const s = text.toLowerCase().replace(/[*_#`>]/g, ' ');
  return words(maskNumbers ? s.replace(/\d+([.:,]\d+)*/g, '#') : s)
    .slice(0, 8)
    .join(' ');
}

/** Share of texts whose opening another text shares. */
export function sharedOpeningShare(texts: string[], maskNumbers = false): number {
  const keys = texts.map((t) => opening(t, maskNumbers));
  const count = new Map<string, number>();
  for (const k of keys) count.set(k, (count.get(k) ?? 0) + 1);
  return texts.length ? keys.filter((k) => k && count.get(k)! > 1).length / texts.length : 0;
}

/** Sentences of an answer, normalised (lower case, markup and spacing collapsed); short ones skipped. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) =>
      s
        .toLowerCase()
        .replace(/[*_#`>]|^\s*[-•]\s*/g, '')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((s) => words(s).length >= 6);
}

/** How many distinct answers each sentence appears in. */
export function sentenceCounts(texts: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of texts) for (const s of new Set(sentences(t))) m.set(s, (m.get(s) ?? 0) + 1);
  return m;
}

/** Share of all answer words that sit in sentences repeated in at least `min` answers. */
export function repeatedWordShare(texts: string[], min = 10): number {
  const counts = sentenceCounts(texts);
  let total = 0;
  let repeated = 0;
  for (const t of texts) {
    total += words(t).length;
    for (const s of sentences(t)) if ((counts.get(s) ?? 0) >= min) repeated += words(s).length;
  }
  return total ? repeated / total : 0;
}
