import { getEncoding, type Tiktoken } from 'js-tiktoken';

/** Text utilities shared by retrieval, the coach, ingest and training: one tokenizer, one word list. */

/** The longest question Coach K takes (Discord's option limit and the retrieval check agree). */
export const MAX_QUERY_CHARS = 4000;

/** Number words in value order: `NUMBER_WORDS[n - 1]` is the word for n. */
export const NUMBER_WORDS = [
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
] as const;
/** Number word → value ("three" → 3), keys in value order; lower-case words only. */
export const WORD_NUMBERS: Readonly<Record<string, number>> = Object.fromEntries(NUMBER_WORDS.map((w, i) => [w, i + 1]));

let encoder: Tiktoken | undefined;
/**
 * Counts already made, by text: the chunker measures the same pieces again as it packs and checks
 * them (about 2.5 characters counted per character of a document), and BPE in JavaScript is slow.
 * Bounded by characters held; emptied when full.
 */
const counted = new Map<string, number>();
let countedChars = 0;
const MAX_COUNTED_CHARS = 4_000_000;

/**
 * cl100k_base's pre-tokenizer: BPE runs on each piece it cuts on its own, so a text's token count
 * is the sum of its pieces' counts, and a piece ("the", " pace", "\n\n") is encoded once.
 */
const CL100K_PIECES =
  /('s|'S|'t|'T|'re|'rE|'Re|'RE|'ve|'vE|'Ve|'VE|'m|'M|'ll|'lL|'Ll|'LL|'d|'D)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+/gu;
const pieceTokens = new Map<string, number>();
const MAX_PIECES = 200_000;

/**
 * Token count with cl100k_base (the encoder of text-embedding-3-small): the same count as
 * `encode(text).length`, summed over the pre-tokenizer's pieces with each piece's count
 * remembered. Every prompt is a new text (its passages and athlete block differ) made of the same
 * words, so the answer path pays BPE for new words only (a 4,000-token prompt: ~5 → ~1 ms).
 * A text that may hold a special token (`<|…|>`) goes to the encoder whole, which refuses it.
 */
export function countTokens(text: string): number {
  const known = counted.get(text);
  if (known !== undefined) return known;
  encoder ??= getEncoding('cl100k_base');
  let tokens = 0;
  if (text.includes('<|')) tokens = encoder.encode(text).length;
  else {
    for (const [piece] of text.matchAll(CL100K_PIECES)) {
      let n = pieceTokens.get(piece);
      if (n === undefined) {
        n = encoder.encode(piece).length;
        if (pieceTokens.size >= MAX_PIECES) pieceTokens.clear();
        pieceTokens.set(piece, n);
      }
      tokens += n;
    }
  }
  if (countedChars + text.length > MAX_COUNTED_CHARS) {
    counted.clear();
    countedChars = 0;
  }
  counted.set(text, tokens);
  countedChars += text.length;
  return tokens;
}

const STOPWORDS = new Set(
  (
    'a an and are as at be been but by can do does did for from had has have how i if in into is it its me my of on or our so ' +
    'than that the their them then there these they this to too up was we were what when where which while who why will with ' +
    'you your yours should would could about after before over under more most much many some any just also very not no ' +
    'get got am im ive dont doesnt go going want need use using like one two per each ' +
    // Chat filler that names no subject ("i either do tiny ones", "my legs are gone", "rn", "lol").
    'either ones gone else really actually basically literally honestly kinda sorta gonna wanna gotta lol haha rn tho smth pls thx'
  ).split(' '),
);

const SYNONYMS: Record<string, string> = {
  kilometre: 'km',
  kilometer: 'km',
  kilometres: 'km',
  kilometers: 'km',
  k: 'km',
  '1km': 'km',
  wallball: 'wall_ball',
  wallballs: 'wall_ball',
  skierg: 'ski',
  skiing: 'ski',
  rower: 'row',
  rowing: 'row',
  lunges: 'lunge',
  lunging: 'lunge',
  burpees: 'burpee',
  sleds: 'sled',
  carries: 'carry',
  farmer: 'farmers',
  // A relay's hand-over, whatever it is called ("hand-over" and "change-over" are joined before this).
  handoff: 'handover',
  handoffs: 'handover',
  changeover: 'handover',
  changeovers: 'handover',
  kg: 'kg',
  kilos: 'kg',
  kilograms: 'kg',
  hr: 'heart_rate',
  bpm: 'heart_rate',
  carbs: 'carbohydrate',
  carb: 'carbohydrate',
  supplement: 'supplements',
  vo2: 'vo2max',
  sprint: 'sprint',
  miles: 'mile',
  mi: 'mile',
  mins: 'minute',
  min: 'minute',
  minutes: 'minute',
  secs: 'second',
  seconds: 'second',
  tired: 'fatigue',
  exhausted: 'fatigue',
  fatigued: 'fatigue',
  sore: 'soreness',
  hydrate: 'hydration',
  hydrated: 'hydration',
  drink: 'hydration',
  fluids: 'hydration',
  // "do i need to qualify?" and "no qualification needed" are one word.
  qualification: 'qualify',
  qualifications: 'qualify',
  qualifier: 'qualify',
  qualifiers: 'qualify',
  qualifying: 'qualify',
  qualified: 'qualify',
};

