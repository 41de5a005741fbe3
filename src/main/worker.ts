import { runMain } from '../cli/cli-kit.js';
import { loadConfig, readEnvironment } from '../config.js';
import { startWorker } from '../discord/runtime.js';

runMain(async () => {
  const worker = await startWorker(loadConfig(readEnvironment()));
  await new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
  worker.ctx.log.info('closing: finishing active jobs');
  await worker.close();
  return 0;
});
