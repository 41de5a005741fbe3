import { Redis } from 'ioredis';
import { TransientError } from '../errors.js';
import { perTurnBatch } from './turn-batch.js';

export interface RateDecision {
  allowed: boolean;
  retryAfterSec: number;
}

/** Per-user limit on /coach questions: `limit` per `windowSec`, fixed windows. */
export interface RateLimiter {
  hit(key: string): Promise<RateDecision>;
  close(): Promise<void>;
}

/**
 * One atomic round trip per hit: INCR, TTL, and EXPIRE when the key is new (a window starts).
 * Returns [count, seconds left in the window].
 */
const HIT_SCRIPT = `
local n = redis.call('INCR', KEYS[1])
local ttl = redis.call('TTL', KEYS[1])
if ttl < 0 then
  redis.call('EXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return {n, ttl}`;

type HitPipeline = ReturnType<Redis['pipeline']> & { rateHit(key: string, windowSec: number): unknown };

/**
 * Shared across every bot process through Redis (INCR + EXPIRE on one key per user and window),
 * in one scripted call per hit; the hits of one event-loop turn go out as one pipeline. /coach
 * waits for it right after its deferral, so during a burst every extra round trip (a write and a
 * read on the bot's one thread) delays the acknowledgement of the interactions behind it.
 */
export class RedisRateLimiter implements RateLimiter {
  private readonly redis: Redis;
  private readonly hits: (key: string) => Promise<[number, number]>;
  constructor(
    redisUrl: string,
    private readonly limit: number,
    private readonly windowSec: number,
    private readonly prefix = 'hyrox:rl',
  ) {
    this.redis = new Redis(redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2000 });
    this.redis.defineCommand('rateHit', { numberOfKeys: 1, lua: HIT_SCRIPT });
    this.redis.on('error', () => {
      /* surfaced per call */
    });
    this.hits = perTurnBatch(async (keys: string[]) => {
      await this.ready();
      const pipeline = this.redis.pipeline() as HitPipeline;
      for (const key of keys) pipeline.rateHit(key, this.windowSec);
      const results = (await pipeline.exec()) ?? [];
      return keys.map((_, i): PromiseSettledResult<[number, number]> => {
        const [error, value] = results[i] ?? [new Error('no reply')];
        return error ? { status: 'rejected', reason: error } : { status: 'fulfilled', value: value as [number, number] };
      });
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
    try {
      const [count, ttl] = await this.hits(`${this.prefix}:${key}`);
      return { allowed: count <= this.limit, retryAfterSec: count <= this.limit ? 0 : Math.max(1, ttl) };
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
