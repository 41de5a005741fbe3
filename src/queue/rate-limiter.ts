import { Redis } from 'ioredis';
import { TransientError } from '../errors.js';

export interface RateDecision {
  allowed: boolean;
  retryAfterSec: number;
}

/** Per-user limit on /coach questions: `limit` per `windowSec`, fixed windows. */
export interface RateLimiter {
  hit(key: string): Promise<RateDecision>;
  close(): Promise<void>;
}

/** Shared across every bot process through Redis (INCR + EXPIRE on one key per user and window). */
export class RedisRateLimiter implements RateLimiter {
  private readonly redis: Redis;
  constructor(
    redisUrl: string,
    private readonly limit: number,
    private readonly windowSec: number,
    private readonly prefix = 'hyrox:rl',
  ) {
    this.redis = new Redis(redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2000 });
    this.redis.on('error', () => {
      /* surfaced per call */
    });
  }

  private async ready(): Promise<void> {
    if (this.redis.status === 'ready') return;
    // Commands are not queued while offline (fail fast), so wait briefly for the first connect.
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('Redis not ready')), 2000);
      this.redis.once('ready', () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  async hit(key: string): Promise<RateDecision> {
    const k = `${this.prefix}:${key}`;
    try {
      await this.ready();
      const [[, count], [, ttl]] = (await this.redis.multi().incr(k).ttl(k).exec()) as [[null, number], [null, number]];
      if (ttl < 0) await this.redis.expire(k, this.windowSec);
      return { allowed: count <= this.limit, retryAfterSec: count <= this.limit ? 0 : Math.max(1, ttl < 0 ? this.windowSec : ttl) };
    } catch (error) {
      throw new TransientError('rate limiter unavailable', { cause: error });
    }
  }

  async close() {
    this.redis.disconnect();
  }
}

/** The single-process default. */
export class MemoryRateLimiter implements RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();
  constructor(
    private readonly limit: number,
    private readonly windowSec: number,
    private readonly now: () => number = Date.now,
  ) {}

  async hit(key: string): Promise<RateDecision> {
    const t = this.now();
    const w = this.windows.get(key);
    if (!w || t - w.start >= this.windowSec * 1000) {
      this.windows.set(key, { start: t, count: 1 });
      return { allowed: this.limit >= 1, retryAfterSec: 0 };
    }
    w.count += 1;
    const allowed = w.count <= this.limit;
    return { allowed, retryAfterSec: allowed ? 0 : Math.max(1, Math.ceil((w.start + this.windowSec * 1000 - t) / 1000)) };
  }

  async close() {
    this.windows.clear();
  }
}
