import type { SessionType } from '../domain/sessions.js';

export interface ParsedLog {
  rpe?: number;
  durationMin?: number;
  sessionType?: SessionType;
  distanceKm?: number;
  when?: 'today' | 'yesterday';
  notes: string;
  /**
   * A question to send back instead of storing: a number was given that would otherwise be
   * silently changed (RPE 7.5, "9h 99", a negative time). Nothing is stored while it is set.
   */
  question?: string;
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
  const ask = (q: string) => {
    out.question ??= q;
  };

  const rpe = /\brpe\s*[:=]?\s*([-−–]?\s*\d{1,2}(?:[.,]\d+)?)/i.exec(t) ?? /(?<![\d.,])([-−–]?\d{1,2}(?:[.,]\d+)?)\s*\/\s*10\b/.exec(t);
  if (rpe) {
    const value = Number(rpe[1]!.replace(/\s/g, '').replace(/^[−–]/, '-').replace(',', '.'));
    if (value < 0)
      ask(`RPE can't be negative ("${rpe[0]}"). How hard was it, from 1 (very easy) to 10 (all-out)? For example \`rpe 7, 45 min tempo run\`.`);
    else if (!Number.isInteger(value))
      ask(
        `RPE is a whole number from 1 to 10, and I won't round "${rpe[0]}" for you: was it ${Math.floor(value)} or ${Math.ceil(value)}? Send the log again with one of them, e.g. \`rpe ${Math.ceil(value)}, 45 min tempo run\`.`,
      );
    else out.rpe = value;
  }

  const negative = /(?<![\p{L}\p{N}])(?<!\p{N}\s+)[-−–]\s*\d+(?:[.,]\d+)?\s*(?:h(?:ours?|rs?)?(?![a-z])|'|m\b|mins?\b|minutes?\b)/iu.exec(t);
  const hm = /(?<![\d.,])\b(\d{1,2}(?:[.,]\d{1,2})?)\s*h(?:ours?|rs?)?(?![a-z])\s*(?:(\d{1,3})(?![\d.,/])\s*(?:m(?:in(?:ute)?s?)?\b)?)?/i.exec(t);
  // "min"/"minutes" before a bare "m" or "'", so "8x400m … 45 min" reads 45 minutes.
  const min = /(?<![\d.,])\b(\d{1,4}(?:[.,]\d+)?)\s*(?:mins?\b|minutes?\b)/i.exec(t) ?? /(?<![\d.,])\b(\d{1,4}(?:[.,]\d+)?)\s*(?:'|m\b)/i.exec(t);
  if (negative) {
    ask(`A session can't last a negative time ("${negative[0].trim()}"). How long was it? For example \`45 min\` or \`1h30\`.`);
  } else if (hm) {
    const hours = Number(hm[1]!.replace(',', '.'));
    const minutes = hm[2] === undefined ? 0 : Number(hm[2]);
    const total = hours * 60 + minutes;
    if (minutes >= 60)
      ask(
        `"${hm[0].trim()}" has ${minutes} minutes after the hours, and minutes go 0–59. How long was the session? For example \`${Math.floor(hours)}h30\` or \`${minutes} min\`.`,
      );
    else if (!Number.isInteger(total))
      ask(`"${hm[0].trim()}" is not a whole number of minutes. How many minutes was it? For example \`${Math.round(total)} min\`.`);
    else out.durationMin = total;
  } else if (min) {
    const minutes = Number(min[1]!.replace(',', '.'));
    if (!Number.isInteger(minutes))
      ask(`Minutes are whole numbers, and I won't round "${min[0].trim()}" for you: was it ${Math.floor(minutes)} or ${Math.ceil(minutes)} min?`);
    else out.durationMin = minutes;
  }
  const km = /\b(\d{1,3}(?:[.,]\d{1,2})?)\s*km\b/i.exec(t);
  if (km) out.distanceKm = Number(km[1]!.replace(',', '.'));
  out.sessionType = TYPE_WORDS.find(([, re]) => re.test(t))?.[0];
  if (/\byesterday\b/i.test(t)) out.when = 'yesterday';
  return out;
}

export const LOG_EXAMPLE =
  'I log sessions from messages like `rpe 7, 45 min tempo run`, `strength 60 min rpe 8` or `hiit 30 min rpe 9 yesterday` (RPE 1–10 and minutes are needed).';
