import { Redis } from 'ioredis';

/**
 * The Redis suites run against a real Redis (TEST_REDIS_URL, default redis://127.0.0.1:6379).
 * Under CI=true an unreachable Redis is a failure, not a skip.
 */
export default async function setup(): Promise<void> {
  const url = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1, retryStrategy: () => null });
  try {
    await redis.connect();
    const pong = await redis.ping();
    if (pong !== 'PONG') throw new Error(`unexpected PING reply ${pong}`);
  } catch (error) {
    throw new Error(
      `Redis is not reachable at ${url} (${(error as Error).message}). Start it with: redis-server --daemonize yes --port 6379 --save "" --appendonly no`,
      { cause: error },
    );
  } finally {
    redis.disconnect();
  }
}
