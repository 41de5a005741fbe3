import { runMain, type CliIo } from './cli-kit.js';
import { loadConfig } from '../config.js';
import { startWorker } from './runtime.js';

export async function main(argv: string[], io: CliIo): Promise<number> {
  const worker = await startWorker(loadConfig(io.env));
  await new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
  worker.ctx.log.info('closing: finishing active jobs');
  await worker.close();
  return 0;
}

runMain(import.meta.url, main);
