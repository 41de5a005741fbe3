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

/** Light suffix stripping (a tiny Porter-like stemmer, enough for English coaching text). */
export function stem(word: string): string {
  if (word.length <= 4) return word;
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
      const base = word.slice(0, -suffix.length);
      return suffix === 'ies' || suffix === 'ied' ? `${base}y` : base;
    }
  }
  return word;
}

/** The words that carry meaning: lower case, stopwords dropped, synonyms merged, light stemming. */
export function contentWords(text: string): string[] {
  const words =
    text
      .toLowerCase()
      .replace(/wall[\s-]+balls?/g, 'wallball')
      .replace(/ski[\s-]+erg/g, 'skierg')
      .match(/[a-z0-9]+/g) ?? [];
  // The synonym is stemmed too, so it meets the word's own forms ("supplement" → "supplements" → "supplement", as "supplements" is).
  return words.filter((w) => !STOPWORDS.has(w)).map((w) => (UNSTEMMED.has(w) ? w : stem(SYNONYMS[w] ?? w)));
}