/** Words whose stem would be another word ("fasting" is not "fast"). */
const UNSTEMMED = new Set(['fasting', 'fasted']);

/**
 * One spelling for British and American forms, before stemming: "organize" and "organise", "color" and "colour", "center"
 * and "centre", "program" and "programme", "anemia" and "anaemia" are one word to the index and to the question.
 */
const SPELLINGS: [RegExp, string][] = [
  // -ize/-ization → -ise/-isation, with at least three letters before it ("size", "prize" and "seize" stay).
  [/^([a-z]{2,}[^aeiou])iz(e|es|ed|ing|er|ers|ation|ations)$/, '$1is$2'],
  [/^([a-z]{2,})yz(e|es|ed|ing|er|ers)$/, '$1ys$2'],
  [/^(colo|flavo|behavio|favo|humo|savo|neighbo|hono|odo|harbo|labo|rumo|vapo|armo|endeavo)r/, '$1ur'],
  [/^(cent|met|lit|fib|theat|kilomet|centimet|millimet)er(s?)$/, '$1re$2'],
  [/^practis(e|es|ed|ing)$/, 'practic$1'],
  [/^programme(s?)$/, 'program$1'],
  [/^ageing$/, 'aging'],
  [/^(an)?aem/, '$1em'],
  [/^haem/, 'hem'],
  [/^oestr/, 'estr'],
  [/^oedem/, 'edem'],
  [/^diarrhoe/, 'diarrhe'],
  [/^(ortho)?paed/, '$1ped'],
  [/^gray$/, 'grey'],
  [/^mom(s?)$/, 'mum$1'],
  [/^defense$/, 'defence'],
  [/^judgement(s?)$/, 'judgment$1'],
];

/** The word in the one spelling the index uses ("organized" → "organised", "meters" → "metres"). */
export function spelling(word: string): string {
  for (const [re, to] of SPELLINGS) if (re.test(word)) return word.replace(re, to);
  return word;
}

/** Suffixes after which a doubled final "l" is the British spelling of one ("travelling", "fuelled", "modelled"). */
const DOUBLING_SUFFIXES = new Set(['ings', 'ing', 'ers', 'er', 'ed']);

/**
 * Light suffix stripping (a tiny Porter-like stemmer, enough for English coaching text). A doubled "l" after "e" before a
 * suffix is single ("travelling"/"traveling"/"travel", "fuelling"/"fuel"), as British and American spellings differ there.
 */
export function stem(word: string): string {
  if (word.length <= 4) return word;
  let base = word;
  for (const [suffix, min] of [
    ['ations', 5],
    ['ation', 5],
    ['ings', 5],
    ['ing', 5],
    ['ness', 5],
    ['ies', 4],
    ['ied', 4],
    ['ers', 5],
    ['er', 5],
    ['ed', 5],
    ['ly', 5],
    ['es', 5],
    ['s', 4],
  ] as const) {
    if (word.endsWith(suffix) && word.length - suffix.length >= min - 1) {
      base = word.slice(0, -suffix.length);
      if (suffix === 'ies' || suffix === 'ied') return `${base}y`;
      // "fuell" (5) and "travell" (7), not "spell", "swell" or "dwell".
      if (DOUBLING_SUFFIXES.has(suffix) && /ell$/.test(base) && (base.length >= 6 || /[aeiou]ell$/.test(base))) base = base.slice(0, -1);
      break;
    }
  }
  return base;
}

/** The words that carry meaning: lower case, stopwords dropped, synonyms merged, light stemming. */
export function contentWords(text: string): string[] {
  const words =
    text
      .toLowerCase()
      .replace(/wall[\s-]+balls?/g, 'wallball')
      .replace(/ski[\s-]+erg/g, 'skierg')
      .replace(/\b(?:hand|change)-(?:over|off)(s?)\b/g, 'handover$1')
      .match(/[a-z0-9]+/g) ?? [];
  // The synonym is stemmed too, so it meets the word's own forms ("supplement" → "supplements" → "supplement", as "supplements" is).
  return words.filter((w) => !STOPWORDS.has(w)).map((w) => (UNSTEMMED.has(w) ? w : stem(spelling(SYNONYMS[w] ?? w))));
}
