import { describe, expect, it } from 'vitest';
import { ragSystem, type Category, type Example, type Provenance } from './example.js';
import { estimateCost, statsMarkdown } from './stats.js';
import { countTokens } from './validate.js';

/**
 * An example of exactly 15 tokens by the cl100k estimate: 3 messages × (3 + 1 token for "Hi")
 * + 3 to prime the reply.
 */
function tiny(id: string, category: Category, provenance: Provenance = 'teacher', source_doc = 'team1b'): Example {
  return {
    id,
    category,
    source_doc,
    provenance,
    messages: [
      { role: 'system', content: 'Hi' },
      { role: 'user', content: 'Hi' },
      { role: 'assistant', content: 'Hi' },
    ],
  };
}
const many = (n: number, category: Category, provenance?: Provenance, doc?: string) =>
  Array.from({ length: n }, (_, i) => tiny(`${category}-${provenance ?? 'teacher'}-${doc ?? 'team1b'}-${i}`, category, provenance, doc));

describe('estimateCost', () => {
  describe('when the dataset is 800 examples of 15 tokens', () => {
    it('charges dataset tokens × epochs × the price per million tokens', () => {
      expect(countTokens(tiny('x', 'factual_recall').messages)).toBe(15);
      const cost = estimateCost(many(800, 'factual_recall'), 3, 2.8);
      // 800 × 15 = 12,000 tokens; × 3 epochs = 36,000 tokens; × $2.80 / 1,000,000 = $0.1008.
      expect(cost).toMatchObject({ datasetTokens: 12_000, epochs: 3, trainingTokens: 36_000, pricePerMTok: 2.8 });
      expect(cost.usd).toBeCloseTo(0.1008, 10);
    });
  });

  describe('when the epochs double', () => {
    it('doubles the training tokens and the price', () => {
      const examples = many(100, 'race_strategy');
      const three = estimateCost(examples, 3, 2.8);
      const six = estimateCost(examples, 6, 2.8);
      expect(six.trainingTokens).toBe(2 * three.trainingTokens);
      expect(six.usd).toBeCloseTo(2 * three.usd, 10);
    });
  });

  describe('when there are no examples', () => {
    it('costs nothing', () => {
      expect(estimateCost([], 3, 2.8)).toEqual({ datasetTokens: 0, epochs: 3, trainingTokens: 0, pricePerMTok: 2.8, usd: 0 });
    });
  });
});

describe('statsMarkdown', () => {
  // Train: 1,000 examples of 15 tokens. Eval: 50 workout_programming + 50 RAG-augmented.
  const train = [
    ...many(600, 'workout_programming'),
    ...many(250, 'factual_recall', 'gold', 'team5'),
    ...many(150, 'race_strategy', 'engine', 'team1b'),
  ];
  const rag: Example[] = Array.from({ length: 50 }, (_, i) => ({
    ...tiny(`rag-${i}`, 'rag_augmented', 'teacher', 'team1c'),
    messages: [
      { role: 'system', content: ragSystem('The sled push is 50 m.') },
      { role: 'user', content: 'Hi' },
      { role: 'assistant', content: 'Hi' },
    ],
  }));
  const evalSet = [...many(50, 'workout_programming', 'teacher', 'team7'), ...rag];
  const md = statsMarkdown({
    kept: [...train, ...evalSet],
    train,
    eval: evalSet,
    candidates: 1144,
    rejected: { near_duplicate: 12, answer_length: 30, standards: 2 },
    epochs: 3,
    pricePerMTok: 2.8,
  });
  const lines = md.split('\n');

  describe('when given a built dataset', () => {
    it('states the kept, candidate, train and eval counts', () => {
      expect(lines).toContain('- examples kept: **1100** of 1144 candidates (train 1000, eval 100)');
    });

    it('counts the RAG-augmented examples by their knowledge block', () => {
      expect(lines).toContain('- RAG-augmented (a real chunk under "Relevant knowledge:"): 50 (4.5 %)');
    });

    it('counts every category with its share, zero rows included', () => {
      expect(lines).toEqual(
        expect.arrayContaining([
          '| workout_programming | 650 | 59.1 % |',
          '| factual_recall | 250 | 22.7 % |',
          '| race_strategy | 150 | 13.6 % |',
          '| rag_augmented | 50 | 4.5 % |',
          '| coaching_judgment | 0 | 0.0 % |',
          '| multi_turn | 0 | 0.0 % |',
        ]),
      );
    });

    it('lists the rejections by rule, most first', () => {
      const at = (row: string) => lines.indexOf(row);
      expect(at('| answer_length | 30 |')).toBeGreaterThan(lines.indexOf('## Rejected by the quality filters'));
      expect(at('| near_duplicate | 12 |')).toBe(at('| answer_length | 30 |') + 1);
      expect(at('| standards | 2 |')).toBe(at('| near_duplicate | 12 |') + 1);
    });

    it('prices the train set only: 15,000 tokens × 3 epochs × $2.80/M', () => {
      expect(lines).toContain('- training cost: 15,000 train tokens × 3 epochs = 45,000 tokens × $2.80/M = **$0.13**');
    });

    it('counts examples by provenance and by research document', () => {
      expect(lines).toEqual(
        expect.arrayContaining(['| teacher | 700 |', '| gold | 250 |', '| engine | 150 |', '| team1b | 750 |', '| team5 | 250 |']),
      );
    });
  });

  describe('when nothing was rejected', () => {
    it('says so in the rejection table', () => {
      const clean = statsMarkdown({ kept: train, train, eval: [], candidates: 1000, rejected: {}, epochs: 3, pricePerMTok: 2.8 });
      expect(clean.split('\n')).toContain('| (none) | 0 |');
    });
  });
});
