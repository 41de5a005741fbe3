import type { SessionType } from '../domain/sessions.js';

export interface ParsedLog {
  rpe?: number;
  durationMin?: number;
  sessionType?: SessionType;
  distanceKm?: number;
  when?: 'today' | 'yesterday';
  notes: string;
}

const TYPE_WORDS: [SessionType, RegExp][] = [
  ['simulation', /\b(sim|simulation|hyrox sim|mock race)\b/i],
  ['stations', /\b(stations?|sled|wall ?balls?|burpees?|lunges?|farmers?)\b/i],
  ['hiit', /\b(hiit|intervals?|emom|amrap|metcon|wod|circuit)\b/i],
  ['strength', /\b(strength|lift(ing)?|squats?|deadlifts?|gym|weights)\b/i],
  ['erg', /\b(row(ing)?|ski ?erg|erg|bike|assault)\b/i],
  ['recovery', /\b(recovery|easy spin|walk)\b/i],
  ['mobility', /\b(mobility|yoga|stretch(ing)?)\b/i],
  ['run', /\b(run|ran|running|jog|tempo|threshold|long run|km|5k|10k)\b/i],
];

/**
 * Reads a free-text session log ("rpe 7, 45 min tempo run", "strength 1h rpe 8 yesterday").
 * Returns what it found; the caller decides whether it is enough (RPE and duration are required).
 */
export function parseLogText(text: string): ParsedLog {
  const t = text.replace(/\s+/g, ' ').trim();
  const out: ParsedLog = { notes: t.slice(0, 500) };
  const rpe = /\brpe\s*[:=]?\s*(\d{1,2})\b/i.exec(t) ?? /\b(\d{1,2})\s*\/\s*10\b/.exec(t);
  if (rpe) out.rpe = Number(rpe[1]);
  const hm = /\b(\d)\s*h(?:ours?|rs?)?\s*(\d{1,2})?\s*(?:m(?:in(?:ute)?s?)?)?\b/i.exec(t);
  const min = /\b(\d{1,4})\s*(?:'|m\b|mins?\b|minutes?\b)/i.exec(t);
  if (min) out.durationMin = Number(min[1]);
  else if (hm) out.durationMin = Number(hm[1]) * 60 + Number(hm[2] ?? 0);
  const km = /\b(\d{1,3}(?:[.,]\d{1,2})?)\s*km\b/i.exec(t);
  if (km) out.distanceKm = Number(km[1]!.replace(',', '.'));
  out.sessionType = TYPE_WORDS.find(([, re]) => re.test(t))?.[0];
  if (/\byesterday\b/i.test(t)) out.when = 'yesterday';
  return out;
}

export const LOG_EXAMPLE = 'I log sessions from messages like `rpe 7, 45 min tempo run`, `strength 60 min rpe 8` or `hiit 30 min rpe 9 yesterday` (RPE 1–10 and minutes are needed).';
