import { runMain, type CliIo } from './cli-kit.js';
import { loadConfig, redact } from '../config.js';
import { startBot } from './runtime.js';

export async function main(argv: string[], io: CliIo): Promise<number> {
  const config = loadConfig(io.env);
  const bot = await startBot(config);
  bot.ctx.log.info({ config: redact(config) }, 'configuration');
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  bot.ctx.log.info('shutting down');
  await bot.close();
  return 0;
}

runMain(import.meta.url, main);
