import { createHash } from 'node:crypto';
import { countTokens } from '../src/domain/text.js';
import { CHUNK_CAP, CHUNK_FLOOR, sentences, splitBlock } from './limits.js';
import { screenBlocks, type Skip } from './noise.js';
import { tagChunk, type TopicTag } from './tags.js';
import type { Block, ParsedDoc, Section } from './sections.js';

/** Chunk sizes in cl100k_base tokens (build plan: 500–800, overlap 50–100). */
export const CHUNK_LIMITS = { maxTokens: 800, tinyTokens: 120, overlapMin: 50, overlapMax: 100 } as const;

export interface Chunk {
  id: string;
  source_doc: string;
  section: string;
  content: string;
  word_count: number;
  token_count: number;
  topic_tags: TopicTag[];
  chunk_index: number;
  content_hash: string;
  /**
   * The questions members ask for this chunk's section (its `<!-- asked: … -->` block; a fragment
   * merged in from a neighbouring section brings its own): searched with weight C, embedded, and
   * evidence of what the section is about when passages are chosen. Never part of `content`.
   */
  asked: string[];
  /** The text that is embedded: document title and section path, then the content, then the asked questions. */
  embed_text: string;
}

/**
 * What a chunk is embedded from: `title — section`, the content, and (when the section has any)
 * the asked questions, one a line. Without asked questions it is exactly the text embedded before
 * asked blocks existed.
 */
export function embedTextOf(title: string, label: string, content: string, asked: readonly string[]): string {
  const base = `${title} — ${label}\n\n${content}`;
  return asked.length > 0 ? `${base}\n\n${asked.join('\n')}` : base;
}

/**
 * The extra contexts the learned embedder learns word co-occurrence from (word-vectors.ts), besides
 * the embedded texts: once per section each asked question beside the section's heading, so a
 * member's words ("gassed", "doors open") co-occur with the words the section is titled with and
 * the embedder learns them as near-synonyms. None without asked questions.
 */
export function askedContexts(chunks: readonly Pick<Chunk, 'source_doc' | 'section' | 'asked'>[]): string[] {
  const seen = new Set<string>();
  const pairs: string[] = [];
  for (const c of chunks) {
    for (const q of c.asked) {
      const key = `${c.source_doc}\u0000${c.section}\u0000${q}`;
      if (seen.has(key)) continue;
      seen.add(key);
      pairs.push(`${c.section.split(' > ').pop()} — ${q}`);
    }
  }
  return pairs;
}

/**
 * Whether the learned local embedder learns word co-occurrence from the asked questions (each one
 * beside its section heading, and at the end of the chunk's embedded text). The chunks' vectors
 * are embedded from their asked questions either way; this decides only whether the word model
 * (shared by every chunk and question) learns from them. Off for now: with only
 * team6_engineering.md's 45 questions, learning from them moved every learned vector a little
 * (eval:retrieval vector hit@1 0.484 → 0.532, hit@5 0.871 → 0.887, but hybrid hit@1 0.774 →
 * 0.742: two questions whose answer led by a hair lost the lead), where off keeps hybrid at 0.774
 * (vector hit@1 0.500). Measure again with it on once every research document has its blocks:
 * then the questions are many enough to teach synonyms rather than noise.
 */
export const LEARN_FROM_ASKED = false;

/**
 * What the learned embedder learns from (its `prepare`): every chunk's embedded text and, with
 * LEARN_FROM_ASKED, the asked questions beside their headings for co-occurrence only; without
 * it, the embedded texts without their asked questions (exactly what was learned from before
 * asked blocks existed).
 */
export function learningInput(
  chunks: readonly Pick<Chunk, 'source_doc' | 'section' | 'asked' | 'embed_text'>[],
  fromAsked = LEARN_FROM_ASKED,
): { texts: string[]; contexts: string[] } {
  if (fromAsked) return { texts: chunks.map((c) => c.embed_text), contexts: askedContexts(chunks) };
  // embedTextOf appends "\n\n" and the questions joined by "\n": cut exactly that.
  const texts = chunks.map((c) => (c.asked.length > 0 ? c.embed_text.slice(0, -(2 + c.asked.join('\n').length)) : c.embed_text));
  return { texts, contexts: [] };
}

export function slugify(text: string): string {
  return (
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'section'
  );
}

interface Unit {
  text: string;
  tokens: number;
  atomic: boolean;
}

