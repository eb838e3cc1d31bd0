#!/usr/bin/env bash
# The quickstart: builds the example receiver and the `plain-webhooks`
# command, starts the receiver with a signing secret of its own, sends it a
# sample body (`plain-webhooks sample … | plain-webhooks send … -`) and
# Plain's documented example, and shows what the handler printed. Then
# stops the receiver.
#
#   bash scripts/quickstart.sh [EVENT_TYPE]    # default customer.customer_updated
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
event_type="${1:-customer.customer_updated}"

echo "== building the example receiver and the plain-webhooks command (the first build takes a few minutes)"
cargo build --locked -q -p plain-webhooks-example --bin receiver -p plain-webhooks-cli --bin plain-webhooks
receiver=target/debug/receiver
cli=target/debug/plain-webhooks

# A secret for this run only; the receiver and `send` must share it.
secret="quickstart-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
log="$(mktemp)"
# Port 0: any free port, so a busy 8787 does not stop the quickstart.
PLAIN_WEBHOOK_SECRET="$secret" PLAIN_RECEIVER_ADDR=127.0.0.1:0 NO_COLOR=1 "$receiver" >"$log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -f "$log"' EXIT

url=""
for _ in $(seq 1 100); do
  url="$(sed -n 's/^receiver: listening on //p' "$log" | head -n1)"
  [[ -n "$url" ]] && break
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "the receiver stopped:"; cat "$log"; exit 1
  fi
  sleep 0.1
done
if [[ -z "$url" ]]; then
  echo "the receiver did not start within 10 s:"; cat "$log"; exit 1
fi

status=0
echo "== plain-webhooks sample $event_type | plain-webhooks send --url $url -"
"$cli" sample "$event_type" --schema schemas/plain/latest.json |
  "$cli" send --url "$url" --secret "$secret" - || status=$?
documented=schemas/plain/examples/customer-updated.unversioned.json
echo "== plain-webhooks send --restamp $documented (Plain's documented example, from 2023)"
"$cli" send --url "$url" --secret "$secret" --restamp "$documented" || status=$?
sleep 0.3

echo "== the receiver's output"
cat "$log"
echo
cat <<EOF
Next:
  - run the receiver yourself: PLAIN_WEBHOOK_SECRET=... cargo run -p plain-webhooks-example --bin receiver
    (it listens on 127.0.0.1:8787; see examples/receiver/src/main.rs for its settings);
  - send it other events: $cli sample thread.thread_created --schema schemas/plain/latest.json \\
      | $cli send --url http://127.0.0.1:8787/webhooks/plain --secret ... -
  - write your own receiver: the README's "A receiver" and "Try your receiver".
EOF
exit "$status"
