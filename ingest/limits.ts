import { getEncoding, type Tiktoken } from 'js-tiktoken';
import { countTokens } from '../src/domain/text.js';
import type { Block } from './sections.js';

/**
 * Hard limits every stored chunk obeys, in cl100k_base tokens of its content. The cap keeps a
 * chunk far under the 8,191-token input of text-embedding-3-small and out of the LLM's way; the
 * floor keeps "---" and "Output length: …" fragments out of retrieval.
 */
export const CHUNK_CAP = 800;
export const CHUNK_FLOOR = 40;

let encoder: Tiktoken | undefined;
const enc = (): Tiktoken => (encoder ??= getEncoding('cl100k_base'));

export { countTokens };

/** Last resort for text with no usable boundary (one 60,000-token line): cut by tokens, prefer a space. */
export function cutByTokens(text: string, max: number): string[] {
  const ids = enc().encode(text);
  const out: string[] = [];
  for (let i = 0; i < ids.length; i += max) {
    const piece = enc()
      .decode(ids.slice(i, i + max))
      .trim();
    if (piece) out.push(piece);
  }
  return out;
}

/**
 * Greedily packs parts (already each ≤ max) into groups whose joined text is ≤ max tokens.
 * Counts each part once, then checks the joined piece exactly (BPE can merge across joins).
 */
export function packParts(parts: string[], max: number, joiner: string, prefix = ''): string[] {
  const budget = max - countTokens(prefix);
  const out: string[][] = [];
  let cur: string[] = [];
  let used = 0;
  for (const p of parts) {
    const t = countTokens(p) + 1;
    if (cur.length > 0 && used + t > budget) {
      out.push(cur);
      cur = [];
      used = 0;
    }
    cur.push(p);
    used += t;
  }
  if (cur.length > 0) out.push(cur);
  // A tiny last group (a few trailing lines) is rebalanced with the one before it, so no piece
  // falls under the floor: both halves end up near half the budget.
  const last = out.at(-1);
  if (out.length >= 2 && last && countTokens(last.join(joiner)) < CHUNK_FLOOR * 2) {
    const both = [...out[out.length - 2]!, ...last];
    const sizes = both.map((p) => countTokens(p) + 1);
    const total = sizes.reduce((a, b) => a + b, 0);
    let cut = 0;
    for (let acc = 0; cut < both.length - 1 && acc + sizes[cut]! <= total / 2; cut++) acc += sizes[cut]!;
    out.splice(-2, 2, both.slice(0, Math.max(1, cut)), both.slice(Math.max(1, cut)));
  }
  return out.flatMap((g) => {
    const text = prefix + g.join(joiner);
    if (countTokens(text) <= max || g.length === 1) return [text];
    const half = Math.ceil(g.length / 2);
    return [...packParts(g.slice(0, half), max, joiner, prefix), ...packParts(g.slice(half), max, joiner, prefix)];
  });
}

/** Splits any too-long line into pieces of at most max tokens (words first, then raw tokens). */
function fitLines(lines: string[], max: number): string[] {
  return lines.flatMap((l) => (countTokens(l) <= max ? [l] : cutByTokens(l, max)));
}

/** Sentences: split after . ! or ? followed by white space; loses no text ("5.5 km", "x.io" stay whole). */
export function sentences(text: string): string[] {
  const parts = text
    .split(/(?<=[.!?]["')\]]?)\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
  return parts.length > 0 ? parts : [text];
}

function splitCode(text: string, max: number): string[] {
  const lines = text.split('\n');
  const open = /^(\s*)(`{3,}|~{3,})\s*([\w+#.-]*)/.exec(lines[0] ?? '');
  const fence = open?.[2] ?? '```';
  const lang = open?.[3] || 'text';
  const body = open ? lines.slice(1, lines.at(-1)?.trim().startsWith(fence) ? -1 : undefined) : lines;
  const frame = countTokens(`(${lang} code, part 99 of 99)\n${fence}${lang}\n\n${fence}`) + 2;
  const groups = packParts(fitLines(body, max - frame), max - frame, '\n');
  return groups.map((g, i) => `(${lang} code, part ${i + 1} of ${groups.length})\n${fence}${lang}\n${g}\n${fence}`);
}

function splitTable(text: string, max: number): string[] {
  const lines = text.split('\n');
  if (lines.length < 3) return splitProse(text, max);
  const header = `${lines[0]}\n${lines[1]}\n`;
  if (countTokens(header) > max / 2) return splitProse(text, max);
  return packParts(fitLines(lines.slice(2), max - countTokens(header) - 2), max, '\n', header);
}

function splitList(text: string, max: number): string[] {
  // Top-level items start at column 0 with a bullet or a number; continuation lines stay with them.
  const items: string[] = [];
  for (const line of text.split('\n')) {
    if (/^([-*+]|\d+[.)])\s/.test(line) || items.length === 0) items.push(line);
    else items[items.length - 1] += `\n${line}`;
  }
  return packParts(
    items.flatMap((it) => (countTokens(it) <= max ? [it] : splitProse(it, max))),
    max,
    '\n',
  );
}

function splitProse(text: string, max: number): string[] {
  const parts = sentences(text).flatMap((s) => (countTokens(s) <= max ? [s] : fitLines(s.split(/(?<=[,;:])\s+|\n/), max)));
  return packParts(parts, max, ' ');
}

/**
 * One block → blocks of at most max tokens each, split where the kind allows: fenced code at
 * line boundaries (each piece re-fenced and labelled with its language), tables by rows with the
 * header repeated, lists by top-level items, prose at sentences. A block within max is returned as is.
 */
export function splitBlock(block: Block, max: number = CHUNK_CAP): Block[] {
  if (countTokens(block.text) <= max) return [block];
  const pieces =
    block.kind === 'code'
      ? splitCode(block.text, max)
      : block.kind === 'table'
        ? splitTable(block.text, max)
        : block.kind === 'list'
          ? splitList(block.text, max)
          : splitProse(block.text, max);
  // Frames and joins are estimated while packing; a piece that still ends up over is cut by tokens.
  return pieces.flatMap((text) => (countTokens(text) <= max ? [text] : cutByTokens(text, max))).map((text) => ({ kind: block.kind, text }));
}