/** Splits text with no sentence breaks into pieces of at most max tokens (last resort). */
function hardSplit(text: string, max: number): string[] {
  const words = text.split(/\s+/);
  const out: string[] = [];
  let cur: string[] = [];
  for (const w of words) {
    cur.push(w);
    if (countTokens(cur.join(' ')) > max) {
      cur.pop();
      if (cur.length) out.push(cur.join(' '));
      cur = [w];
    }
  }
  if (cur.length) out.push(cur.join(' '));
  return out;
}

/** Blocks → units: tables, lists and code stay whole; an oversized paragraph splits at sentences. */
function toUnits(blocks: Block[], max: number): Unit[] {
  const units: Unit[] = [];
  for (const b of blocks) {
    const tokens = countTokens(b.text);
    if (b.kind !== 'paragraph' || tokens <= max) {
      units.push({ text: b.text, tokens, atomic: b.kind !== 'paragraph' });
      continue;
    }
    for (const s of sentences(b.text).flatMap((x) => (countTokens(x) > max ? hardSplit(x, max) : [x]))) {
      units.push({ text: s, tokens: countTokens(s), atomic: false });
    }
  }
  return units;
}

/** The tail of a chunk to repeat at the start of the next: 50–100 tokens of whole sentences. */
function overlapTail(units: Unit[]): Unit | undefined {
  const last = units[units.length - 1];
  if (!last) return undefined;
  if (last.atomic) return last.tokens <= CHUNK_LIMITS.overlapMax ? last : undefined;
  const picked: string[] = [];
  let tokens = 0;
  for (const s of sentences(last.text).reverse()) {
    const t = countTokens(s);
    if (tokens + t > CHUNK_LIMITS.overlapMax) break;
    picked.unshift(s);
    tokens += t;
    if (tokens >= CHUNK_LIMITS.overlapMin) break;
  }
  return tokens > 0 ? { text: picked.join(' '), tokens, atomic: false } : undefined;
}

/** Packs a section's units into pieces of at most maxTokens, with overlap between pieces. */
export function packSection(blocks: Block[], maxTokens: number = CHUNK_LIMITS.maxTokens): string[] {
  const units = toUnits(blocks, maxTokens);
  const total = units.reduce((n, u) => n + u.tokens, 0);
  if (total <= maxTokens) return [units.map((u) => u.text).join('\n\n')];
  const pieces: Unit[][] = [];
  let cur: Unit[] = [];
  let curTokens = 0;
  let fresh = 0; // units in cur that are not overlap
  for (const u of units) {
    if (fresh > 0 && curTokens + u.tokens > maxTokens) {
      pieces.push(cur);
      const tail = overlapTail(cur);
      cur = tail && tail.tokens + u.tokens <= maxTokens ? [tail] : [];
      curTokens = cur.reduce((n, x) => n + x.tokens, 0);
      fresh = 0;
    }
    cur.push(u);
    curTokens += u.tokens;
    fresh += 1;
  }
  if (fresh > 0) pieces.push(cur);
  // Joins cost tokens the unit counts leave out: a piece that ends up over the cap is packed again, tighter.
  return pieces.flatMap((p) => {
    const text = p.map((u) => u.text).join('\n\n');
    return countTokens(text) <= maxTokens || p.length === 1
      ? [text]
      : packSection(
          p.map((u) => ({ kind: u.atomic ? 'other' : 'paragraph', text: u.text })),
          maxTokens - 16,
        );
  });
}

interface Group {
  label: string;
  blocks: Block[];
  tokens: number;
  parent: string;
  asked: string[];
}

/** a ∪ b, in order, without repeats. */
const union = (a: readonly string[], b: readonly string[]): string[] => [...new Set([...a, ...b])];

/**
 * Sections → chunks (pure). A tiny section (under 120 tokens) is merged into its neighbour
 * under the same H2 rather than emitted as a fragment; an oversized one is split at paragraph
 * (then sentence) boundaries with 50–100 tokens of overlap. Ids are document + section slug +
 * index within the section, so editing one section or another document leaves the rest stable.
 */
