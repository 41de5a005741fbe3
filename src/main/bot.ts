import { runMain } from '../cli/cli-kit.js';
import { loadConfig, readEnvironment, redact } from '../config.js';
import { startBot } from '../discord/runtime.js';

runMain(async () => {
  const config = loadConfig(readEnvironment());
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
});
