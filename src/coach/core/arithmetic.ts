import { formatDuration } from '../engines/time.js';
import { DIVISION_LABELS, DIVISIONS, stationById, type Division } from '../standards.js';
import type { QuestionFacts } from './understand.js';

/**
 * The arithmetic a question poses, done exactly (pure): race load minus the gym sled, grams of
 * protein or carbohydrate and milligrams of caffeine for a body mass, pace per 500 m, a fade
 * from run 1 to run 8, and unit conversions. Each result is one sentence with its numbers.
 */
export interface Calculation { kind: 'sled_plates' | 'protein' | 'carbs' | 'caffeine' | 'split' | 'fade' | 'convert'; text: string }

const KG_PER_LB = 0.45359237;
const KM_PER_MILE = 1.609344;
const round = (x: number, d = 0) => Math.round(x * 10 ** d) / 10 ** d;
const t = formatDuration;

/** m:ss with tenths when they matter (erg splits). */
function split(sec: number): string {
  const whole = Math.floor(sec);
  const tenths = Math.round((sec - whole) * 10);
  return tenths === 0 || tenths === 10 ? t(Math.round(sec)) : `${t(whole)}.${tenths}`;
}

function sledPlates(q: string, f: QuestionFacts): Calculation[] {
  if (!/\bsled/i.test(q) || f.weightsKg.length === 0 || !/\bplates?|\bempty|\bweighs|\badd|\bhow much/i.test(q)) return [];
  const sledKg = Math.min(...f.weightsKg);
  const ids = f.stations.includes('sled_pull') && !f.stations.includes('sled_push') ? ['sled_pull' as const]
    : f.stations.includes('sled_pull') ? ['sled_push' as const, 'sled_pull' as const] : ['sled_push' as const];
  const divisions: Division[] = f.division ? [f.division] : [...DIVISIONS];
  return ids.map((id) => {
    const s = stationById(id);
    const per = divisions.map((d) => {
      const plates = s.loadKg![d] - sledKg;
      return `${DIVISION_LABELS[d]} ${s.loadKg![d]} kg − ${sledKg} kg = **${plates} kg of plates**`;
    });
    return { kind: 'sled_plates' as const, text: `${s.name} race loads include the sled, so with a ${sledKg} kg sled: ${per.join('; ')}.` };
  });
}

function perMass(q: string, f: QuestionFacts): Calculation[] {
  const kg = f.bodyMassKg;
  if (kg === undefined) return [];
  const out: Calculation[] = [];
  if (/\bprotein/i.test(q)) {
    const deficit = /\blos(e|ing)|\bdeficit|\bcut/i.test(q);
    out.push({ kind: 'protein', text: `At ${kg} kg, 1.6–2.0 g/kg a day is **${round(kg * 1.6)}–${round(kg * 2)} g of protein a day**${deficit ? ` (in a calorie deficit, up to 2.3 g/kg, about ${round(kg * 2.3)} g, helps keep muscle)` : ''}, in 3–4 meals of about ${round(kg * 0.3)}–${round(kg * 0.4)} g (0.3–0.4 g/kg each).` });
  }
  if (/\bcarb/i.test(q)) out.push({ kind: 'carbs', text: `At ${kg} kg: about ${round(kg * 5)}–${round(kg * 7)} g of carbohydrate a day on ~1 h training days (5–7 g/kg), ${round(kg * 6)}–${round(kg * 10)} g on 1–3 h days (6–10 g/kg), and ${round(kg * 1)}–${round(kg * 4)} g in the 1–4 h before a race (1–4 g/kg).` });
  if (/\bcaffeine|\bcoffee/i.test(q)) out.push({ kind: 'caffeine', text: `At ${kg} kg, 3–6 mg/kg is **${round(kg * 3)}–${round(kg * 6)} mg of caffeine** about 60 minutes before the start; the low end (${round(kg * 3)} mg) is enough to benefit, so start there and try it in training first.` });
  return out;
}

