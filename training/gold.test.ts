import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COACH_K_SYSTEM_PROMPT } from '../src/coach/prompt.js';
import { CATEGORIES, RAG_HEADER } from './example.js';
import { loadGold } from './gold.js';
import { validateJsonl } from './validate.js';

const gold = loadGold('training/gold');
const chunks = JSON.parse(readFileSync('docs/chunks/all_chunks.json', 'utf8')) as { source_doc: string; content: string }[];
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('the curated gold set', () => {
  it('has at least 120 examples with unique ids, in every category, with multi-turn and RAG examples of their own', () => {
    expect(gold.length).toBeGreaterThanOrEqual(120);
    expect(new Set(gold.map((e) => e.id)).size).toBe(gold.length);
    const count = (c: string) => gold.filter((e) => e.category === c).length;
    for (const c of CATEGORIES) expect({ c, present: count(c) > 0 }).toEqual({ c, present: true });
    expect(count('multi_turn')).toBeGreaterThanOrEqual(20);
    expect(count('rag_augmented')).toBeGreaterThanOrEqual(20);
    for (const e of gold.filter((x) => x.category === 'multi_turn'))
      expect(e.messages.filter((m) => m.role === 'assistant').length).toBeGreaterThanOrEqual(2);
  });

  it('covers every research document and a cross-topic set', () => {
    const docs = readdirSync('research').filter((f) => f.endsWith('.md'));
    const covered = new Set(gold.map((e) => e.source_doc));
    expect(docs.filter((d) => !covered.has(d))).toEqual([]);
    expect(covered.has('cross_topic')).toBe(true);
    expect([...covered].filter((d) => d !== 'cross_topic' && !docs.includes(d))).toEqual([]);
  });

  it('passes every authoring rule, as a whole, with the exact Coach K system prompt', () => {
    // The rules that need the built prompt (passages, athlete block, tool results) run in the build, which counts them in stats.md.
    const CONTEXT_RULES = new Set(['inference_shape', 'invented_data', 'rpe_fit', 'implausible_input', 'citation']);
    const text = gold.map((e) => JSON.stringify({ messages: e.messages })).join('\n');
    expect(
      validateJsonl(
        text,
        gold.map((e) => e.category),
        { shape: false },
      ).failures.filter((f) => !CONTEXT_RULES.has(f.rule)),
    ).toEqual([]);
    for (const e of gold) expect(e.messages[0]!.content.startsWith(COACH_K_SYSTEM_PROMPT)).toBe(true);
  });

  it('quotes real knowledge-base chunks, verbatim, as the RAG context', () => {
    for (const e of gold.filter((x) => x.messages[0]!.content.includes(RAG_HEADER))) {
      const block = /Relevant knowledge:\n---\n([\s\S]*)\n---$/.exec(e.messages[0]!.content)?.[1];
      expect({ id: e.id, block: Boolean(block) }).toEqual({ id: e.id, block: true });
      for (const part of block!.split('\n\n').map(norm).filter(Boolean)) {
        const from = chunks.find((c) => norm(c.content).includes(part));
        expect({ id: e.id, part: part.slice(0, 60), found: Boolean(from) }).toEqual({ id: e.id, part: part.slice(0, 60), found: true });
        if (e.source_doc !== 'cross_topic') expect({ id: e.id, doc: from!.source_doc }).toEqual({ id: e.id, doc: e.source_doc });
      }
    }
  });
});
