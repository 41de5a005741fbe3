import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { MemoryRateLimiter, RedisRateLimiter, type RateLimiter } from '../../src/queue/rate-limiter.js';
import { TEST_REDIS_URL, uniquePrefix, wipePrefix } from '../support/redis.js';

const prefix = uniquePrefix();
afterAll(async () => {
  await wipePrefix(prefix);
});

describe.each([
  ['in memory', () => new MemoryRateLimiter(3, 60)],
  ['on Redis (shared by every bot process)', () => new RedisRateLimiter(TEST_REDIS_URL, 3, 60, prefix)],
] as [string, () => RateLimiter][])('rate limiter %s', (_name, make) => {
  it('allows the limit per user per window, then says how long to wait', async () => {
    const rl = make();
    try {
      const user = `user-${Math.random()}`;
      const results = [];
      for (let i = 0; i < 4; i++) results.push(await rl.hit(user));
      expect(results.slice(0, 3).every((r) => r.allowed)).toBe(true);
      expect(results[3]!.allowed).toBe(false);
      expect(results[3]!.retryAfterSec).toBeGreaterThan(0);
      expect(results[3]!.retryAfterSec).toBeLessThanOrEqual(60);
      expect((await rl.hit(`other-${Math.random()}`)).allowed).toBe(true);
    } finally {
      await rl.close();
    }
  });

  it('counts hits that arrive at the same moment one by one (a burst)', async () => {
    const rl = make();
    try {
      const user = `burst-${Math.random()}`;
      const other = `burst-other-${Math.random()}`;
      const results = await Promise.all([user, user, other, user, user, user].map((u) => rl.hit(u)));
      expect(results.map((r) => r.allowed)).toEqual([true, true, true, true, false, false]);
    } finally {
      await rl.close();
    }
  });
});

describe('rate limiter on Redis', () => {
  it('counts one budget across bot processes, and the window ends (the key expires)', async () => {
    const a = new RedisRateLimiter(TEST_REDIS_URL, 2, 60, prefix);
    const b = new RedisRateLimiter(TEST_REDIS_URL, 2, 60, prefix);
    const redis = new Redis(TEST_REDIS_URL);
    try {
      const user = `shared-${Math.random()}`;
      expect((await a.hit(user)).allowed).toBe(true);
      expect((await b.hit(user)).allowed).toBe(true);
      expect(await a.hit(user)).toMatchObject({ allowed: false });
      const ttl = await redis.ttl(`${prefix}:${user}`);
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(60);
    } finally {
      await a.close();
      await b.close();
      redis.disconnect();
    }
  });
});
