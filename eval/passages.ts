import type { EvalCase } from './cases.js';

/** A passage as the LLM saw it. */
export interface Passage {
  id: string;
  sourceDoc: string;
  section: string;
  content: string;
}

export interface PromptScore {
  id: string;
  passages: number;
  /** undefined when the case has no label that can match yet (no sources, or only placeholders). */
  relevant: number | undefined;
  repeated: number;
  figuresShown: boolean;
  /** needs_figures false but figures shown, or true but none shown; undefined when not labelled. */
  figuresWrong: boolean | undefined;
}

export const PENDING_PREFIX = 'pending:';

/**
 * Whether a passage carries a source label "doc.md#Heading": same document, and the heading is
 * one of the passage's section parts (merged sections read "A; B", nested ones "A > B").
 */
export function matchesLabel(p: Passage, label: string): boolean {
  const hash = label.indexOf('#');
  if (hash < 0 || label.startsWith(PENDING_PREFIX)) return false;
  const doc = label.slice(0, hash);
  const heading = label
    .slice(hash + 1)
    .trim()
    .toLowerCase();
  if (p.sourceDoc !== doc) return false;
  return p.section.split(/;\s*|\s+>\s+/).some((part) => part.trim().toLowerCase() === heading);
}

const words = (t: string) =>
  t
    .toLowerCase()
    .replace(/[^a-z0-9.%:|]+/g, ' ')
    .split(' ')
    .filter(Boolean);

function shingles(t: string, n = 5): Set<string> {
  const w = words(t);
  const out = new Set<string>();
  for (let i = 0; i + n <= w.length; i++) out.add(w.slice(i, i + n).join(' '));
  return out;
}

const tableRows = (t: string) =>
  t
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.startsWith('|') && !/^\|[\s|:-]+\|$/.test(l) && l.split('|').length >= 5);

/**
 * Passages that repeat an earlier one: the same id, half or more of their 5-word shingles already
 * seen in one earlier passage, or a table row (3+ cells) already shown.
 */
export function countRepeated(passages: Passage[]): number {
  let repeated = 0;
  const seenRows = new Set<string>();
  const earlier: { id: string; sh: Set<string> }[] = [];
  for (const p of passages) {
    const sh = shingles(p.content);
    const rows = tableRows(p.content);
    const dupId = earlier.some((e) => e.id === p.id);
    const overlap = earlier.some((e) => {
      if (sh.size === 0) return false;
      let common = 0;
      for (const s of sh) if (e.sh.has(s)) common++;
      return common / sh.size >= 0.5;
    });
    const dupRow = rows.some((r) => seenRows.has(r));
    if (dupId || overlap || dupRow) repeated++;
    rows.forEach((r) => seenRows.add(r));
    earlier.push({ id: p.id, sh });
  }
  return repeated;
}

/**
 * `prompted` false: the answer was given by rules (a referral, the privacy commands, a refusal)
 * and no LLM request was built, so there is no prompt to score (relevance and figures undefined).
 */
export function scorePrompt(c: EvalCase, passages: Passage[], figuresShown: boolean, prompted = true): PromptScore {
  const labels = c.sources.filter((s) => !s.startsWith(PENDING_PREFIX));
  return {
    id: c.id,
    passages: passages.length,
    relevant: !prompted || labels.length === 0 ? undefined : passages.filter((p) => labels.some((l) => matchesLabel(p, l))).length,
    repeated: countRepeated(passages),
    figuresShown,
    figuresWrong: !prompted || c.needs_figures === undefined ? undefined : c.needs_figures !== figuresShown,
  };
}

export interface PromptSummary {
  prompts: number;
  labelled: number;
  avgPassages: number;
  avgRelevant: number;
  relevantShare: number;
  noneRelevant: number;
  repeated: number;
  figuresUnneeded: number;
  figuresMissing: number;
}

/** Averages over the prompts whose case has matchable labels; figure counts over labelled cases. */
export function summarizePrompts(scores: PromptScore[]): PromptSummary {
  const labelled = scores.filter((s) => s.relevant !== undefined);
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const passagesL = sum(labelled.map((s) => s.passages));
  const relevantL = sum(labelled.map((s) => s.relevant!));
  return {
    prompts: scores.length,
    labelled: labelled.length,
    avgPassages: labelled.length ? passagesL / labelled.length : 0,
    avgRelevant: labelled.length ? relevantL / labelled.length : 0,
    relevantShare: passagesL ? relevantL / passagesL : 0,
    noneRelevant: labelled.filter((s) => s.relevant === 0).length,
    repeated: sum(scores.map((s) => s.repeated)),
    figuresUnneeded: scores.filter((s) => s.figuresWrong && s.figuresShown).length,
    figuresMissing: scores.filter((s) => s.figuresWrong && !s.figuresShown).length,
  };
}
