import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { UserError } from '../src/errors.js';
import { CATEGORIES, type Example } from './example.js';

const GoldLine = z.object({
  id: z.string().min(1),
  category: z.enum(CATEGORIES),
  source_doc: z.string().min(1),
  messages: z.array(z.object({ role: z.enum(['system', 'user', 'assistant']), content: z.string() })).min(2),
});

/** The team's curated examples: training/gold/*.jsonl, each line { id, category, source_doc, messages }. */
export function loadGold(dir: string): Example[] {
  const out: Example[] = [];
  if (!existsSync(dir)) return out;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    readFileSync(path.join(dir, file), 'utf8').split('\n').forEach((raw, i) => {
      if (!raw.trim()) return;
      let parsed;
      try {
        parsed = GoldLine.safeParse(JSON.parse(raw));
      } catch {
        throw new UserError('dataset_invalid', `${file}:${i + 1} is not valid JSON`);
      }
      if (!parsed.success) throw new UserError('dataset_invalid', `${file}:${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join('.')} ${x.message}`).join('; ')}`);
      out.push({ ...parsed.data, provenance: 'gold' });
    });
  }
  return out;
}
