/** Longest answer body stored or sent (about three Discord messages; a coaching answer is 150–450 words). */
export const MAX_ANSWER_CHARS = 6000;
/** Most bytes read from one chat API response before the call is abandoned (a normal one is under 20 KB). */
export const MAX_RESPONSE_BYTES = 1024 * 1024;

export const SHORTENED_NOTE = '_(answer shortened: it was longer than Coach K sends)_';

/** Cuts text to at most `max` characters at the last paragraph or sentence end, and says so. */
export function limitText(text: string, max = MAX_ANSWER_CHARS): string {
  if (text.length <= max) return text;
  const room = max - SHORTENED_NOTE.length - 2;
  const window = text.slice(0, room);
  const cut = Math.max(window.lastIndexOf('\n\n'), ...['. ', '! ', '? ', '.\n'].map((e) => window.lastIndexOf(e) + 1));
  const body = (cut > room * 0.5 ? window.slice(0, cut) : window).trimEnd();
  return `${body}\n\n${SHORTENED_NOTE}`;
}
