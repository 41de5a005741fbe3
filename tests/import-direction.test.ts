import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The one direction of the house: main → worker → discord/commands → coach → queue/retrieval →
 * db → domain. A file may import its own layer or a lower one, never a higher one; the tools
 * (ingest, training, bench) sit on top and src/ never imports them or tests/.
 */
const LAYERS: [number, RegExp][] = [
  [0, /^src\/(domain\/|config\.ts$|errors\.ts$|log\.ts$)/],
  [1, /^src\/db\//],
  [2, /^src\/(queue|retrieval)\//],
  [3, /^src\/(coach\/|charts\/|plan\/|team\/|context\.ts$)/],
  [4, /^(src\/discord|commands)\//],
  [5, /^src\/worker\//],
  [6, /^src\/main\//],
  [7, /^src\/cli\//],
  [8, /^(ingest|training)\//],
  [9, /^(bench|tests)\//],
];

const ROOT = path.resolve(import.meta.dirname, '..');
const SOURCE_DIRS = ['src', 'commands', 'ingest', 'training', 'bench', 'tests'];

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) return sourceFiles(rel);
    return rel.endsWith('.ts') && !rel.endsWith('.d.ts') ? [rel] : [];
  });
}

export function layerOf(file: string): number | undefined {
  return LAYERS.find(([, re]) => re.test(file))?.[0];
}

/** Relative imports of a file (static, dynamic, re-exports, type-only), as repository paths. */
export function importsOf(file: string, text: string): string[] {
  const specs = [
    ...text.matchAll(/^\s*(?:import|export)\s[^;]*?\sfrom\s*['"]([^'"]+)['"]/gms),
    ...text.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm),
    ...text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
  ]
    .map((m) => m[1]!)
    .filter((s) => s.startsWith('.'));
  return specs.map((s) => path.posix.normalize(path.posix.join(path.posix.dirname(file), s)).replace(/\.js$/, '.ts'));
}

const isTest = (f: string) => f.endsWith('.test.ts') || f.startsWith('tests/');
const files = SOURCE_DIRS.flatMap((d) => sourceFiles(d));
const graph = new Map(files.filter((f) => !isTest(f)).map((f) => [f, importsOf(f, readFileSync(path.join(ROOT, f), 'utf8'))]));

describe('the import graph', () => {
  it('puts every source file in a layer', () => {
    expect([...graph.keys()].filter((f) => layerOf(f) === undefined)).toEqual([]);
  });

  it('has no import running back up a layer', () => {
    const wrong = [...graph].flatMap(([from, tos]) => tos.filter((to) => (layerOf(to) ?? 99) > layerOf(from)!).map((to) => `${from} → ${to}`));
    expect(wrong).toEqual([]);
  });

  it('has no cycle', () => {
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (f: string, trail: string[]) => {
      if (state.get(f) === 'done') return;
      if (state.get(f) === 'open') {
        cycles.push([...trail.slice(trail.indexOf(f)), f].join(' → '));
        return;
      }
      state.set(f, 'open');
      for (const to of graph.get(f) ?? []) visit(to, [...trail, f]);
      state.set(f, 'done');
    };
    for (const f of graph.keys()) visit(f, []);
    expect(cycles).toEqual([]);
  });

  describe('when a file imports upwards or in a circle', () => {
    it('reads static, dynamic, type-only and re-exported imports', () => {
      const text =
        "import type { A } from '../db/a.js';\nexport { b } from './b.js';\nimport {\n  d,\n} from 'zod';\nimport './side.js';\nconst c = await import('../../tests/support/c.js');\nconst u = new URL('../../supabase/x', import.meta.url);";
      expect(importsOf('src/coach/x.ts', text)).toEqual(['src/db/a.ts', 'src/coach/b.ts', 'src/coach/side.ts', 'tests/support/c.ts']);
    });
    it('ranks product code below tests and bench', () => {
      expect(layerOf('src/db/workouts.ts')).toBeLessThan(layerOf('src/coach/answer.ts')!);
      expect(layerOf('src/main/runtime.ts')).toBeLessThan(layerOf('bench/index.ts')!);
      expect(layerOf('src/domain/standards.ts')).toBe(0);
    });
  });
});
