import { InProcessQueue } from '../../src/queue/in-process-queue.js';
import { jobQueueContract } from './job-queue.contract.js';

jobQueueContract('in process', async (process, onFailed) => {
  const queue = new InProcessQueue(process, { concurrency: 4, onFailed, backoffMs: 50 });
  return { queue, close: () => queue.close() };
});