export function chunkDocument(sourceDoc: string, doc: ParsedDoc, skipped: Skip[] = []): Chunk[] {
  const groups: Group[] = doc.sections
    .map((s: Section) => {
      const label = s.path.join(' > ');
      const blocks = screenBlocks(sourceDoc, label, s.blocks, skipped).flatMap((b) => splitBlock(b, CHUNK_CAP));
      return { label, blocks, tokens: countTokens(blocks.map((b) => b.text).join('\n\n')), parent: s.path[0] ?? '', asked: s.asked };
    })
    .filter((g) => g.blocks.length > 0);
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i]!;
    if (g.tokens >= CHUNK_LIMITS.tinyTokens) continue;
    const next = groups[i + 1];
    const prev = groups[i - 1];
    const mergeInto =
      next && next.parent === g.parent && next.tokens + g.tokens <= CHUNK_LIMITS.maxTokens
        ? next
        : prev && prev.parent === g.parent && prev.tokens + g.tokens <= CHUNK_LIMITS.maxTokens
          ? prev
          : undefined;
    if (!mergeInto) continue;
    const heading = g.label.split(' > ').pop()!;
    if (mergeInto === next) {
      next.blocks = [{ kind: 'paragraph', text: `**${heading}.**` }, ...g.blocks, ...next.blocks];
      next.label = g.label === next.parent ? next.label : `${g.label}; ${next.label.split(' > ').pop()}`;
    } else {
      prev!.blocks = [...prev!.blocks, { kind: 'paragraph', text: `**${heading}.**` }, ...g.blocks];
      prev!.label = `${prev!.label}; ${heading}`;
    }
    mergeInto.tokens += g.tokens;
    mergeInto.asked = mergeInto === next ? union(g.asked, next.asked) : union(prev!.asked, g.asked);
    groups.splice(i, 1);
    i -= 1;
  }

  const stem = sourceDoc.replace(/\.md$/, '');
  const chunks: Chunk[] = [];
  const seen = new Map<string, number>();
  for (const { label, pieces } of enforceFloor(
    sourceDoc,
    groups.map((g) => ({ label: g.label, pieces: packSection(g.blocks, CHUNK_CAP).map((text) => ({ text, asked: g.asked })) })),
    skipped,
  )) {
    const g = { label };
    // Two sections with the same heading path (rare) get -2, -3 … so ids stay unique.
    const base = slugify(g.label);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    const slug = n === 1 ? base : `${base}-${n}`;
    pieces.forEach(({ text: content, asked }, i) => {
      const embed_text = embedTextOf(doc.title, g.label, content, asked);
      const topic_tags = tagChunk(g.label, content, doc.tags);
      // The hash covers the embedded text (with the asked questions) and the tags; chunk_index alone is updated in place.
      const content_hash = createHash('sha256')
        .update(`${embed_text}\n${topic_tags.join(',')}`)
        .digest('hex');
      chunks.push({
        id: `${stem}--${slug}--${i}`,
        source_doc: sourceDoc,
        section: g.label,
        content,
        word_count: content.split(/\s+/).filter(Boolean).length,
        token_count: countTokens(content),
        topic_tags,
        chunk_index: chunks.length,
        content_hash,
        asked,
        embed_text,
      });
    });
  }
  return chunks;
}

interface Piece {
  text: string;
  asked: string[];
}

interface Packed {
  label: string;
  pieces: Piece[];
}

/**
 * The floor: a piece under CHUNK_FLOOR tokens joins the piece before it (or after it) when the
 * two fit under the cap; otherwise it is dropped and reported. Runs across sections, so a lone
 * tiny section after a full one is not stored as a fragment.
 */
function enforceFloor(file: string, groups: Packed[], skipped: Skip[]): Packed[] {
  const flat = groups.flatMap((g, gi) => g.pieces.map(({ text, asked }) => ({ gi, text, asked, tokens: countTokens(text) })));
  for (let i = 0; i < flat.length; i++) {
    const p = flat[i]!;
    if (p.tokens >= CHUNK_FLOOR) continue;
    const heading = groups[p.gi]!.label.split(' > ').pop()!;
    // The target keeps its section label (so its chunk ids stay stable); a bold heading names the fragment.
    const merged = [flat[i - 1], flat[i + 1]]
      .map((x) => {
        if (!x) return undefined;
        const add = x.gi === p.gi ? p.text : `**${heading}.** ${p.text}`;
        const text = x === flat[i - 1] ? `${x.text}\n\n${add}` : `${add}\n\n${x.text}`;
        const tokens = countTokens(text);
        return tokens <= CHUNK_CAP ? { x, text, tokens } : undefined;
      })
      .find(Boolean);
    if (merged) {
      merged.x.text = merged.text;
      merged.x.tokens = merged.tokens;
      // The fragment's section questions come with it: its text now answers them from this chunk.
      merged.x.asked = union(merged.x.asked, p.asked);
    } else {
      skipped.push({
        file,
        section: groups[p.gi]!.label,
        reason: `fragment of ${p.tokens} tokens, under the ${CHUNK_FLOOR}-token floor, with no room in a neighbour`,
      });
    }
    flat.splice(i, 1);
    i -= 1;
  }
  return groups
    .map((g, gi) => ({ label: g.label, pieces: flat.filter((p) => p.gi === gi).map((p) => ({ text: p.text, asked: p.asked })) }))
    .filter((g) => g.pieces.length > 0);
}
