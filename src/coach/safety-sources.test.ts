import { describe, expect, it } from 'vitest';
import { retrievedChunk } from '../retrieval/chunk-fixture.js';
import { safetySources, withSafetySources } from './safety-sources.js';

const chunk = (id: string, section: string, content: string) => retrievedChunk(id, section, content, 0);
const CONDITION = chunk(
  'c1',
  'Can I race Hyrox with asthma or another medical condition?',
  '**Often yes, but get clearance first.** Asthma text.\n\n**Other conditions** (diabetes, a heart condition) follow the same rule: your doctor decides the limits. Tell Coach K.',
);
const REDS = chunk(
  'e1',
  'Eat enough to train: energy availability first',
  "Before targets, the total must be enough. The IOC's 2023 consensus on **Relative Energy Deficiency in Sport (REDs)** describes what happens.",
);
const DEFICIT = chunk(
  'd1',
  'Deficit size: about 300–500 kcal a day',
  '**Keep the deficit to about 300–500 kcal a day; a bigger one costs recovery.** More text.',
);

describe('the knowledge behind a safety answer', () => {
  it('finds the sections a heart condition or low energy rests on, with the sentence that states the rule', () => {
    const chunks = [REDS, CONDITION, DEFICIT];
    expect(safetySources(['condition'], chunks)).toEqual([
      { chunk: CONDITION, sentence: 'Other conditions (diabetes, a heart condition) follow the same rule: your doctor decides the limits.' },
    ]);
    expect(safetySources(['low_energy'], chunks).map((s) => s.chunk.id)).toEqual(['e1', 'd1']);
    expect(safetySources(['injury', 'crisis'], chunks)).toEqual([]);
    // A knowledge base without the section cites nothing rather than something else.
    expect(safetySources(['condition'], [REDS])).toEqual([]);
  });
  it('keeps the safety text first and whole, and numbers the sources after the passages already numbered', () => {
    const sources = safetySources(['low_energy'], [REDS, DEFICIT]);
    const other = chunk('x', 'Other', 'text');
    const r = withSafetySources('SAFETY TEXT\n\nanswer [1]', [other], [other], sources);
    expect(r.body.startsWith('SAFETY TEXT\n\nanswer [1]\n\n')).toBe(true);
    expect(r.body).toMatch(/REDs\) describes what happens\. \[2\] Keep the deficit .* costs recovery\. \[3\]$/);
    expect(r.numbered.map((c) => c.id)).toEqual(['x', 'e1', 'd1']);
    expect(r.cited.map((c) => c.id)).toEqual(['x', 'e1', 'd1']);
    // Already cited: nothing is added.
    expect(withSafetySources('B', [REDS, DEFICIT], [REDS, DEFICIT], sources).body).toBe('B');
  });
});