function splits(q: string, f: QuestionFacts): Calculation[] {
  const out: Calculation[] = [];
  const erg = /\brow|\bski|\berg|\b500/i.test(q);
  for (const s of f.splits) {
    if (erg || s.distanceM <= 2000) {
      out.push({ kind: 'split', text: `${s.distanceM.toLocaleString('en-US')} m in ${t(s.sec)} is **${split((s.sec / s.distanceM) * 500)} per 500 m** (the split the monitor shows).` });
    } else {
      const perKm = s.sec / (s.distanceM / 1000);
      out.push({ kind: 'split', text: `${(s.distanceM / 1000).toLocaleString('en-US')} km in ${t(s.sec)} is **${t(Math.round(perKm))}/km** (${t(Math.round(perKm * KM_PER_MILE))}/mile).` });
    }
  }
  const [a, b] = f.paces;
  if (a && b && /\bfade|\bslow(er|ed)|\brun 1\b|\bfirst\b.*\blast\b|\bdrop/i.test(q)) {
    const diff = b.sec - a.sec;
    out.push({ kind: 'fade', text: `From ${t(a.sec)} to ${t(b.sec)} per ${a.per === '500m' ? '500 m' : a.per} is a fade of **${t(Math.abs(diff))} per ${a.per === '500m' ? '500 m' : a.per} (${round((Math.abs(diff) / a.sec) * 100, 1)} %)**${diff < 0 ? ' faster' : ''}.` });
    return out;
  }
  for (const p of f.paces) {
    if (p.per === 'km') out.push({ kind: 'convert', text: `${t(p.sec)}/km is **${t(Math.round(p.sec * KM_PER_MILE))}/mile**, ${split(p.sec / 2)} per 500 m, and 8 × 1 km at that pace is ${t(p.sec * 8)} of running.` });
    else if (p.per === 'mile') out.push({ kind: 'convert', text: `${t(p.sec)}/mile is **${t(Math.round(p.sec / KM_PER_MILE))}/km**, so 8 × 1 km at that pace is ${t(Math.round((p.sec / KM_PER_MILE) * 8))} of running.` });
    else out.push({ kind: 'convert', text: `${split(p.sec)} per 500 m is **${t(Math.round(p.sec * 2))} per 1,000 m**, the SkiErg and row distance in the race.` });
  }
  return out;
}

function conversions(q: string): Calculation[] {
  const out: Calculation[] = [];
  const lb = /\b(\d{1,3}(?:\.\d)?)\s*(?:lbs?|pounds)\b.*\bin (?:kg|kilos?)|\bconvert (\d{1,3}(?:\.\d)?)\s*(?:lbs?|pounds)/i.exec(q);
  if (lb) { const v = Number(lb[1] ?? lb[2]); out.push({ kind: 'convert', text: `${v} lb is **${round(v * KG_PER_LB, 1)} kg**.` }); }
  const kg = /\b(\d{1,3}(?:\.\d)?)\s*(?:kg|kilos?)\b.*\bin (?:lbs?|pounds)|\bconvert (\d{1,3}(?:\.\d)?)\s*(?:kg|kilos?)/i.exec(q);
  if (kg) { const v = Number(kg[1] ?? kg[2]); out.push({ kind: 'convert', text: `${v} kg is **${round(v / KG_PER_LB, 1)} lb**.` }); }
  const mi = /\b(\d{1,3}(?:\.\d)?)\s*(?:miles?|mi)\b.*\bin (?:km|kilomet)|\bconvert (\d{1,3}(?:\.\d)?)\s*(?:miles?|mi)\b/i.exec(q);
  if (mi) { const v = Number(mi[1] ?? mi[2]); out.push({ kind: 'convert', text: `${v} miles is **${round(v * KM_PER_MILE, 1)} km**.` }); }
  const km = /\b(\d{1,3}(?:\.\d)?)\s*(?:km|kilomet\w*)\b.*\bin miles|\bconvert (\d{1,3}(?:\.\d)?)\s*(?:km|kilomet\w*)\b(?!\s*\/)/i.exec(q);
  if (km) { const v = Number(km[1] ?? km[2]); out.push({ kind: 'convert', text: `${v} km is **${round(v / KM_PER_MILE, 2)} miles**.` }); }
  return out;
}

/** Every calculation the question poses (empty when it poses none). */
export function questionArithmetic(question: string, f: QuestionFacts): Calculation[] {
  const q = question.replace(/\s+/g, ' ');
  return [...sledPlates(q, f), ...perMass(q, f), ...splits(q, f), ...conversions(q)];
}
