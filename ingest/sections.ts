import type { Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';

/** One top-level Markdown block, kept as its source text. Tables, lists and code are atomic. */
export interface Block {
  kind: 'paragraph' | 'table' | 'list' | 'code' | 'other';
  text: string;
}

/** A section: the blocks under one H2 (or H3) heading, with its heading path. */
export interface Section {
  /** Heading path, e.g. ["Sled Push", "Technique"]. */
  path: string[];
  blocks: Block[];
  /**
   * Questions members would type for which this section is the answer, from an `<!-- asked: … -->`
   * block under its heading (doc2query): indexed for search and passage choice, never in the content.
   */
  asked: string[];
}

/** A problem with an asked block, for the ingest report (the block never stays in the content). */
export interface AskedProblem {
  section: string;
  reason: string;
}

export interface ParsedDoc {
  title: string;
  tags: string[];
  summary: string;
  sections: Section[];
  /** Malformed asked blocks (not closed, a line that is no `- ` question): reported, never kept as content. */
  askedProblems: AskedProblem[];
}

export class DocumentProblem extends Error {}

/** The opening of an asked block: `<!-- asked:` (it should stand on its own line; anything after it there is reported). */
const ASKED_OPEN = /^<!--\s*asked:/i;

/**
 * Reads an asked block (pure): `<!-- asked:` on its own line, one `- question` per line, `-->` on
 * its own line (the helpers' ASKED_FORMAT). Markdown ends an HTML comment at the first line
 * holding `-->`, or at the end of the document when there is none: an unclosed block swallows
 * everything after it, which is reported. Text on the opening line, a `-->` at the end of a
 * question and lines that are not `- question` are reported; the well-formed questions are kept.
 * Nothing of the block is ever content.
 */
export function parseAsked(html: string): { questions: string[]; problems: string[] } {
  const problems: string[] = [];
  const lines = html.replace(ASKED_OPEN, '').split(/\r?\n/);
  const first = lines.shift()!.trim();
  if (first !== '') {
    problems.push(`asked block: text after "<!-- asked:" on its line (questions go one a line below it): ${JSON.stringify(first.slice(0, 60))}`);
  }
  const last = lines.at(-1)?.trim() ?? '';
  if (last === '-->') {
    lines.pop();
  } else if (first.endsWith('-->') || last.endsWith('-->')) {
    problems.push('asked block: "-->" must stand on its own line');
    if (last.endsWith('-->')) lines[lines.length - 1] = last.slice(0, -3);
  } else {
    problems.push('asked block not closed with --> on its own line (everything after it, to the end of the file, is left out)');
  }
  const questions: string[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    const m = /^- (.*\S.*)$/.exec(line);
    if (m && !m[1]!.includes('-->')) questions.push(m[1]!.trim().replace(/\s+/g, ' '));
    else problems.push(`asked line is not "- question": ${JSON.stringify(line.slice(0, 60))}`);
  }
  return { questions, problems };
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

function headingText(node: RootContent): string {
  const walk = (n: unknown): string => {
    const x = n as { value?: string; children?: unknown[] };
    return x.value ?? (x.children ?? []).map(walk).join('');
  };
  return walk(node).trim();
}

function blockKind(node: RootContent): Block['kind'] {
  switch (node.type) {
    case 'paragraph':
      return 'paragraph';
    case 'table':
      return 'table';
    case 'list':
      return 'list';
    case 'code':
      return 'code';
    default:
      return 'other';
  }
}

/**
 * Splits a research document into sections at H2/H3 headings (pure). The H1 is the title;
 * text before the first H2 becomes an "Overview" section; the "Sources" section is kept
 * out of retrieval. Throws DocumentProblem with a fix for an empty file or one with no H2.
 */
export function splitSections(markdown: string): ParsedDoc {
  if (markdown.trim() === '') throw new DocumentProblem('is empty: write a title (# …) and at least one ## section');
  const fm = FRONT_MATTER.exec(markdown);
  let meta: Record<string, unknown> = {};
  if (fm) {
    try {
      meta = (parseYaml(fm[1]!) as Record<string, unknown>) ?? {};
    } catch (error) {
      throw new DocumentProblem(`has front matter that is not valid YAML (${(error as Error).message.split('\n')[0]})`);
    }
  }
  const body = fm ? markdown.slice(fm[0].length) : markdown;
  const tree = unified().use(remarkParse).use(remarkGfm).parse(body) as Root;

  let title = typeof meta.title === 'string' ? meta.title : '';
  const sections: Section[] = [];
  let h2: string | undefined;
  let current: Section | undefined;
  let sawH2 = false;
  const intro: Block[] = [];
  const introAsked: string[] = [];
  const askedProblems: AskedProblem[] = [];

  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth === 1) {
      title ||= headingText(node);
      continue;
    }
    if (node.type === 'heading' && (node.depth === 2 || node.depth === 3)) {
      const text = headingText(node);
      if (node.depth === 2) {
        h2 = text;
        sawH2 = true;
        current = { path: [text], blocks: [], asked: [] };
      } else {
        current = { path: h2 ? [h2, text] : [text], blocks: [], asked: [] };
      }
      sections.push(current);
      continue;
    }
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    const text = body.slice(start, end).trim();
    if (!text) continue;
    // An asked block belongs to the nearest heading above it and never becomes content.
    if (node.type === 'html' && ASKED_OPEN.test(text)) {
      const { questions, problems } = parseAsked(text);
      (current ? current.asked : introAsked).push(...questions);
      const section = current ? current.path.join(' > ') : 'Overview';
      for (const reason of problems) askedProblems.push({ section, reason });
      continue;
    }
    // Deeper headings stay inside their section as text.
    const block: Block = { kind: blockKind(node), text };
    if (current) current.blocks.push(block);
    else intro.push(block);
  }
  if (!sawH2) throw new DocumentProblem('has no ## headings: split it into ## sections (one idea each) so it can be chunked');
  if (intro.length > 0) sections.unshift({ path: ['Overview'], blocks: intro, asked: introAsked });
  const kept = sections.filter((s) => s.blocks.length > 0 && !/^(sources|references)$/i.test(s.path[0] ?? ''));
  if (kept.length === 0) throw new DocumentProblem('has headings but no text under them');
  const tags = Array.isArray(meta.tags) ? meta.tags.filter((t): t is string => typeof t === 'string') : [];
  return { title: title || 'Untitled', tags, summary: typeof meta.summary === 'string' ? meta.summary : '', sections: kept, askedProblems };
}
