/** Discord's message content limit. */
export const DISCORD_MAX = 2000;
/** Most messages one answer may become (answers are capped at MAX_ANSWER_CHARS; this is the backstop). */
export const MAX_PARTS = 5;
const CUT_NOTE = '… _(cut: too long for Discord)_';

/**
 * Splits text into messages of at most `max` characters, at paragraph, then line, then sentence
 * ends — never mid-sentence unless one sentence alone is longer than a message. At most
 * `maxParts` messages: the last one then ends with a note that the answer was cut.
 */
export function splitMessage(text: string, max = DISCORD_MAX, maxParts = MAX_PARTS): string[] {
  const parts: string[] = [];
  let rest = text.trim();
  while (rest.length > max) {
    if (parts.length === maxParts - 1) {
      parts.push(`${rest.slice(0, max - CUT_NOTE.length).trimEnd()}${CUT_NOTE}`);
      return parts;
    }
    const window = rest.slice(0, max);
    const cut = lastBreak(window, /\n\n/g) ?? lastBreak(window, /\n/g) ?? lastBreak(window, /[.!?](?=\s)/g, 1) ?? lastBreak(window, /\s/g) ?? max;
    parts.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest) parts.push(rest);
  return parts;
}

function lastBreak(window: string, re: RegExp, keep = 0): number | undefined {
  let at: number | undefined;
  for (const m of window.matchAll(re)) if (m.index! > window.length * 0.3) at = m.index! + keep;
  return at;
}
