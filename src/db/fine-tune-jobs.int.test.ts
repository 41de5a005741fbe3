import { describe, expect, it } from 'vitest';
import { useRepositoryDb } from '../../tests/support/repository-db.js';
import type { Db } from './db.js';
import { insertJob, registerModel, registeredModel, updateJobStatus } from './fine-tune-jobs.js';

let db: Db;
useRepositoryDb((d) => (db = d));

describe('fine-tune jobs', () => {
  it('registers only a succeeded job with a model, and the newest registered model wins', async () => {
    await insertJob(db, {
      provider: 'nebius',
      jobId: 'ftjob-1',
      baseModel: 'meta-llama/Llama-3.3-70B-Instruct',
      suffix: 'hyrox-coach-v1',
      datasetHash: 'abcdef123456',
      status: 'queued',
    });
    expect(await registerModel(db, 'nebius', 'ftjob-1')).toBeUndefined();
    await updateJobStatus(db, 'nebius', 'ftjob-1', { status: 'succeeded', resultModel: 'llama-lora:hyrox-coach-v1' });
    expect((await registerModel(db, 'nebius', 'ftjob-1'))?.registeredAt).not.toBeNull();
    expect(await registeredModel(db)).toBe('llama-lora:hyrox-coach-v1');
  });
});
