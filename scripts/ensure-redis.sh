#!/usr/bin/env bash
# Used by `npm test`: make sure a Redis answers on 127.0.0.1:6379 (the BullMQ and end-to-end
# suites use the real thing). Starts a throwaway, non-persistent one if it is installed but down.
set -u
url_port=6379
if redis-cli -h 127.0.0.1 -p "$url_port" ping >/dev/null 2>&1; then exit 0; fi
if command -v redis-server >/dev/null 2>&1; then
  mkdir -p /tmp/hyrox-test-redis
  redis-server --daemonize yes --bind 127.0.0.1 --port "$url_port" --save "" --appendonly no \
    --dir /tmp/hyrox-test-redis --logfile /tmp/hyrox-test-redis/redis.log >/dev/null
  for _ in $(seq 1 50); do redis-cli -h 127.0.0.1 -p "$url_port" ping >/dev/null 2>&1 && exit 0; sleep 0.2; done
fi
echo "Redis is not running on 127.0.0.1:$url_port and could not be started; install it (apt-get install redis-server) — the queue tests need it." >&2
exit 0
