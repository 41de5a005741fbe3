import { describe, expect, it } from 'vitest';
import { InProcessQueue } from './in-process-queue.js';
import { checkPayload, PermanentJobError } from './job-queue.js';
import { CHECKIN_JOB, COACH_JOB, coachJobId, JOB_SCHEMAS, THREAD_JOB, threadJobId, type Jobs } from './jobs.js';

const coach: Jobs[typeof COACH_JOB] = {
  interactionId: '1200000000000000001',
  token: 'aW50ZXJhY3Rpb24',
  applicationId: '1100000000000000001',
  userId: '1300000000000000001',
  displayName: 'Ana',
  guildId: null,
  channelId: '1400000000000000001',
  question: 'How should I pace my 1 km runs?',
  missing: [],
};

describe('job ids', () => {
  it('are never all digits and carry no colon (BullMQ rejects both)', () => {
    expect(coachJobId('1200000000000000001')).toBe('coach-1200000000000000001');
    expect(threadJobId('1500000000000000001')).toBe('thread-1500000000000000001');
  });
});

describe('checkPayload', () => {
  it('returns a payload that fits its job', () => {
    expect(checkPayload(JOB_SCHEMAS, COACH_JOB, coach)).toEqual(coach);
    expect(checkPayload(JOB_SCHEMAS, CHECKIN_JOB, {})).toEqual({});
  });

  describe('when the payload cannot be run', () => {
    it('names the bad fields, as a permanent error', () => {
      const bad = () => checkPayload(JOB_SCHEMAS, THREAD_JOB, { messageId: 'x', content: '' });
      expect(bad).toThrow(PermanentJobError);
      expect(bad).toThrow(/^bad thread-followup payload: messageId, threadId, guildId, userId, displayName, content$/);
    });
    it('refuses a job name nothing handles', () => {
      expect(() => checkPayload(JOB_SCHEMAS, 'send-newsletter', {})).toThrow(new PermanentJobError('unknown job send-newsletter'));
    });
  });
});

describe('a queue with the job schemas', () => {
  it('refuses a bad payload at enqueue, before anything runs', async () => {
    let ran = 0;
    const queue = new InProcessQueue<Jobs>(
      async () => {
        ran += 1;
      },
      { concurrency: 1, schemas: JOB_SCHEMAS },
    );
    await expect(queue.add(COACH_JOB, { ...coach, question: '' }, { jobId: 'coach-bad' })).rejects.toThrow(/bad coach-answer payload: question/);
    expect(await queue.add(COACH_JOB, coach, { jobId: coachJobId(coach.interactionId) })).toEqual({ added: true });
    await queue.close();
    expect(ran).toBe(1);
  });
});
