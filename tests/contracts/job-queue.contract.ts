import { afterEach, describe, expect, it } from 'vitest';
import type { FailedHook, JobQueue, Processor } from '../../src/queue/job-queue.js';
import { PermanentJobError } from '../../src/queue/job-queue.js';

export type QueueFactory = (process: Processor, onFailed: FailedHook) => Promise<{ queue: JobQueue; close(): Promise<void> }>;

/** Waits until check() is true, polling; fails after timeoutMs. */
export async function until(check: () => boolean, timeoutMs = 15_000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Polls an async value until it satisfies ok(); fails after timeoutMs. */
export async function untilValue<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() - start > timeoutMs) throw new Error(`condition not met in time (last: ${JSON.stringify(value)})`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The JobQueue contract, registered once per implementation (BullMQ on Redis, in process). */
export function jobQueueContract(name: string, factory: QueueFactory) {
  describe(`JobQueue contract: ${name}`, () => {
    let cleanup: (() => Promise<void>) | undefined;
    afterEach(async () => {
      await cleanup?.();
      cleanup = undefined;
    });

    it('runs a job with its payload', async () => {
      const seen: unknown[] = [];
      const { queue, close } = await factory(
        async (n, data) => {
          seen.push([n, data]);
        },
        async () => undefined,
      );
      cleanup = close;
      expect(await queue.add('coach-answer', { q: 'pace?' }, { jobId: 'coach-1' })).toEqual({ added: true });
      await until(() => seen.length === 1);
      expect(seen).toEqual([['coach-answer', { q: 'pace?' }]]);
    });

    describe('when jobs wait behind a running one', () => {
      it('reports the depth: one active, the rest waiting or delayed, a failure counted once', async () => {
        let release!: () => void;
        const gate = new Promise<void>((r) => {
          release = r;
        });
        let started = 0;
        const { queue, close } = await factory(
          async (n) => {
            if (n === 'boom') throw new PermanentJobError('bad payload');
            started += 1;
            await gate;
          },
          async () => undefined,
        );
        cleanup = close;
        expect(await queue.depth()).toMatchObject({ waiting: 0, active: 0 });
        await queue.add('boom', {}, { jobId: 'depth-boom' });
        for (let i = 0; i < 6; i += 1) await queue.add('coach-answer', {}, { jobId: `depth-${i}` });
        await until(() => started >= 1);
        const d = await untilValue(
          () => queue.depth(),
          (x) => x.failed === 1 && x.active + x.waiting + x.delayed === 6,
        );
        expect(d.active).toBeGreaterThanOrEqual(1);
        expect(d.active).toBeLessThanOrEqual(4);
        expect(d.oldestWaitingMs).toBeGreaterThanOrEqual(0);
        release();
        await until(() => started === 6);
      });
    });

    describe('when the same job id is added twice', () => {
      it('runs it once and reports the duplicate', async () => {
        let runs = 0;
        const { queue, close } = await factory(
          async () => {
            runs += 1;
          },
          async () => undefined,
        );
        cleanup = close;
        const a = await queue.add('coach-answer', {}, { jobId: 'coach-dup' });
        await until(() => runs === 1);
        const b = await queue.add('coach-answer', {}, { jobId: 'coach-dup' });
        await new Promise((r) => setTimeout(r, 300));
        expect([a.added, b.added, runs]).toEqual([true, false, 1]);
      });

      it('runs it once when both adds come at the same moment, among others (a redelivery during a burst)', async () => {
        const seen: unknown[] = [];
        const { queue, close } = await factory(
          async (_n, data) => {
            seen.push(data);
          },
          async () => undefined,
        );
        cleanup = close;
        const results = await Promise.all([
          queue.add('coach-answer', { n: 1 }, { jobId: 'burst-1' }),
          queue.add('coach-answer', { n: 2 }, { jobId: 'burst-2' }),
          queue.add('coach-answer', { n: 1 }, { jobId: 'burst-1' }),
          queue.add('coach-answer', { n: 3 }, { jobId: 'burst-3' }),
        ]);
        await until(() => seen.length === 3);
        await new Promise((r) => setTimeout(r, 300));
        expect(results.map((r) => r.added)).toEqual([true, true, false, true]);
        expect(seen).toHaveLength(3);
        expect(seen).toEqual(expect.arrayContaining([{ n: 1 }, { n: 2 }, { n: 3 }]));
      });
    });

    describe('when a job fails transiently', () => {
      it('retries it with backoff until it succeeds', async () => {
        const attempts: number[] = [];
        const { queue, close } = await factory(
          async (_n, _d, job) => {
            attempts.push(job.attemptsMade);
            if (attempts.length < 3) throw new Error('database timeout');
          },
          async () => undefined,
        );
        cleanup = close;
        await queue.add('coach-answer', {}, { jobId: 'coach-retry' });
        await until(() => attempts.length === 3);
        expect(attempts).toEqual([0, 1, 2]);
      });
    });

    describe('when a job keeps failing', () => {
      it('calls the failed hook once, after the last attempt', async () => {
        let attempts = 0;
        const failures: string[] = [];
        const { queue, close } = await factory(
          async () => {
            attempts += 1;
            throw new Error('still down');
          },
          async (_n, _d, job, e) => {
            failures.push(`${job.id}:${e.message}`);
          },
        );
        cleanup = close;
        await queue.add('coach-answer', {}, { jobId: 'coach-fail' });
        await until(() => failures.length === 1);
        expect(attempts).toBe(3);
        expect(failures).toEqual(['coach-fail:still down']);
      });
    });

    describe('when a job has a permanent error', () => {
      it('does not retry it', async () => {
        let attempts = 0;
        const failures: string[] = [];
        const { queue, close } = await factory(
          async () => {
            attempts += 1;
            throw new PermanentJobError('bad payload');
          },
          async (_n, _d, _j, e) => {
            failures.push(e.message);
          },
        );
        cleanup = close;
        await queue.add('coach-answer', {}, { jobId: 'coach-perm' });
        await until(() => failures.length === 1);
        await new Promise((r) => setTimeout(r, 300));
        expect(attempts).toBe(1);
        expect(failures).toEqual(['bad payload']);
      });
    });

    it('tells the processor when the job was queued', async () => {
      const queued: number[] = [];
      const { queue, close } = await factory(
        async (_n, _d, job) => {
          queued.push(job.queuedAtMs);
        },
        async () => undefined,
      );
      cleanup = close;
      const before = Date.now();
      await queue.add('coach-answer', {}, { jobId: 'coach-when', delayMs: 100 });
      const after = Date.now();
      await until(() => queued.length === 1);
      expect(queued[0]).toBeGreaterThanOrEqual(before - 50);
      expect(queued[0]).toBeLessThanOrEqual(after + 50);
    });

    describe("when a member's jobs are removed", () => {
      it("drops their queued jobs and their finished records, and keeps other members' jobs", async () => {
        const ran: string[] = [];
        const failed: string[] = [];
        const { queue, close } = await factory(
          async (_n, data) => {
            const d = data as { tag: string };
            ran.push(d.tag);
            if (d.tag.endsWith('failed')) throw new PermanentJobError('no');
          },
          async (_n, _d, job) => {
            failed.push(job.id);
          },
        );
        cleanup = close;
        await queue.add('coach-answer', { userId: 'x', tag: 'x-done' }, { jobId: 'coach-x-done' });
        await queue.add('coach-answer', { userId: 'y', tag: 'y-done' }, { jobId: 'coach-y-done' });
        await until(() => ran.length === 2);
        await queue.add('coach-answer', { userId: 'x', tag: 'x-failed' }, { jobId: 'coach-x-failed' });
        await until(() => failed.length === 1);
        await queue.add('coach-answer', { userId: 'x', tag: 'x-later' }, { jobId: 'coach-x-later', delayMs: 400 });
        await queue.add('coach-answer', { userId: 'y', tag: 'y-later' }, { jobId: 'coach-y-later', delayMs: 400 });
        expect(await queue.removeUserJobs('x')).toBe(3);
        await until(() => ran.includes('y-later'));
        expect(ran).not.toContain('x-later');
        // A removed job's record is gone, so its id is new again; another member's is kept.
        expect((await queue.add('coach-answer', { userId: 'x', tag: 'x-again' }, { jobId: 'coach-x-done' })).added).toBe(true);
        expect((await queue.add('coach-answer', { userId: 'x', tag: 'x-again' }, { jobId: 'coach-x-failed' })).added).toBe(true);
        expect((await queue.add('coach-answer', { userId: 'y', tag: 'y-again' }, { jobId: 'coach-y-done' })).added).toBe(false);
      });
    });

    it('runs a scheduled job repeatedly', async () => {
      let runs = 0;
      const { queue, close } = await factory(
        async (n) => {
          if (n === 'checkin-sweep') runs += 1;
        },
        async () => undefined,
      );
      cleanup = close;
      await queue.schedule('checkins', 200, 'checkin-sweep', {});
      await until(() => runs >= 2, 10_000);
      expect(runs).toBeGreaterThanOrEqual(2);
    });
  });
}
