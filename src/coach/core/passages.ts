import { contentWords } from '../../domain/text.js';
import type { RetrievedChunk } from '../../retrieval/search.js';
import { JOINT_WORDS } from '../triage-rules.js';
import { stationsNamed } from './understand.js';
import { wordSet } from './word-set.js';

/**
 * Chooses the passages an answer rests on (pure): re-scores the retrieved candidates against the
 * question (section titles count double, a section's asked questions as its title at ASKED_FIT_DISCOUNT), drops near-duplicates and repeated tables, keeps one
 * passage per section and at most two per document, and applies a relevance floor, so fewer
 * than `max` passages (or none) is a valid result.
 */
export interface ScoredPassage {
  chunk: RetrievedChunk;
  score: number;
  coverage: number;
  titleHits: number;
  /** The share of the question's word weight in the section title alone (titleHits without the asked questions). */
  headingHits: number;
  /** The question's weighted words that the section's title or any of its asked questions holds: what the section is titled for. */
  named: Set<string>;
  /** How much of the section's title the asked words make up (titleFit), when the ranking counts the title fit. */
  fit?: number;
}

/**
 * Words too common in this corpus to say what a question is about; with them the units a member counts in ("how many grams"),
 * which say what a figure is measured in, not what is asked about (carb loading, protein).
 */
const GENERIC = new Set(
  contentWords(
    'hyrox race racing train training do doing get best good much many time times week weeks athlete coach what how should would could need want like make help tip know thing things stuff go going day way lol haha pls please thanks really actually whats im ur u mate guys bit kind sort often usually year years old yo here there take takes taking forever meant literally basically honestly kinda gonna wanna tbh idk anyway anyways says said whole anything something everything ok okay fine alright bad enough worth thx ty cheers itself myself yourself plan plans he she him her his hers us they their able getting gets follow following super pretty quite very totally absolutely absolute massively bloody seriously nice cool awesome perfect sweet brilliant legend lovely gave given same number numbers difference differences now currently atm rn daily manage managed right gram grams milligram milligrams allowed allow allows permitted banned legal',
  ),
);

/** How Coach K is built (the language model, embeddings, `npm run`, fine-tuning): knowledge for questions about Coach K, not coaching. */
const SYSTEM_INTERNALS = /\bnpm run\b|\bLLM\b|\bembedd|\bpgvector\b|\bfine-?tun|\bpostgres|\bBM25\b|\bhybrid search\b|\blanguage model\b/i;

export function aboutCoachKInternals(chunk: { content: string }): boolean {
  return SYSTEM_INTERNALS.test(chunk.content);
}

/** The question's words that say what it is about (none for "ok so how do i train that?"). */
export function specificTerms(question: string): string[] {
  return questionTerms(question, false);
}

/** Words of counting itself, which name no thing counted ("how many sessions a week", "how many days between"); runs are a thing counted ("how many runs a week"). */
const COUNT_TEXT = 'how many often much long sessions session days day week weeks times training train hyrox hard easy';
let countWords: Set<string> | undefined;

