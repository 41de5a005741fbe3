import type { RetrievedChunk } from '../../retrieval/search.js';
import { contentWords } from '../../domain/text.js';
import { blocksOf, overlap, splitSentences, standsAlone } from './blocks.js';
import { wordSet } from '../core/word-set.js';

/**
 * The answer's first sentence answers the ask (issue 11: the direct answer first, then the reason, then what to do).
 * A section quoted for a question often opens with its background or its summary, and the sentence that says what the
 * member asked (a count for "how many", a rule for "am I allowed") sits further down. For those two kinds of ask, when
 * the lead does not give what is asked, the sentence of the quoted sections that gives it, on the question's own words,
 * leads instead: moved from where it stood, or taken from its section with its citation. Lists and tables stay whole.
 */

/** What kind of thing the ask wants to read first. */
export type LeadAsk =
  { kind: 'count'; nouns: string[] } | { kind: 'amount'; unit: RegExp } | { kind: 'permission' } | { kind: 'decision' } | { kind: 'verdict' };

/** A sentence that says yes or no to something: "none in the final 2 weeks", "no need to stop", "not a problem", "avoid…". */
const SAYS_WHETHER =
  /\b(?:yes|no|not|none|never|nothing|avoid|skip|don'?t|do not|does not|doesn'?t|cannot|can'?t|no need|fine|safe|allowed|worth it|only if|as long as)\b/i;

const NUMBER_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|twelve|once|twice|a couple of|a few';
const NUMBER = `(?:\\d+(?:[.,]\\d+)?(?:\\s?[–-]\\s?\\d+(?:[.,]\\d+)?)*|${NUMBER_WORDS})`;
/** Words after "how many" that end the thing counted. */
const NOUN_END =
  /^(should|do|does|did|is|are|can|could|will|would|i|we|you|to|a|an|per|in|on|of|for|at|before|after|during|each|every|the|my|this|that)$/;
/** Units of a measure: a number followed by one measures that, not the thing counted ("48 hours between hard sessions"). */
const UNIT =
  /^(s|sec|secs|seconds?|min|mins|minutes?|h|hrs?|hours?|days?|weeks?|months?|years?|km|m|metres?|meters?|kg|g|mg|lb|ml|l|%|kcal|bpm|spm|reps?|x|×)$/i;

const LONG_UNITS =
  /\b\d+(?:[.,]\d+)?(?:\s?[–-]\s?\d+)*\s?(?:s|sec|seconds?|min|minutes?|h|hours?|days?|weeks?|months?)\b|\b(?:one|two|three|four|five|six|seven|eight|ten|a few) (?:days?|weeks?|hours?|minutes?)(?!\w)/i;
const OFTEN_UNITS =
  /\b(?:once|twice|\d+\s?(?:[–-]\s?\d+\s?)?(?:times|x|×)|(?:one|two|three|four|five|\d+)(?:\s?[–-]\s?\d+)? (?:\w+ )?(?:sessions?|days?|times)) (?:a|per|every) (?:week|month|day)\b|\bevery \d+(?:\s?[–-]\s?\d+)? (?:weeks?|days?|months?)\b/i;
const FAR_UNITS = /\b\d+(?:[.,]\d+)?(?:\s?[–-]\s?\d+(?:[.,]\d+)?)*\s?(?:m|km|metres?|meters?|miles?)(?!\w)/i;
const MUCH_UNITS =
  /\b\d+(?:[.,]\d+)?(?:\s?[–-]\s?\d+(?:[.,]\d+)?)*\s?(?:g|mg|kg|g\/kg|mg\/kg|ml|l|litres?|liters?|%|kcal|min|minutes?|hours?|km|m|cups?|servings?|gels?)(?!\w)/i;

/** Units a member counts in ("how many grams of carbs"), with the figures that give them. */
const UNIT_NOUNS: [RegExp, RegExp][] = [
  [/^(?:grams?|g|milligrams?|mg|calories|kcal|litres?|liters?|ml)$/, MUCH_UNITS],
  [/^(?:km|kms|kilomet(?:re|er)s?|miles?|metres?|meters?)$/, FAR_UNITS],
  [/^(?:minutes?|mins?|hours?|hrs?|seconds?|secs?|weeks?|days?|months?)$/, LONG_UNITS],
];

/** Rules and permissions: what a "may I / am I allowed" ask wants to read. */
const PERMISSION_WORDS =
  /\b(?:allowed|not allowed|may|may not|must|must not|banned|bans?|legal|illegal|permitted|rule|rules|rulebooks?|standards?|no-reps?|penalt(?:y|ies)|disqualif\w*|judges? (?:allow|accept)|yes|no)\b|\b(?:(?:does|do|did) not|(?:does|do|did)n'?t|need not|no need to) have to\b|\bneed not\b|\bno one can\b|\bcannot\b|\bany (?:way|split|proportion)\b|\bno limit\b/i;
/** An ask about what the rules let a member do. */
const PERMISSION_ASK =
  /\b(?:allowed|permitted|legal|banned|against the rules|within the rules)\b|\b(?:do|will) (?:i|we) have to\b|\bhave to (?:be|land|keep|touch|jump|use|wear)\b|\b(?:must|may) (?:i|we)\b|\b(?:does|do|will) (?:it|he|she|they|each|every|one|all|both|the \w+|my \w+|our \w+)(?: \w+)? have to\b|\bhas to be\b|\bcan (?:one|either|both) of us\b|\bcan (?:he|she|they|my (?:partner|mate|teammate)|our \w+) (?:just )?(?:do|take|run|help|hold|touch|push|pull|swap|switch)\b|\bcan (?:i|we|you) (?:use|wear|bring|step|put|drop|rest|stop|touch|switch|swap|push|pull|hold|land|jump|carry|take (?:off|a break))\b/i;

/** The ask a lead has to answer, when it is one of the kinds this rule knows; undefined otherwise. */
export function leadAsk(question: string): LeadAsk | undefined {
  const q = question.toLowerCase();
  const many = /\bhow many ([a-z][a-z\s-]{1,40})/.exec(q);
  if (many) {
    const nouns: string[] = [];
    for (const w of many[1]!.trim().split(/\s+/)) {
      if (NOUN_END.test(w) || nouns.length >= 3) break;
      nouns.push(w);
    }
    // "how many grams / km / minutes": the thing counted is a unit, which a figure with that unit gives ("6–10 g/kg").
    const unit = UNIT_NOUNS.find(([re]) => re.test(nouns[0] ?? ''));
    if (unit) return { kind: 'amount', unit: unit[1] };
    const stems = nouns.flatMap((w) => contentWords(w)).filter((w) => w.length >= 2);
    if (stems.length > 0) return { kind: 'count', nouns: stems };
  }
  if ((/\bhow long\b/.test(q) && !/\bhow long (?:is|are)\b/.test(q)) || /\bhow (?:early|soon|late)\b/.test(q))
    return { kind: 'amount', unit: LONG_UNITS };
  if (/\bhow often\b|\bhow frequently\b/.test(q)) return { kind: 'amount', unit: OFTEN_UNITS };
  if (/\bhow far\b/.test(q)) return { kind: 'amount', unit: FAR_UNITS };
  if (/\bhow much\b/.test(q)) return { kind: 'amount', unit: MUCH_UNITS };
  if (PERMISSION_ASK.test(q)) return { kind: 'permission' };
  if (CHOICE_ASK.test(q) || (TRAIN_TODAY_ASK.test(q) && !/\bor\b/.test(q))) return { kind: 'decision' };
  return undefined;
}

/**
 * The figure one ask of several wants ("how long is a deload week", "how often should i do one"): a length, a frequency, a
 * count or an amount; "how long is…" asks a length here too (leadAsk keeps it for the race's distances).
 */
export function figureAsk(ask: string): LeadAsk | undefined {
  const a = leadAsk(ask) ?? (/\bhow long (?:is|are)\b/i.test(ask) ? { kind: 'amount' as const, unit: LONG_UNITS } : undefined);
  return a && (a.kind === 'amount' || a.kind === 'count') ? a : undefined;
}

/** "train or rest today?", "skip or run?": a choice about today's training, which a sentence that decides answers. */
const CHOICE_ASK =
  /\b(?:train|run|rest|skip|go|push through|carry on|keep going)\b[^?.!,]{0,20}\bor\b[^?.!,]{0,20}\b(?:train|run|rest|skip|take (?:a|the) day off|day off|go easy|easy)\b/;
/** "is it ok to do an easy run when sore?", "can i still train today?": whether to do the session, which a sentence that decides answers. */
const TRAIN_TODAY_ASK =
  /\b(?:is it (?:ok|okay|fine|safe|alright|bad|wise|smart)(?: for me)? to|(?:can|could|should) i (?:still |even )?)\s*(?:do (?:an? |my |some |the )?|go for (?:an? )?)?(?:easy |light |short |gentle )?(?:run|runs|running|jog|jogging|train|training|session|workout|work out)\b|\b(?:is|are) (?:an? |my |some )?(?:easy |light |short |gentle )?(?:run|jog|session|workout|training)s? (?:still )?(?:ok|okay|fine|alright|safe)\b/;
/** A sentence that decides the day: swap it, move it, rest, or no change needed. */
const DECIDES =
  /\b(?:swap|move (?:the|it|your)|does not need a change|no need to change|rest (?:day|today)|take (?:a|the) day off|train as planned|do the session|skip (?:it|the)|easy (?:running|run|session|day)|usually makes it better)\b/i;

/** Numbers the member gave (a number the question holds answers nothing: "100 wall balls"). */
function numbersIn(text: string): Set<string> {
  return new Set(text.match(/\d+(?:[.,]\d+)?/g) ?? []);
}

/** A count next to the thing counted: "Three hard sessions a week", "one full rest day", "your sets (for example 25-25-20…". */
function countsNoun(sentence: string, nouns: string[], given: Set<string>): boolean {
  const tokens = sentence
    .replace(/\*\*/g, '')
    .toLowerCase()
    .split(/[\s,;:()]+/)
    .filter(Boolean);
  const isNumber = new RegExp(`^${NUMBER}$`);
  const isNoun = (t: string) => contentWords(t).some((w) => nouns.includes(w));
  const fresh = (t: string) => !/\d/.test(t) || [...(t.match(/\d+(?:[.,]\d+)?/g) ?? [])].some((n) => !given.has(n));
  for (let i = 0; i < tokens.length; i++) {
    if (!isNumber.test(tokens[i]!) || !fresh(tokens[i]!)) continue;
    // A number then the thing, with up to two words between that are not a unit of their own.
    for (let k = i + 1; k <= i + 3 && k < tokens.length; k++) {
      if (UNIT.test(tokens[k]!)) break;
      if (isNoun(tokens[k]!)) return true;
    }
    // The thing then its figures ("sets … 25-25-20-15-15").
    for (let k = i - 1; k >= i - 6 && k >= 0; k--) if (isNoun(tokens[k]!) && !UNIT.test(tokens[i + 1] ?? '')) return true;
  }
  return false;
}

/** Whether a sentence gives what the ask wants. */
export function givesAsked(sentence: string, ask: LeadAsk, question: string): boolean {
  const plain = sentence.replace(/\*\*/g, '');
  switch (ask.kind) {
    case 'count':
      return countsNoun(plain, ask.nouns, numbersIn(question));
    case 'amount': {
      const given = numbersIn(question);
      const m = plain.match(new RegExp(ask.unit.source, 'gi')) ?? [];
      return m.some((x) => !/\d/.test(x) || [...numbersIn(x)].some((n) => !given.has(n)));
    }
    case 'permission':
      return PERMISSION_WORDS.test(plain);
    case 'decision':
      return DECIDES.test(plain);
    case 'verdict':
      return SAYS_WHETHER.test(plain);
  }
}

/** A candidate lead must itself hold at least this share of the question's own words… */
const MIN_FOCUS = 0.2;
/** …or this share for a decision taken from the lead's own section. */
const MIN_DECISION_FOCUS = 0.15;
/** …and, read under its section's title, at least this share of what the current lead holds. */
const KEEP_FOCUS = 0.8;

const CITE = /\s*\[(\d+)\]$/;
/** A list item whose bold opening holds a figure: "**40–55 km of running a week** over 4–5 runs". */
const FIGURE_FIRST = /^\*\*[^*]*\d[^*]*\*\*/;

function plainText(s: string): string {
  return s.replace(/\*\*/g, '').replace(/\s+/g, ' ').trim();
}

/** A part that is one paragraph (no list or table lines). */
function isParagraph(part: string): boolean {
  return !part.includes('\n');
}

export interface LeadInput {
  question: string;
  /** A yes/no follow-up ("can i do that one the week of the race or is it too much"): a sentence that says whether may lead. */
  whether?: boolean;
  /** The question's own words with their weights. */
  focus: Map<string, number>;
  passages: RetrievedChunk[];
  /** The citation number a passage is quoted under (numbers it when first cited). */
  citeOf: (c: RetrievedChunk) => number;
  /** The passage behind a citation number already in the answer. */
  cited: (n: number) => RetrievedChunk | undefined;
}

/**
 * The answer's parts with the sentence that answers the ask first: unchanged when the ask is of no kind above, when the
 * lead already gives what is asked, when the answer opens with a list or table, or when no sentence of the quoted
 * sections gives it on the question's words.
 */
export function answerFirst(parts: string[], input: LeadInput): string[] {
  const ask: LeadAsk | undefined = leadAsk(input.question) ?? (input.whether ? { kind: 'verdict' } : undefined);
  if (!ask || parts.length === 0 || input.focus.size === 0) return parts;
  const first = parts[0]!;
  if (!isParagraph(first)) return parts;
  const firstCite = CITE.exec(first);
  if (!firstCite) return parts;
  const leadSentence = splitSentences(first.replace(CITE, ''))[0] ?? '';
  if (givesAsked(leadSentence, ask, input.question)) return parts;
  // A sentence is read under its section's title: "Plan your sets before the race…" under "100 wall balls: how to split the sets".
  const scoreOf = (sentence: string, c: RetrievedChunk | undefined) => overlap(`${c?.section ?? ''} ${sentence}`, input.focus);
  const leadPassage = input.cited(Number(firstCite[1]));
  const leadScore = scoreOf(leadSentence, leadPassage);

  type Candidate = { sentence: string; score: number; part?: number; c: RetrievedChunk | undefined; order: number };
  const candidates: Candidate[] = [];
  // Sentences already quoted, in the answer's order (the lead's own paragraph included, after its first sentence).
  parts.forEach((part, k) => {
    const m = CITE.exec(part);
    if (!isParagraph(part) || !m) return;
    const c = input.cited(Number(m[1]));
    splitSentences(part.replace(CITE, '')).forEach((s, j) => {
      if (k === 0 && j === 0) return;
      candidates.push({ sentence: s, score: scoreOf(s, c), part: k, c, order: candidates.length });
    });
  });
  // Sentences of the retrieved sections' other paragraphs: the section's answer that the quote left out.
  const quoted = plainText(parts.join(' '));
  for (const c of input.passages)
    for (const b of blocksOf(c.content)) {
      if (b.kind === 'paragraph')
        for (const s of b.sentences)
          if (!quoted.includes(plainText(s).slice(0, 60))) candidates.push({ sentence: s, score: scoreOf(s, c), c, order: candidates.length });
      // A list item that opens with its figure in bold ("**40–55 km of running a week** over 4–5 runs…") gives a count or an
      // amount as a sentence does: its first sentence may lead when the list itself is not quoted.
      if (b.kind === 'list' && (ask.kind === 'amount' || ask.kind === 'count'))
        for (const item of b.sentences) {
          const s = splitSentences(item)[0] ?? '';
          if (FIGURE_FIRST.test(s) && !quoted.includes(plainText(s).slice(0, 60)))
            candidates.push({ sentence: s, score: scoreOf(s, c), c, order: candidates.length });
        }
    }

  const best = candidates
    .filter(
      (x) =>
        standsAlone(x.sentence.replace(/\*\*/g, '')) &&
        givesAsked(x.sentence, ask, input.question) &&
        // A decision or a rule from the lead's own section ("…swap the day's run…", "…does not have to do the station that
        // follows it") shares fewer of the question's words than a figure.
        overlap(x.sentence, input.focus) >=
          ((ask.kind === 'decision' || ask.kind === 'permission' || ask.kind === 'verdict') && x.c === leadPassage
            ? MIN_DECISION_FOCUS
            : MIN_FOCUS) &&
        // …from a section about the ask, or the one retrieval ranked first: a figure from a section retrieved for a
        // neighbouring topic ("In-race fuelling: 30–60 g per hour" for carbohydrate the day before) would lead with the wrong answer.
        (x.c === input.passages[0] || overlap(x.c?.section ?? '', input.focus) >= MIN_FOCUS) &&
        // The lead's own section was chosen for the question: any of its sentences that gives what is asked may lead.
        (x.c === leadPassage || x.score >= leadScore * KEEP_FOCUS),
    )
    .sort((a, b) => b.score - a.score || a.order - b.order)[0];
  if (!best) return parts;
  // A decision comes with the sentences right after it that decide too ("…swap the day's run… Normal soreness does not
  // need a change"): the exception without the rule would read as "always swap".
  const lead = [
    best,
    ...(ask.kind === 'decision'
      ? candidates.filter(
          (x) =>
            x.c === best.c &&
            x.part === best.part &&
            x.order > best.order &&
            x.order <= best.order + 2 &&
            givesAsked(x.sentence, ask, input.question),
        )
      : []),
  ];

  const out = [...parts];
  let n: number;
  if (best.part !== undefined) {
    // Moved, not copied: the sentences leave the paragraph they stood in.
    const part = out[best.part]!;
    n = Number(CITE.exec(part)![1]);
    const rest = lead
      .reduce((text, x) => text.replace(x.sentence, ''), part.replace(CITE, ''))
      .replace(/\s{2,}/g, ' ')
      .trim();
    if (rest && wordCount(rest) >= 3) out[best.part] = `${rest} [${n}]`;
    else out.splice(best.part, 1);
  } else n = input.citeOf(best.c!);
  out.unshift(`${lead.map((x, i) => (i === 0 ? withoutLabel(x.sentence) : x.sentence)).join(' ')} [${n}]`);
  return out;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** A paragraph's bold label ("**Stepping:** Hyrox guides agree…") does not open the answer; a bold sentence keeps its bold. */
function withoutLabel(sentence: string): string {
  return sentence.replace(/^\*\*[^*]{1,40}:\*\*\s+(?=\S)/, '').replace(/^(\w)/, (c) => c.toUpperCase());
}

/** A paragraph that opens with a bold label ("**Spectators.** …", "**What finishers get.** …"). */
const LABELLED = /^\*\*([^*]{2,60}?)[.:]?\*\*[.:]?\s+\S/;
/** The label must carry at least this share of the question's own words. */
const LABEL_NAMES_IT = 0.15;

/**
 * A section that answers several questions under bold labels ("After the finish: results…, what finishers get, and do
 * spectators need a ticket?") opens with the answer to its first one. Asked the second ("can my family come watch? do
 * spectators need tickets?"), the labelled paragraph whose label names the question's own words is the answer, when it
 * holds at least as much of the question as the opening: undefined otherwise.
 */
export function labelledAnswer(content: string, own: Map<string, number>, opening: string, items = false): string | undefined {
  if (own.size === 0) return undefined;
  const openingScore = overlap(opening, own);
  // …and, for one open ask (`items`: not a yes/no, whose verdict the opening gives, nor several asks, which a list serves
  // whole), the labelled items of a list ("5. **Hand-overs.** One relay guide states…" under "Relay rules: legs, hand-overs
  // and who does what"): asked "how do relay hand-overs work?", that item is the answer, not the section's opening on the legs.
  // An item's label names a word of the question the opening does not hold ("Hand-overs" where the opening speaks of legs and
  // stations; not "A vest as a warm-up trick" under an opening about the vest).
  const openingWords = wordSet(opening);
  const namesWhatOpeningLacks = (label: string) => [...wordSet(label)].some((w) => own.has(w) && !openingWords.has(w));
  const best = blocksOf(content)
    .flatMap((b) =>
      b.kind === 'paragraph' ? [{ text: b.text, item: false }] : b.kind === 'list' && items ? b.sentences.map((text) => ({ text, item: true })) : [],
    )
    .filter((x) => x.text !== opening)
    .map((x) => ({ ...x, label: LABELLED.exec(x.text)?.[1] }))
    // A bold FAQ question ("**What is a normal time for a first Hyrox?** …") is no label: the writer answers it without the question.
    .filter(
      (x): x is { text: string; item: boolean; label: string } =>
        x.label !== undefined &&
        !x.label.trim().endsWith('?') &&
        overlap(x.label, own) >= LABEL_NAMES_IT &&
        (!x.item || namesWhatOpeningLacks(x.label)),
    )
    .map((x) => ({ ...x, score: overlap(x.text, own) }))
    .sort((a, b) => b.score - a.score)[0];
  // On a tie the label decides: it names what the paragraph answers.
  return best && best.score >= openingScore ? best.text : undefined;
}
