import { describe, expect, it } from 'vitest';
import { balance, DATASET_CAP, RAG_SHARE } from './build.js';
import type { Example } from './example.js';

describe('balance', () => {
  const ex = (id: string, category: Example['category'], provenance: Example['provenance']): Example => ({
    id,
    category,
    provenance,
    source_doc: 'team1b_pacing.md',
    messages: [],
  });
  it('caps the set at 1,000 with every gold example kept and the RAG share within 15–20 %, even when gold is RAG-heavy', () => {
    const gold = [
      ...Array.from({ length: 60 }, (_, i) => ex(`g-rag-${i}`, 'rag_augmented', 'gold')),
      ...Array.from({ length: 180 }, (_, i) => ex(`g-${i}`, 'multi_turn', 'gold')),
    ];
    const engine = [
      ...Array.from({ length: 300 }, (_, i) => ex(`e-rag-${i}`, 'rag_augmented', 'engine')),
      ...Array.from({ length: 1000 }, (_, i) => ex(`e-${i}`, 'race_strategy', 'engine')),
    ];
    const out = balance([...gold, ...engine]);
    expect(out).toHaveLength(DATASET_CAP);
    expect(gold.every((g) => out.some((e) => e.id === g.id))).toBe(true);
    const rag = out.filter((e) => e.category === 'rag_augmented').length / out.length;
    expect(rag).toBeGreaterThanOrEqual(RAG_SHARE.min);
    expect(rag).toBeLessThanOrEqual(RAG_SHARE.max);
  });
});
