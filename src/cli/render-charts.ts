import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sampleCharts } from '../charts/samples.js';
import { runMain, type CliIo } from '../main/cli-kit.js';

const HELP = `npm run charts:samples -- [--out DIR]

Renders the four charts from fixed example data: weekly-load.png (/log), weekly-load-race.png
(/profile show), benchmark-history.png (/benchmark) and team.png (/team). Default DIR: docs/charts.
The golden-image tests compare against the same renders in tests/fixtures/charts
(--out tests/fixtures/charts refreshes them after an intended change).`;

export async function main(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { out: { type: 'string', default: 'docs/charts' }, help: { type: 'boolean', short: 'h', default: false } },
  });
  if (values.help) {
    io.stdout.write(`${HELP}\n`);
    return 0;
  }
  mkdirSync(values.out, { recursive: true });
  const charts = Object.entries(sampleCharts());
  for (const [name, c] of charts) {
    writeFileSync(path.join(values.out, name), c.png);
    io.stdout.write(`${path.join(values.out, name)}  ${(c.png.length / 1024).toFixed(1)} KB\n`);
  }
  io.stdout.write(`${charts.length} charts written\n`);
  return 0;
}

runMain(import.meta.url, main);
