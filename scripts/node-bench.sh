#!/usr/bin/env bash
# The Node side of issue 6's comparison: JSON.parse + a precompiled Ajv
# validator on Plain's raw latest.json, and Plain's official SDK, on the same
# bodies as the Rust benches. Prints Markdown. Needs node >= 18 and npm.
#
#   bash scripts/node-bench.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root/benches/node"
if [ -f package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error >&2
else
  npm install --no-audit --no-fund --loglevel=error >&2
fi
echo "- load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
node bench.mjs
echo "- load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
