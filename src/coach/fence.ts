/**
 * Neutralises data (knowledge passages, the athlete block, engine figures) before it goes inside
 * the prompt's fenced blocks, so nothing in it can close a block early or open a new one: every
 * angle bracket, whatever its script (`<`, `＜`, `﹤`, `〈`, `⟨`), becomes a guillemet, which no
 * tag parser reads; chat-template markers and a lone `---` line (our block separator) are
 * defused too. `</figures >`, `< /athlete>`, `＜/knowledge＞` and `<|im_end|>` all come out inert.
 */
const OPENERS = /[<＜﹤〈〈⟨]/g;
const CLOSERS = /[>＞﹥〉〉⟩]/g;

export function fence(text: string): string {
  return text
    .replace(OPENERS, '‹')
    .replace(CLOSERS, '›')
    .replace(/\[(\/?)INST\]/gi, '($1INST)')
    .replace(/^\s*-{3,}\s*$/gm, '—');
}
