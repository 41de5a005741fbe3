import { createLogger } from '../../src/log.js';
import { BullMQQueue, startBullMQWorker } from '../../src/queue/bullmq-queue.js';
import { jobQueueContract } from '../contracts/job-queue.contract.js';
import { TEST_REDIS_URL, uniquePrefix, wipePrefix } from '../support/redis.js';

jobQueueContract('BullMQ on Redis', async (process, onFailed) => {
  const prefix = uniquePrefix();
  const queue = new BullMQQueue(TEST_REDIS_URL, 'coach', { prefix, backoffMs: 50 });
  const worker = startBullMQWorker({ redisUrl: TEST_REDIS_URL, prefix, process, onFailed, concurrency: 4, log: createLogger('silent') });
  await worker.waitUntilReady();
  return {
    queue,
    async close() {
      await worker.close();
      await queue.close();
      await wipePrefix(prefix);
    },
  };
});
