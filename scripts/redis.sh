#!/usr/bin/env bash
# A throwaway Redis server on loopback for the tests that need one
# (deduplication across replicas). Installs Debian's redis-server when it is
# missing (as root), starts it without persistence, waits until it answers,
# and prints the line to export:
#
#   eval "$(bash scripts/redis.sh)"    # sets PLAIN_WEBHOOKS_REDIS_URL
#   bash scripts/redis.sh stop
#
# Env: PLAIN_WEBHOOKS_REDIS_PORT (default 6399).
set -euo pipefail
port="${PLAIN_WEBHOOKS_REDIS_PORT:-6399}"
dir="${TMPDIR:-/tmp}/plain-webhooks-redis-$port"

if [ "${1:-}" = stop ]; then
  redis-cli -p "$port" shutdown nosave >/dev/null 2>&1 || true
  rm -rf "$dir"
  exit 0
fi

if ! command -v redis-server >/dev/null; then
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
    echo "redis.sh: redis-server is not installed; install it (Debian: apt-get install redis-server)" >&2
    exit 1
  fi
  echo "redis.sh: installing redis-server from Debian's packages" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -q redis-server >&2 || { apt-get update -q >&2 && apt-get install -y -q redis-server >&2; }
fi

if ! redis-cli -p "$port" ping >/dev/null 2>&1; then
  mkdir -p "$dir"
  redis-server --port "$port" --bind 127.0.0.1 --save '' --appendonly no \
    --dir "$dir" --logfile "$dir/redis.log" --daemonize yes >&2
  for _ in $(seq 1 50); do
    redis-cli -p "$port" ping >/dev/null 2>&1 && break
    sleep 0.1
  done
  if ! redis-cli -p "$port" ping >/dev/null 2>&1; then
    echo "redis.sh: redis-server did not answer on 127.0.0.1:$port; its log:" >&2
    cat "$dir/redis.log" >&2 || true
    exit 1
  fi
fi
echo "export PLAIN_WEBHOOKS_REDIS_URL=redis://127.0.0.1:$port/"
