import { describe, expect, it } from 'vitest';
import { jobRequest } from './job.js';

describe('jobRequest', () => {
  it('sends the build plan configuration in Nebius field names, every hyperparameter explicit', () => {
    const r = jobRequest({
      provider: 'nebius',
      baseModel: 'meta-llama/Llama-3.3-70B-Instruct',
      suffix: 'hyrox-coach-v1',
      epochs: 3,
      trainingFile: 'file-1',
      validationFile: 'file-2',
    });
    expect(r.path).toBe('/fine_tuning/jobs');
    expect(r.body).toMatchObject({
      model: 'meta-llama/Llama-3.3-70B-Instruct',
      training_file: 'file-1',
      validation_file: 'file-2',
      suffix: 'hyrox-coach-v1',
      hyperparameters: { n_epochs: 3, lora: true, lora_r: 16, lora_alpha: 32, context_length: 8192 },
    });
  });
  it('maps the same job to Together and OpenAI field names', () => {
    const spec = { baseModel: 'b', suffix: 's', epochs: 3, trainingFile: 'f' };
    expect(jobRequest({ ...spec, provider: 'together' })).toMatchObject({
      path: '/fine-tunes',
      body: { n_epochs: 3, training_type: { type: 'Lora', lora_r: 16, lora_alpha: 32 } },
    });
    expect(jobRequest({ ...spec, provider: 'openai', warmStartFrom: 'ft:prev' }).body).toMatchObject({
      model: 'ft:prev',
      method: { type: 'supervised', supervised: { hyperparameters: { n_epochs: 3 } } },
    });
    expect(() => jobRequest({ ...spec, provider: 'nebius', warmStartFrom: 'x' })).toThrow(/Hugging Face checkpoint/);
  });
});
