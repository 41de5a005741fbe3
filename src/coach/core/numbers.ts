/** Small readers of numbers in free text (pure). */
import { WORD_NUMBERS } from '../../domain/text.js';

/** Kilometres in a mile. */
export const KM_PER_MILE = 1.609344;

/** "3" or "three" → 3. */
export function numberWord(text: string): number {
  return Number(text) || WORD_NUMBERS[text.toLowerCase()] || 0;
}

/** "m:ss" or "h:mm:ss" → seconds. */
export function clock(text: string): number | undefined {
  const parts = text.split(':').map(Number);
  if (parts.some((p) => !Number.isFinite(p))) return undefined;
  if (parts.length === 2) return parts[0]! * 60 + parts[1]!;
  if (parts.length === 3) return parts[0]! * 3600 + parts[1]! * 60 + parts[2]!;
  return undefined;
}

/** A time phrase: "22:30", "22 minutes", "1:25:00", "1h25", "85 min". */
export function timeIn(text: string): number | undefined {
  const hm = /(\d)\s*h(?:ours?|rs?)?\s*(\d{1,2})?\b/i.exec(text);
  if (hm) return Number(hm[1]) * 3600 + Number(hm[2] ?? 0) * 60;
  const c = /\b(\d{1,2}:\d{2}(?::\d{2})?)\b/.exec(text);
  if (c) return clock(c[1]!);
  const m = /\b(\d{1,3}(?:\.\d)?)\s*(?:min(?:ute)?s?|mins?)\b/i.exec(text);
  if (m) return Math.round(Number(m[1]) * 60);
  return undefined;
}
