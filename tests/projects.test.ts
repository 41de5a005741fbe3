import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../vitest.config.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const SKIP = new Set(['node_modules', '.git', '.data']);

function testFiles(dir = ''): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = dir ? `${dir}/${e.name}` : e.name;
    if (e.isDirectory()) return SKIP.has(e.name) ? [] : testFiles(rel);
    return rel.endsWith('.test.ts') ? [rel] : [];
  });
}

// path.matchesGlob is the same minimatch-style globbing vitest applies to include/exclude.
const matches = (file: string, globs: string[] = []) => globs.some((g) => path.matchesGlob(file, g));

describe('vitest projects', () => {
  const projects = (config.test?.projects ?? []) as { test: { name: string; include: string[]; exclude?: string[] } }[];

  it('are unit, integration, integration-redis, slow and security', () => {
    expect(projects.map((p) => p.test.name)).toEqual(['unit', 'integration', 'integration-redis', 'slow', 'security']);
  });

  it('take every test file in the tree exactly once', () => {
    const files = testFiles();
    expect(files.length).toBeGreaterThan(30);
    const homes = files.map((f) => ({
      f,
      in: projects.filter((p) => matches(f, p.test.include) && !matches(f, p.test.exclude)).map((p) => p.test.name),
    }));
    expect(homes.filter((h) => h.in.length !== 1)).toEqual([]);
  });

  it('sort files by name and folder', () => {
    const home = (f: string) => projects.find((p) => matches(f, p.test.include) && !matches(f, p.test.exclude))?.test.name;
    expect(home('src/coach/engines/pacing.test.ts')).toBe('unit');
    expect(home('src/db/workouts.int.test.ts')).toBe('integration');
    expect(home('tests/contracts/db.contract.test.ts')).toBe('integration');
    expect(home('tests/e2e/coach.e2e.test.ts')).toBe('integration-redis');
    expect(home('training/build.slow.test.ts')).toBe('slow');
    expect(home('tests/security/rls.security.test.ts')).toBe('security');
  });

  it('keep the Redis files apart (they share one server with the slow project): each under its own key prefix, none empties the database', () => {
    const redis = projects.find((p) => p.test.name === 'integration-redis')!;
    const files = testFiles().filter((f) => matches(f, redis.test.include) && !matches(f, redis.test.exclude));
    expect(files.length).toBeGreaterThan(5);
    const text = (f: string) => readFileSync(path.join(ROOT, f), 'utf8');
    // startStack takes a fresh prefix for its queue, rate limiter and workers, and deletes only that prefix.
    expect(files.filter((f) => !/\b(startStack|uniquePrefix)\(/.test(text(f)))).toEqual([]);
    const everything = [...testFiles(), ...readdirSync(path.join(ROOT, 'tests/support')).map((f) => `tests/support/${f}`)];
    expect(everything.filter((f) => f !== 'tests/projects.test.ts' && /flushall|flushdb/i.test(text(f)))).toEqual([]);
  });
});
