import { describe, expect, it } from 'vitest';
import { PermanentJobError, type JobInfo } from '../queue/job-queue.js';
import { COACH_JOB } from '../queue/jobs.js';
import type { WorkerContext } from './deliver.js';
import { createProcessor } from './processor.js';

// A context whose every part throws if touched: a job refused at the door reaches none of them.
const untouchable = new Proxy(
  {},
  {
    get: (_t, key) => {
      throw new Error(`touched ctx.${String(key)}`);
    },
  },
) as WorkerContext;
const job: JobInfo = { id: 'coach-1', name: COACH_JOB, attemptsMade: 0, finalAttempt: false, queuedAtMs: 0 };

describe('createProcessor', () => {
  describe('when a job cannot be run', () => {
    it('fails an unknown job name for good, touching nothing', async () => {
      await expect(createProcessor(untouchable)('send-newsletter', {}, job)).rejects.toThrow(new PermanentJobError('unknown job send-newsletter'));
    });
    it('fails a payload that does not fit for good, touching nothing', async () => {
      await expect(createProcessor(untouchable)(COACH_JOB, { interactionId: 'abc' }, job)).rejects.toThrow(PermanentJobError);
    });
  });
});
