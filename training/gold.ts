import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { UserError } from '../src/errors.js';
import { CATEGORIES, type Example } from './example.js';
import { GoldContext } from './gold-context.js';

export { GoldContext } from './gold-context.js';

const GoldLine = z.object({
  id: z.string().min(1),
  category: z.enum(CATEGORIES),
  source_doc: z.string().min(1),
  messages: z.array(z.object({ role: z.enum(['system', 'user', 'assistant']), content: z.string() })).min(2),
  context: GoldContext.optional(),
});

/** One file of written examples, each line { id, category, source_doc, messages, context? }. */
export function loadGoldFile(file: string): Example[] {
  const out: Example[] = [];
  const name = path.basename(file);
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((raw, i) => {
      if (!raw.trim()) return;
      let parsed;
      try {
        parsed = GoldLine.safeParse(JSON.parse(raw));
      } catch {
        throw new UserError('dataset_invalid', `${name}:${i + 1} is not valid JSON`);
      }
      if (!parsed.success)
        throw new UserError('dataset_invalid', `${name}:${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join('.')} ${x.message}`).join('; ')}`);
      out.push({ ...parsed.data, provenance: 'gold' });
    });
  return out;
}

/** The team's curated examples: every training/gold/*.jsonl. */
export function loadGold(dir: string): Example[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) => loadGoldFile(path.join(dir, f)));
}

/** Whether a JSONL text is in the authoring format (lines with id and category) rather than provider lines. */
export function isGoldText(text: string): boolean {
  const first = text.split('\n').find((l) => l.trim());
  try {
    const o = first ? (JSON.parse(first) as Record<string, unknown>) : {};
    return typeof o.id === 'string' && typeof o.category === 'string';
  } catch {
    return false;
  }
}
