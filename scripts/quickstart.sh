#!/usr/bin/env bash
# The quickstart: syncs Plain's schemas, builds and starts the example
# receiver, sends it Plain's documented `customer.customer_updated` example,
# signed, and shows what the handler printed. Then stops the receiver.
#
#   bash scripts/quickstart.sh [BODY.json]
#
# The body defaults to Plain's documented example in ../shared/fixtures (or
# $PLAIN_FIXTURES_DIR), else to the project's own example body.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash schemas/sync.sh

echo "== building the example receiver and sender (the first build takes a few minutes)"
cargo build --locked -q -p plain-webhooks-example --bins

fixtures="${PLAIN_FIXTURES_DIR:-../shared/fixtures}"
body="${1:-}"
if [[ -z "$body" ]]; then
  if [[ -f "$fixtures/customer-updated.unversioned.json" ]]; then
    body="$fixtures/customer-updated.unversioned.json"
  else
    body="examples/receiver/bodies/customer-updated.json"
    echo "(Plain's documented example is not in $fixtures: sending the project's own example body)"
  fi
fi

log="$(mktemp)"
# Port 0: any free port, so a busy 8787 does not stop the quickstart.
PLAIN_RECEIVER_ADDR="${PLAIN_RECEIVER_ADDR:-127.0.0.1:0}" \
  cargo run --locked -q -p plain-webhooks-example --bin receiver -- --dev >"$log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -f "$log"' EXIT

url=""
for _ in $(seq 1 300); do
  url="$(sed -n 's/^receiver: listening on //p' "$log" | head -n1)"
  [[ -n "$url" ]] && break
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "the receiver stopped:"; cat "$log"; exit 1
  fi
  sleep 0.1
done
if [[ -z "$url" ]]; then
  echo "the receiver did not start within 30 s:"; cat "$log"; exit 1
fi

echo "== sending $body to $url"
status=0
cargo run --locked -q -p plain-webhooks-example --bin send -- --url "$url" "$body" || status=$?
sleep 0.3

echo "== the receiver's output"
cat "$log"
echo
echo "Next: run the receiver yourself (cargo run -p plain-webhooks-example --bin receiver -- --dev)"
echo "and send it bodies (cargo run -p plain-webhooks-example --bin send -- FILE.json)."
exit "$status"