/** A member's own age of 50 or more ("57 year old bloke", "im 63"), which a title "… at 50 or 60?" is written for. */
const OWN_AGE_50 =
  /\b[5-7]\d ?(?:years?|yrs?|yo|y\/o)(?:[- ]old)?\b|\b(?:i'?m|im|i am|aged?|turning|turned) [5-7]\d\b(?! ?(?:kg|kgs|min|mins|km|%|s\b|secs?|reps?))/i;

/**
 * A quantity FAQ ("How often should I do compromised-running sessions?", "How many rest days a week should I take?") titled
 * for the thing a "how many / how often" question counts: its title holds a specific word of the question other than the
 * words of counting ("compromised", "rest"), not only "sessions" or "days".
 */
export function countsTheAsk(question: string, section: string): boolean {
  // "how long should my long run be?": a "How long…" title for the same thing measures it as a "How many…" one counts it.
  const long = /\bhow long\b/i.test(question) && /^how long\b/i.test(section);
  if (!long && (!/\bhow (?:often|many)\b/i.test(question) || !/^how (?:often|many)\b/i.test(section))) return false;
  // "57 year old, how many hard sessions should someone my age do?": the count for the member's age is the one asked.
  // …when the title counts the same thing ("how many hard sessions", not "how many days between hard sessions").
  const counted = /\bhow (?:many|often) ((?:\w+ ){0,2}\w+)/i.exec(question)?.[1] ?? '';
  if (/\bat [5-7]0\b|\b[5-7]0\+/i.test(section) && OWN_AGE_50.test(question)) {
    const title = new Set(questionTerms(section, false));
    if (questionTerms(counted, false).some((w) => title.has(w))) return true;
  }
  countWords ??= new Set(questionTerms(COUNT_TEXT));
  const title = new Set(questionTerms(section));
  // "how many times a week should i do wall balls and sled?": a station the question names is counted by a "station sessions" title.
  const own = [...specificTerms(question), ...(stationsNamed(question).length > 0 ? questionTerms('station') : [])];
  return own.some((w) => !countWords!.has(w) && title.has(w));
}

/** Hedges around what the member says ("i was thinking every 2 weeks", "thinking of doing them 4x"): not the subject. */
const HEDGES = /\b(?:i was|i'?m|i am|was|been) thinking\b|\bthinking (?:of|about) (?=\w+ing\b)|\bi (?:think|reckon|guess|feel like)\b/gi;

/** Slang for "very busy" or "a lot" ("work has been mental", "sweat like crazy"): not the mental game, not the subject. */
const SLANG =
  /\b(?:(?:been|is|was|gone|goes|going|went|absolutely|bit|proper|work(?:'s)?|life(?:'s)?|week(?:'s)?|it'?s) (?:a bit |absolutely |proper |totally )?(?:mental|insane|mad|crazy|nuts)|like (?:crazy|mad|mental|nuts))\b/gi;

/**
 * "I'd" typed without its apostrophe before a verb ("thought id go under 1:40", "id like to", "id rather walk"): not an ID to
 * bring to the venue.
 */
const APOSTROPHE_LESS_ID =
  /\bid(?= (?:go|get|be|have|like|love|hate|finish|rather|say|hit|make|want|try|break|run|manage|probably|never|still|just|really|prefer|better|always|definitely|easily)\b)/gi;

/** A span of time around the ask ("for the next couple of weeks", "over the past few days"): when, not what. */
const TIME_SPAN = /\b(?:for |in |over |during )?(?:the |a )?(?:next|last|past|coming) (?:couple|few)(?: of)? (?:days|weeks|months)\b/gi;

/** An intensifier before how the member feels ("completely dead", "totally gassed"): not the subject ("completely" is not "a complete beginner"). */
const INTENSIFIER =
  /\b(?:completely|totally|utterly|absolutely|literally|properly) (?=(?:dead|gassed|cooked|fried|wrecked|spent|knackered|done|empty|shattered|exhausted|destroyed|broken|gone|fucked|blown)\b)/gi;

/**
 * Idioms made of words that elsewhere name a subject ("surely it's meant to be the other way round": no subject; "Should I
 * run easy and attack the stations, or the other way round?" is about runs and stations, not "other" or "round").
 */
const IDIOMS = /\b(?:(?:the|or) )?other way (?:a)?round\b|\bvice versa\b/gi;

/**
 * A weekday said as a habit ("12k on sundays", "every saturday", "on saturday mornings"): when the member trains, not what is
 * asked about (the day-before-a-race section names the weekdays of a race week). "race is sunday" names a day once and stays.
 */
const WEEKDAY_HABIT =
  /\b(?:on |every |each )?(?:mon|tues|wednes|thurs|fri|satur|sun)days\b|\b(?:every|each) (?:mon|tues|wednes|thurs|fri|satur|sun)day\b/gi;

/**
 * A length of time the member measured ("i did 2 hours sunday", "is a 2.5 hour long run", "only 45 mins"): a quantity, not the
 * subject; its unit word would match sections about weekly hours ("Example weeks at 4, 6, 8 and 10 hours"). Not the week's
 * hours ("5 hours a week"), which volume sections are about.
 */
const MEASURED_TIME = /\b\d+(?:\.\d+)?\s*(?:hours?|hrs?|h|min(?:ute)?s?|mins?)\b(?!\s*(?:a|per|\/|each|of training (?:a|per))\s*week)/gi;

/** Eating and drinking, whose amounts follow the length of the session ("30–60 g of carbs per hour", "fluid for a 2 hour run"). */
const FUEL_TALK =
  /\b(?:gels?|carbs?|carbohydrates?|fuel\w*|refuel\w*|eat\w*|food|drink\w*|hydrat\w*|fluids?|sweat\w*|caffeine|electrolytes?|meals?|snacks?)\b/i;

/** When a past session was done ("i did 2 hours sunday", "ran 15k on saturday"): when, not what the question is about. */
const PAST_WEEKDAY = /(?<=\b(?:did|ran|done|went|had|raced|rode)\b[^.?!,]{0,30})\b(?:on |last |this )?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/gi;

/** The question without hedges, slang, spans of time and idioms: the words that can say what it is about. */
export function withoutAsides(question: string): string {
  // "co-codamol" is one word, not "co" (the medicine's name is no subject the knowledge has).
  return (
    question
      .replace(IDIOMS, ' ')
      .replace(HEDGES, ' ')
      .replace(SLANG, ' ')
      .replace(APOSTROPHE_LESS_ID, ' ')
      .replace(TIME_SPAN, ' ')
      // …except in a question about eating or drinking, where the length of the session sets the amounts.
      .replace(MEASURED_TIME, (m) => (FUEL_TALK.test(question) ? m : ' '))
      .replace(PAST_WEEKDAY, ' ')
      .replace(WEEKDAY_HABIT, ' ')
      .replace(INTENSIFIER, ' ')
      .replace(/\bco-(?=[a-z])/gi, 'co')
      // "post partum", "post-natal": one word, as the knowledge base writes it (not "post").
      .replace(/\bpost[- ](partum|natal)\b/gi, 'post$1')
  );
}

export function questionTerms(question: string, commonWhenNothingElse = true): string[] {
  const words = [...new Set(contentWords(withoutAsides(question)))].filter((w) => w.length > 1 && !/^\d+$/.test(w));
  const specific = words.filter((w) => !GENERIC.has(w));
  if (!commonWhenNothingElse) return specific;
  // "what should i do the week after my race?": when every word is a common one, the common words are the question.
  return specific.length > 0 ? specific : words;
}

function idfOf(terms: string[], docs: Set<string>[]): Map<string, number> {
  const n = docs.length;
  return new Map(terms.map((w) => [w, Math.log((n + 1) / (docs.filter((d) => d.has(w)).length + 0.5))]));
}

/** Weights of the re-score (tuned on the coach eval's labelled sources): body coverage, title coverage, retrieval rank. */
const W_COVER = 0.5;
const W_TITLE = 1.5;
const W_RANK = 1;
const RANK_DECAY = 0.3;
/**
 * Weight of the title fit for the LLM prompt's passages: the share of a section title's own specific words that the question
 * (or the knowledge's words for what it asks) contains. "How long should my long run be for Hyrox?" fits "long run - how long
 * should it be? i did 2 hours sunday and was wrecked" wholly; "Example week: … about 8 hours" shares one word of seven.
 */
export const TITLE_FIT_WEIGHT = 0.6;
/** A title of common words only ("What should I do in the week after a Hyrox race?") says nothing either way: half a fit. */
const NEUTRAL_FIT = 0.5;
/** A passage sharing less than this (idf-weighted share of the question's words, body plus title) is not about the question. */
const MIN_MATCH = 0.15;
/** A passage scoring below this share of the best one is left out. */
const REL_FLOOR = 0.8;

/**
 * The LLM prompt's ranking (the offline writer keeps the plain one, which its quoting is tuned on). The prompt leans less on
 * the retrieval rank, whose query carries the planner's guesses and the member's context ("i did 2 hours sunday and was
 * wrecked" put example weeks first, "How long should my long run be for Hyrox?" 14th); and a passage after the first must
 * be titled for something asked: a section whose title carries less than a twentieth of the question's word weight ("What
 * the 12-week plan gives up", "Where time is lost: the Roxzone" for "what's more important to train, running or stations? i
 * have 5h a week") is background the model need not read. A later passage that trails the best (below 85 % of its score)
 * and whose body holds less than 60 % of the lead's coverage is there for its title or rank, not for what it says ("How
 * many runs a week should I do…" for "in a relay how many runs and stations does each person do?"). Relevant share 75.9 → 76.4 % (main),
 * 77.6 → 78.4 (held-out 1), 64.4 → 65.5 (held-out 4), held-out 2, 3 and 8 unchanged; relevant per prompt −0.01 at most.
 * A later passage from another document than the lead's must add to what the chosen passages are titled for (laterAdds): the
 * irrelevant later passages score 0.80–0.99 of the best, as the relevant ones do, but most are titled only for what the lead
 * is already titled for ("Do I pick any free sled lane…" after "Sled Push: technique…", "Can I run a half marathon in the same
 * build…" after "Should I negative split my Hyrox runs?"); a sibling section of the lead's document continues its answer.
 * Relevant share 76.7 → 81.2 % (main), 78.4 → 79.2 (held-out 1), 70.6 → 73.2 (2), 63.9 → 66.3 (3), 65.5 → 66.7 (4), 67.4 → 68.9
 * (8); relevant per prompt −0.08 (main), −0.05 (3), −0.03 (8), −0.02 (1), 0 (2, 4).
 * A later passage from another document must also be titled for the ask (laterTitled): a third of its title's own words are
 * asked words, or its title holds 15 % of the question's word weight. The irrelevant second sources share one word of the
 * question with their title ("When the erg targets look too fast: women and fast finishes" for "what happens after i finish?",
 * "Race-day timeline: from breakfast to the start line" for how to warm up for a 5 km test, "Can I train for Hyrox at home
 * with only dumbbells…" for a calf twinge); an ask's best passage from another document is held to the same test.
 */
export const PROMPT_RANKING: RankTuning = {
  rankDecay: 0.2,
  minLaterTitle: 0.05,
  laterCover: { below: 0.85, share: 0.6 },
  laterAdds: true,
  laterTitled: { fit: 0.34, heading: 0.15 },
};

/**
 * How much a section's asked question (its `<!-- asked: … -->` block: what members type for which the section is the
 * answer) counts as evidence of what the section is about, against its title (1): the question's fit (titleFit) and its
 * word weight (titleHits) are taken at this share, and the better of title and best single asked question counts. Less than
 * the title, which the author wrote for exactly that section; a member's phrasing can also fit a neighbour. Sections without
 * asked questions score as before. Tuned with every research document's blocks, on held-out 8 and on members' questions
 * written before tuning (checks): 0 → 78.9 %, 0.5 → 80.8 %, 0.7 and 0.85 → 80.8 % with more passages and lower checks on the
 * older sets (held-out 3: 88.2, 86.5, 86.5, 85.3 %). In the LLM prompt a later passage must still fit by its own title
 * (PROMPT_RANKING's minLaterTitle reads headingHits): an asked question may choose the lead, not add passages.
 */
export const ASKED_FIT_DISCOUNT = 0.5;

/**
 * A time word with "after" or "before" ("the week after a race", "the day before", "the night before"): a phrase of common
 * words that says what a section is about. Singular only: "3 days after the race" and "how many days before" count time,
 * they are not "the day after".
 */
const TIME_PHRASE = /\b(day|week|night|morning|month|weekend)\s+(after|before)\b/gi;
/** "after my Hyrox", "before the race": when, around the race, a section or question is about ("when can i go for a run after my hyrox"). */
const RACE_PHRASE = /\b(after|before)\s+(?:my |the |a |your |our )?(?:hyrox|race)\b/gi;

/** The time phrases of a text as tokens ("week_after", "day_before", "after_race"): matched as phrases, never as their single words. */
export function phraseTokens(text: string): string[] {
  return [
    ...new Set([
      ...[...text.matchAll(TIME_PHRASE)].map((m) => `${m[1]!.toLowerCase()}_${m[2]!.toLowerCase()}`),
      ...[...text.matchAll(RACE_PHRASE)].map((m) => `${m[1]!.toLowerCase()}_race`),
    ]),
  ];
}

/**
 * A text's own words (not common, not one letter, not a number; idioms left out): what a title or asked question says it is
 * about. A text of one own word or none says it in its time phrase too: "What should I do in the week after a Hyrox race?"
 * is about "week_after", which a question that says "this week" does not hold, and "when can i go for a run after my
 * hyrox" is about a run after the race, not any run. (A title with more words of its own says enough without its phrase.)
 */
function ownWords(text: string): string[] {
  const words = [...wordSet(text.replace(IDIOMS, ' '))].filter((w) => w.length > 1 && !GENERIC.has(w) && !/^\d+$/.test(w));
  return words.length <= 1 ? [...words, ...phraseTokens(text)] : words;
}

/**
 * How much of a title is made of the asked words: the share of its own words (and, for a title of one word or none, its time
 * phrases) among them (NEUTRAL_FIT for a title of common words without a time phrase). With the section's asked questions,
 * the best of that and ASKED_FIT_DISCOUNT × the same share for any one of them (a question of common words only says nothing: 0).
 */
export function titleFit(section: string, words: ReadonlySet<string>, askedQuestions: readonly string[] = []): number {
  const share = (own: string[]) => own.filter((w) => words.has(w)).length / own.length;
  const own = ownWords(section);
  let best = own.length === 0 ? NEUTRAL_FIT : share(own);
  for (const q of askedQuestions) {
    const qOwn = ownWords(q);
    if (qOwn.length > 0) best = Math.max(best, ASKED_FIT_DISCOUNT * share(qOwn));
  }
  return best;
}

/** The words a well-fitting title is made of for a question: its terms and its time phrases ("the week after"). */
export function fitWords(question: string, extra: readonly string[] = []): Set<string> {
  return new Set([...questionTerms([question, ...extra].join(' ')), ...phraseTokens(question)]);
}

/** The title fit to add to each score: the words a well-fitting title is made of, and the fit's weight. */
export interface TitleFitOption {
  words: ReadonlySet<string>;
  weight: number;
}

/**
 * Scores candidates by how much of the question they contain (body and title). With `weights`
 * (word → weight over the whole knowledge base) those weights are used; without, an idf over the
 * candidates themselves. With `fit`, how much of each title the asked words make up counts too.
 */
export function scorePassages(
  question: string,
  candidates: RetrievedChunk[],
  extraTerms: string[] = [],
  weights?: Map<string, number>,
  factor?: (chunk: RetrievedChunk) => number,
  fit?: TitleFitOption,
  tuning: RankTuning = {},
): ScoredPassage[] {
  const bodies = candidates.map((c) => wordSet(c.content));
  const titles = candidates.map((c) => wordSet(c.section));
  const askedSets = candidates.map((c) => (c.asked ?? []).map((q) => wordSet(q)));
  let weightOf: Map<string, number>;
  if (weights) {
    weightOf = weights;
  } else {
    const terms = [...new Set([...questionTerms(question), ...questionTerms(extraTerms.join(' '))])];
    const idf = idfOf(
      terms,
      bodies.map((b, i) => new Set([...b, ...titles[i]!])),
    );
    weightOf = new Map(terms.map((w) => [w, Math.max(idf.get(w)!, 0.3)]));
  }
  const total = [...weightOf.values()].reduce((a, b) => a + b, 0) || 1;
  return candidates
    .map((chunk, i) => {
      let body = 0;
      let title = 0;
      const asked = askedSets[i]!.map(() => 0);
      const named = new Set<string>();
      for (const [w, weight] of weightOf) {
        if (bodies[i]!.has(w)) body += weight;
        if (titles[i]!.has(w)) title += weight;
        askedSets[i]!.forEach((q, j) => {
          if (q.has(w)) asked[j]! += weight;
        });
        if (weight > 0 && (titles[i]!.has(w) || askedSets[i]!.some((q) => q.has(w)))) named.add(w);
      }
      const coverage = body / total;
      // What the section is about: its title, or (discounted) the one asked question that holds most of the question's weight.
      const titleHits = Math.max(title, ASKED_FIT_DISCOUNT * Math.max(0, ...asked)) / total;
      const rank = 1 / (1 + (tuning.rankDecay ?? RANK_DECAY) * i);
      const fitShare = fit ? titleFit(chunk.section, fit.words, chunk.asked) : undefined;
      const score = W_COVER * coverage + W_TITLE * titleHits + W_RANK * rank + (fit ? fit.weight * fitShare! : 0);
      return {
        chunk,
        coverage,
        titleHits,
        headingHits: title / total,
        named,
        ...(fitShare !== undefined ? { fit: fitShare } : {}),
        score: score * (factor?.(chunk) ?? 1),
      };
    })
    .sort((a, b) => b.score - a.score);
}

/** How the ranking may differ from the offline writer's (each default: the offline writer's). */
export interface RankTuning {
  /** How fast the retrieval rank's share of the score falls with the rank (default RANK_DECAY). */
  rankDecay?: number;
  /** The share of the question's word weight a later passage's title must carry (default none). */
  minLaterTitle?: number;
  /**
   * A later passage scoring below `below` of the best must hold at least `share` of the lead passage's body coverage (default
   * none): one that trails in score and says less of the question than the lead is there for its title or rank alone.
   */
  laterCover?: { below: number; share: number };
  /**
   * A later passage from another document than the lead's must add to what the chosen passages are titled for: its title or
   * an asked question holds a question word no chosen passage's title or asked questions hold (default off).
   */
  laterAdds?: boolean;
  /**
   * A later passage from another document than the lead's must be titled for the ask (default none): its title fit (the
   * share of its title's own words that are asked words) at least `fit`, or its title holding at least `heading` of the
   * question's word weight. Needs the title fit (SelectOptions.fit); without it the test is skipped.
   */
  laterTitled?: { fit: number; heading: number };
}

/**
 * Whether a passage is titled for what is asked (RankTuning.laterTitled): a third of its title is asked words, or its
 * title holds enough of the question's word weight. A passage without a title fit (no fit option) is not judged.
 */
export function titledForAsk(p: Pick<ScoredPassage, 'fit' | 'headingHits'>, min: { fit: number; heading: number }): boolean {
  return p.fit === undefined || p.fit >= min.fit || p.headingHits >= min.heading;
}

/** Word 5-grams: two passages that share many of them say the same thing. */
function shingles(text: string): Set<string> {
  const w = text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + 5 <= w.length; i++) out.add(w.slice(i, i + 5).join(' '));
  return out;
}

function sharedShare(a: Set<string>, b: Set<string>): number {
  if (a.size === 0) return 0;
  let common = 0;
  for (const x of a) if (b.has(x)) common += 1;
  return common / a.size;
}

function tableRows(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.startsWith('|') && !/^\|[\s|:-]+\|$/.test(l) && l.split('|').length >= 5);
}

export interface SelectOptions {
  max?: number;
  /** Minimum body + title match (default MIN_MATCH). */ floor?: number;
  extraTerms?: string[];
  /** Word weights over the whole knowledge base. */ weights?: Map<string, number>;
  /** For a message with several asks: each ask's own word weights; each ask's best passage is kept. */
  asks?: Map<string, number>[];
  /**
   * For the LLM prompt: sections whose titles are made of what the member asks count more (the offline writer, which quotes
   * its passages, keeps the plain ranking).
   */
  fit?: TitleFitOption;
  /** The share of its score each candidate keeps: half for a section written for someone else (core/scope), more for the source of a figure asked for. */
  factor?: (chunk: RetrievedChunk) => number;
  /** The LLM prompt's ranking (PROMPT_RANKING); without, the offline writer's. */
  tuning?: RankTuning;
}

/** Whether a passage is titled for a question word that none of the chosen passages is titled for. */
function addsToTitles(p: ScoredPassage, chosen: ScoredPassage[]): boolean {
  return [...p.named].some((w) => !chosen.some((o) => o.named.has(w)));
}

export function selectPassages(question: string, candidates: RetrievedChunk[], opts: SelectOptions = {}): ScoredPassage[] {
  const max = opts.max ?? 5;
  const floor = opts.floor ?? MIN_MATCH;
  const tuning = opts.tuning ?? {};
  const scored = scorePassages(question, candidates, opts.extraTerms, opts.weights, opts.factor, opts.fit, tuning);
  const best = scored[0]?.score ?? 0;
  const out: ScoredPassage[] = [];
  const seenRows = new Set<string>();
  // Near-duplicates (a third of the 5-word shingles already shown) and any table row shown twice are left out.
  const repeats = (p: ScoredPassage) => {
    const sh = shingles(p.chunk.content);
    return out.some((o) => sharedShare(sh, shingles(o.chunk.content)) >= 0.35) || tableRows(p.chunk.content).some((r) => seenRows.has(r));
  };
  const keep = (p: ScoredPassage) => {
    tableRows(p.chunk.content).forEach((r) => seenRows.add(r));
    out.push(p);
  };
  // A passage from another document than the lead's that is not titled for the ask (RankTuning.laterTitled).
  const untitledStranger = (p: ScoredPassage) =>
    tuning.laterTitled !== undefined && out.length > 0 && p.chunk.sourceDoc !== out[0]!.chunk.sourceDoc && !titledForAsk(p, tuning.laterTitled);
  for (const p of scored) {
    if (out.length >= max) break;
    // Relevance floor: a passage that shares too little with the question, or trails the best by far, is left out.
    if (p.coverage + p.titleHits < floor || (out.length > 0 && p.score < best * REL_FLOOR)) continue;
    if (out.length > 0 && p.headingHits < (tuning.minLaterTitle ?? 0)) continue;
    const lc = tuning.laterCover;
    if (lc && out.length > 0 && p.score < best * lc.below && p.coverage < lc.share * out[0]!.coverage) continue;
    if (out.some((o) => o.chunk.sourceDoc === p.chunk.sourceDoc && o.chunk.section === p.chunk.section)) continue;
    if (out.filter((o) => o.chunk.sourceDoc === p.chunk.sourceDoc).length >= 2) continue;
    if (tuning.laterAdds && out.length > 0 && p.chunk.sourceDoc !== out[0]!.chunk.sourceDoc && !addsToTitles(p, out)) continue;
    if (untitledStranger(p)) continue;
    if (repeats(p)) continue;
    keep(p);
  }
  // Every ask gets its best passage, even when another ask's passages outscore it (but never one that repeats what is shown).
  for (const ask of opts.asks ?? []) {
    const top = scorePassages(question, candidates, opts.extraTerms, ask, opts.factor, opts.fit, tuning)[0];
    if (!top || out.length >= max || out.some((o) => o.chunk === top.chunk) || top.coverage + top.titleHits < floor || repeats(top)) continue;
    // …titled for that ask when it comes from another document than the lead's (laterTitled, the ask's own word weight).
    if (untitledStranger(top)) continue;
    keep(top);
  }
  return out;
}

/**
 * The asks of a message: its question-mark parts, each split again where a second question starts after "and"
 * ("what causes it and what do i do mid race").
 */
export function askParts(question: string): string[] {
  return question.split('?').flatMap((part) => part.split(/\s(?:and|also|plus)\s+(?=(?:what|how|why|when|where|should|do|can)\b)/i));
}

/**
 * The asks of a message with several ("…legs? damper setting?"): the weights restricted to each
 * part's own words; none for a single ask. With `closed`, only the parts that end in a question
 * mark; otherwise what follows the last one counts too ("are the runs 1 km? my watch said 1.2").
 */
export function askWeights(question: string, weights: Map<string, number>, parts: 'all' | 'closed' | 'asking' = 'all'): Map<string, number>[] {
  const segments = parts === 'closed' ? question.split('?') : askParts(question);
  // With `asking`, a part after the last question mark counts only when it reads as a question ("…? and is there somewhere
  // safe for valuables"), not as context ("…? she's nervous about it", "…? my watch said 1.2km").
  const lastIsAsk =
    /^\W*(?:and |also |plus |or |but |so )?(?:what|how|where|when|which|who|why|is|are|do|does|did|can|could|should|would|will|any)\b/i;
  // …or when a clause of it reads as a question, its "?" left off ("…? and ice baths, are they good").
  const clauseIsAsk = /[,;:–—]\s*(?:and |but |so )?(?:are|is|do|does|can|should|would|will)\s+(?:they|it|those|these|that|this|i|we|you|there)\b/i;
  const kept =
    parts === 'closed'
      ? segments.slice(0, -1)
      : parts === 'asking' && question.includes('?')
        ? segments.filter((a, i) => i < segments.length - 1 || question.trim().endsWith('?') || lastIsAsk.test(a.trim()) || clauseIsAsk.test(a))
        : segments;
  const asks = kept
    .map((a) => wordSet(a))
    .map((words) => new Map([...weights].filter(([w]) => words.has(w))))
    .filter((m) => m.size > 0);
  return asks.length >= 2 ? asks : [];
}

/** Body-part words: under a referral the body part is the referral's, not a subject a passage answers ("come back" after a cold is not "my back"). */
const BODY_WORDS = new Set(questionTerms(Object.values(JOINT_WORDS).join(' ').replace(/[|_*]/g, ' ')));

/**
 * Whether a passage the offline answer quotes is titled for something the member asked, besides the body part
 * ("how much ibuprofen before the race for my back" is not answered by "Can I train with a cold…").
 */
export function citesTheSubject(question: string, cited: { section: string }[]): boolean {
  const own = specificTerms(question).filter((w) => !BODY_WORDS.has(w));
  return cited.length === 0 || cited.some((c) => own.some((w) => wordSet(c.section).has(w)));
}
