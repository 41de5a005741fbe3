import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from './index.js';

describe('command registry', () => {
  it('lists every command file once, each named after its file', () => {
    const files = readdirSync(new URL('.', import.meta.url))
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'index.ts')
      .map((f) => f.replace(/\.ts$/, ''))
      .sort();
    expect(COMMANDS.map((c) => c.data.name).sort()).toEqual(files);
    expect(new Set(COMMANDS.map((c) => c.data.name)).size).toBe(COMMANDS.length);
    expect(COMMANDS.map((c) => c.data.name)).toEqual(['coach', 'log', 'benchmark', 'profile', 'plan', 'team']);
  });
  it('gives every option limits or choices so Discord rejects bad input first', () => {
    for (const c of COMMANDS) {
      const json = c.data.toJSON();
      expect(json.description.length).toBeLessThanOrEqual(100);
      const options = (json.options ?? []).flatMap((o) => ('options' in o && o.options ? o.options : [o])) as {
        type: number;
        name: string;
        min_value?: number;
        max_value?: number;
        max_length?: number;
        choices?: unknown[];
      }[];
      for (const o of options) {
        if (o.type === 4 || o.type === 10)
          expect({ name: o.name, ok: o.min_value !== undefined && o.max_value !== undefined }).toEqual({ name: o.name, ok: true });
        if (o.type === 3)
          expect({ name: o.name, ok: o.max_length !== undefined || (o.choices?.length ?? 0) > 0 }).toEqual({ name: o.name, ok: true });
      }
    }
  });
});
