import type { Block } from './sections.js';

/** Why a block or section was left out of the knowledge base; shown in the ingest report. */
export interface Skip {
  file: string;
  section: string;
  reason: string;
}

const ROLE_LINE =
  /^\s*(?:>\s*)?(?:\*\*|__)?(user|assistant|human|system|ai|chatgpt|claude|gpt-?\d*|model|prompt|response)(?:\*\*|__)?\s*(?:said)?\s*[:>]/i;
const LOG_LINE =
  /^\s*(?:\[?\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}|\[?(?:INFO|DEBUG|WARN|WARNING|ERROR|TRACE)\]?[\s:]|\$ |> |npm (?:ERR|WARN)|at [\w.$<>]+ \()/;
const META_LINE =
  /^\s*(?:\*\*|_)?(?:(?:generated|created|exported|produced|written|compiled) (?:by|with|using|from)\b|output length\s*:|word count\s*:|token(?:s| count)\s*:|prompt tokens\s*:|completion tokens\s*:|retrieved (?:on|at)\s*:?|export(?:ed)? (?:on|at)\s*:)/i;
const URL = /https?:\/\/\S+/g;
const LOG_LANGS = new Set(['log', 'logs', 'console', 'shell-session', 'output', 'stdout', 'stderr', 'terminal']);
const DATA_LANGS = new Set(['json', 'jsonl', 'ndjson', 'json5']);

function looksLikeJson(text: string): boolean {
  const t = text.trim();
  if (!/^[[{]/.test(t)) return false;
  try {
    JSON.parse(t);
    return true;
  } catch {
    // Truncated or line-delimited JSON: mostly punctuation and quoted keys.
    const symbols = (t.match(/[{}[\]":,]/g) ?? []).length;
    return symbols / t.length > 0.12 && /"[^"\n]+"\s*:/.test(t);
  }
}

function fenceBody(text: string): { lang: string; body: string } {
  const lines = text.split('\n');
  const m = /^\s*(?:`{3,}|~{3,})\s*([\w+#.-]*)/.exec(lines[0] ?? '');
  if (!m) return { lang: '', body: text };
  return { lang: (m[1] ?? '').toLowerCase(), body: lines.slice(1, /^\s*(`{3,}|~{3,})\s*$/.test(lines.at(-1) ?? '') ? -1 : undefined).join('\n') };
}

/** Why one block is noise, or undefined when it is knowledge. */
export function noiseReason(block: Block): string | undefined {
  const text = block.text;
  const lines = text.split('\n').filter((l) => l.trim());
  if (lines.length === 0) return undefined;
  if (block.kind === 'code') {
    const { lang, body } = fenceBody(text);
    if (DATA_LANGS.has(lang) || looksLikeJson(body)) return `raw JSON in a ${lang || 'plain'} code block (${lines.length} lines)`;
    const logLines = lines.filter((l) => LOG_LINE.test(l)).length;
    if (LOG_LANGS.has(lang) || logLines / lines.length >= 0.5) return `tool or log output (${lines.length} lines)`;
  }
  if (block.kind !== 'code' && looksLikeJson(text)) return `raw JSON (${lines.length} lines)`;
  const roles = lines.filter((l) => ROLE_LINE.test(l)).length;
  if (roles >= 2 && roles / lines.length >= 0.5) return `prompt transcript (${roles} speaker lines)`;
  if (lines.every((l) => META_LINE.test(l))) return `generated-by metadata ("${lines[0]!.trim().slice(0, 40)}")`;
  const urls = text.match(URL) ?? [];
  const urlChars = urls.reduce((n, u) => n + u.length, 0);
  const words = text.replace(URL, ' ').match(/[A-Za-z]{3,}/g)?.length ?? 0;
  if (urls.length >= 3 && (urlChars / text.length > 0.4 || words < urls.length * 4)) return `link dump (${urls.length} links)`;
  return undefined;
}

/** A section that reads as a chat transcript (speaker lines across its blocks) is skipped whole. */
export function sectionNoise(blocks: Block[]): string | undefined {
  const lines = blocks.flatMap((b) => b.text.split('\n')).filter((l) => l.trim());
  const roles = lines.filter((l) => ROLE_LINE.test(l)).length;
  return roles >= 2 && roles / lines.length >= 0.25 ? `prompt transcript (${roles} speaker lines)` : undefined;
}

/** Blocks that carry knowledge; every left-out block is reported. Thematic breaks are dropped silently. */
export function screenBlocks(file: string, section: string, blocks: Block[], skipped: Skip[]): Block[] {
  const whole = sectionNoise(blocks);
  if (whole) {
    skipped.push({ file, section, reason: whole });
    return [];
  }
  return blocks.filter((b) => {
    if (b.kind === 'other' && /^(?:[-*_]\s*){3,}$/.test(b.text.trim())) return false;
    const reason = noiseReason(b);
    if (reason) skipped.push({ file, section, reason });
    return !reason;
  });
}
