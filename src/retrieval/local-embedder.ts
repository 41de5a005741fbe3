import type { Embedder } from './embedder.js';

/**
 * The embedded default's embedder: deterministic feature hashing, no model, no download.
 * Features: stemmed content words (weight 1), adjacent word pairs (0.6), and character
 * 4-grams of each word (0.15) so that "pacing"/"paced" and "wallball"/"wall ball" meet.
 * Term frequency is sublinear (1 + ln tf); vectors are L2-normalised, so cosine = dot product.
 */
export class LocalEmbedder implements Embedder {
  constructor(readonly model = 'local-hash-v1', readonly dimensions = 1536) {}

  async embed(texts: string[]): Promise<number[][]> {
    return texts.map((t) => embedText(t, this.dimensions));
  }
}

const STOPWORDS = new Set(
  ('a an and are as at be been but by can do does did for from had has have how i if in into is it its me my of on or our so ' +
    'than that the their them then there these they this to too up was we were what when where which while who why will with ' +
    'you your yours should would could about after before over under more most much many some any just also very not no ' +
    'get got am im ive dont doesnt go going want need use using like one two per each').split(' '),
);

const SYNONYMS: Record<string, string> = {
  kilometre: 'km', kilometer: 'km', kilometres: 'km', kilometers: 'km', k: 'km', '1km': 'km',
  wallball: 'wall_ball', wallballs: 'wall_ball', skierg: 'ski', skiing: 'ski', rower: 'row', rowing: 'row',
  lunges: 'lunge', lunging: 'lunge', burpees: 'burpee', sleds: 'sled', carries: 'carry', farmer: 'farmers',
  kg: 'kg', kilos: 'kg', kilograms: 'kg', hr: 'heart_rate', bpm: 'heart_rate', carbs: 'carbohydrate', carb: 'carbohydrate',
  supplement: 'supplements', vo2: 'vo2max', sprint: 'sprint', miles: 'mile', mi: 'mile', mins: 'minute', min: 'minute',
  minutes: 'minute', secs: 'second', seconds: 'second', tired: 'fatigue', exhausted: 'fatigue', fatigued: 'fatigue',
  sore: 'soreness', hydrate: 'hydration', hydrated: 'hydration', drink: 'hydration', fluids: 'hydration',
};

/** Light suffix stripping (a tiny Porter-like stemmer, enough for English coaching text). */
export function stem(word: string): string {
  if (word.length <= 4) return word;
  for (const [suffix, min] of [['ations', 5], ['ation', 5], ['ings', 5], ['ing', 5], ['ness', 5], ['ies', 4], ['ied', 4], ['ers', 5], ['er', 5], ['ed', 5], ['ly', 5], ['es', 5], ['s', 4]] as const) {
    if (word.endsWith(suffix) && word.length - suffix.length >= min - 1) {
      const base = word.slice(0, -suffix.length);
      return suffix === 'ies' || suffix === 'ied' ? `${base}y` : base;
    }
  }
  return word;
}

export function contentWords(text: string): string[] {
  const words = text.toLowerCase().replace(/wall[\s-]+balls?/g, 'wallball').replace(/ski[\s-]+erg/g, 'skierg').match(/[a-z0-9]+/g) ?? [];
  return words.filter((w) => !STOPWORDS.has(w)).map((w) => SYNONYMS[w] ?? stem(w));
}

function fnv1a(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

function addFeature(vec: Float64Array, feature: string, weight: number): void {
  const h = fnv1a(feature);
  const sign = fnv1a(feature, 0x9747b28c) & 1 ? 1 : -1;
  vec[h % vec.length]! += sign * weight;
}

export function embedText(text: string, dimensions: number): number[] {
  const words = contentWords(text);
  const counts = new Map<string, number>();
  const bump = (f: string, w: number) => counts.set(f, (counts.get(f) ?? 0) + w);
  words.forEach((w, i) => {
    bump(`w:${w}`, 1);
    const next = words[i + 1];
    if (next) bump(`b:${w}_${next}`, 0.6);
    const padded = `^${w}$`;
    if (padded.length > 5) for (let j = 0; j + 4 <= padded.length; j++) bump(`c:${padded.slice(j, j + 4)}`, 0.15);
  });
  const vec = new Float64Array(dimensions);
  for (const [feature, tf] of counts) addFeature(vec, feature, tf <= 1 ? tf : 1 + Math.log(tf));
  let norm = 0;
  for (const v of vec) norm += v * v;
  norm = Math.sqrt(norm) || 1;
  return Array.from(vec, (v) => v / norm);
}
