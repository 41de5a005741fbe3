/**
 * Text normalisation for the safety rules (pure): what an athlete types → a string of word stems,
 * so that "Chest-pain", "chest pains", "my chеst hurts" (Cyrillic е) and "CHEST PAIN!!" read alike.
 */

/** Look-alike letters from other scripts (Unicode confusables) that NFKC leaves alone. */
const CONFUSABLES: Record<string, string> = {
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  і: 'i',
  ї: 'i',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  һ: 'h',
  ɡ: 'g',
  α: 'a',
  β: 'b',
  ε: 'e',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ζ: 'z',
  ı: 'i',
  ℓ: 'l',
};

/** Spelling slips and slang mapped to the word the rules use. */
const ALIASES: Record<string, string> = {
  pian: 'pain',
  pains: 'pain',
  paine: 'pain',
  hart: 'heart',
  hert: 'heart',
  brethe: 'breathe',
  breath: 'breathe',
  breathin: 'breathe',
  dizy: 'dizzy',
  dizzie: 'dizzy',
  lightheaded: 'light headed',
  faintin: 'faint',
  passin: 'pass',
  swolen: 'swell',
  swolled: 'swell',
  swolle: 'swell',
  kneee: 'knee',
  nee: 'knee',
  ibuprofin: 'ibuprofen',
  ibuprophen: 'ibuprofen',
  ibu: 'ibuprofen',
  advil: 'ibuprofen',
  nurofen: 'ibuprofen',
  motrin: 'ibuprofen',
  brufen: 'ibuprofen',
  tylenol: 'paracetamol',
  panadol: 'paracetamol',
  acetaminophen: 'paracetamol',
  aleve: 'naproxen',
  painkiller: 'pain killer',
  painkillers: 'pain killer',
  testo: 'testosterone',
  trt: 'testosterone',
  roids: 'steroid',
  roid: 'steroid',
  preggo: 'pregnant',
  prego: 'pregnant',
  pregnent: 'pregnant',
  preggers: 'pregnant',
  rn: 'right now',
  u: 'you',
  ur: 'your',
  im: 'i am',
  cant: 'can not',
  cannot: 'can not',
  dont: 'do not',
  wont: 'will not',
  wasnt: 'was not',
  mins: 'minute',
  swollen: 'swell',
  ran: 'run',
  felt: 'feel',
  fell: 'fall',
  gave: 'give',
  lost: 'lose',
  threw: 'throw',
  took: 'take',
  bled: 'bleed',
  racing: 'racin',
  raced: 'racin',
  heartrate: 'heart rate',
  hr: 'heart rate',
  rhr: 'resting heart rate',
  bpm: 'beat',
  clen: 'clenbuterol',
  dbol: 'dianabol',
};

/** Light suffix stripping: plurals and verb forms share one stem ("swells", "swelling", "swelled" → "swell"). */
export function stem(word: string): string {
  let w = word;
  if (/ness$/.test(w) && w.length > 6) w = w.slice(0, -4);
  if (w.length <= 3 || /(ss|us|is)$/.test(w)) return w;
  if (/ies$/.test(w) && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (/ing$/.test(w) && w.length > 5) w = w.slice(0, -3);
  else if (/ed$/.test(w) && w.length > 4) w = w.slice(0, -2);
  else if (/(s|x|z|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (/s$/.test(w)) w = w.slice(0, -1);
  if (/([bdfgmnprt])\1$/.test(w)) w = w.slice(0, -1);
  if (/e$/.test(w) && w.length > 3) w = w.slice(0, -1);
  if (/y$/.test(w) && w.length > 3) w = `${w.slice(0, -1)}i`;
  return w;
}

/** NFKC, confusables, invisible characters, punctuation inside words → spaces, lower case. */
export function foldText(text: string): string {
  return [...text.normalize('NFKC')]
    .map((ch) => CONFUSABLES[ch] ?? CONFUSABLES[ch.toLowerCase()] ?? ch)
    .join('')
    .replace(/[\u00AD\u200B-\u200F\u2060\uFEFF]/g, '')
    .toLowerCase()
    .replace(/[’'`´]/g, '')
    .replace(/[^\p{L}\p{N}.]+/gu, ' ')
    .replace(/(\d)\.(\d)/g, '$1,$2')
    .replace(/\./g, ' ')
    .replace(/,/g, '.')
    .trim();
}

/** The normalised form the rules match against: folded words, aliases applied, each word stemmed, single spaces. */
export function normalise(text: string): string {
  return foldText(text)
    .split(/\s+/)
    .flatMap((w) => (ALIASES[w] ?? w).split(' '))
    .map(stem)
    .join(' ');
}

/**
 * Compiles a rule written in plain words into a regex over `normalise`d text. Words are stemmed
 * like the text; `a|b` is a choice of words; `~N` allows up to N other words in between; a word
 * ending in `*` is a prefix.
 */
export function rule(pattern: string): RegExp {
  const tokens = pattern.trim().split(/\s+/);
  let source = '';
  tokens.forEach((token, i) => {
    const gap = /^~(\d)$/.exec(token);
    if (gap) {
      source += `(?:\\S+ ){0,${gap[1]}}`;
      return;
    }
    const alts = token.split('|').map((alt) =>
      alt
        .split('_')
        .map((w) => (w.endsWith('*') ? `${esc(prefixStem(w.slice(0, -1)))}\\S*` : esc(stem(w))))
        .join(' '),
    );
    source += `(?:${alts.join('|')})${i < tokens.length - 1 ? ' ' : ''}`;
  });
  return new RegExp(`(?:^| )${source}(?= |$)`);
}

/** A prefix is stemmed like a word ("tire*" must match "tir", the stem of "tired"), never below 3 letters. */
const prefixStem = (p: string) => {
  const s = stem(p);
  return s.length >= 3 ? s : p;
};
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
