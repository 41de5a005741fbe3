/** Discord's message content limit. */
export const DISCORD_MAX = 2000;

/**
 * Splits text into messages of at most `max` characters, at paragraph, then line, then sentence
 * ends — never mid-sentence unless one sentence alone is longer than a message.
 */
export function splitMessage(text: string, max = DISCORD_MAX): string[] {
  const parts: string[] = [];
  let rest = text.trim();
  while (rest.length > max) {
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
