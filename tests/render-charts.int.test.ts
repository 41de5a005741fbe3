import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/render-charts.js';
import { runInProcess } from './support/cli.js';

describe('npm run charts:samples', () => {
  it('writes the four README pictures, each under 150 KB', async () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'hx-charts-'));
    try {
      const r = await runInProcess(main, ['--out', out], {});
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/4 charts written\n$/);
      const files = readdirSync(out).sort();
      expect(files).toEqual(['benchmark-history.png', 'team.png', 'weekly-load-race.png', 'weekly-load.png']);
      for (const f of files) expect(statSync(path.join(out, f)).size).toBeLessThan(150 * 1024);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
