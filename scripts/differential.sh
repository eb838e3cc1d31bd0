#!/usr/bin/env bash
# Differential test, larger than CI's: every revision of Plain's schema,
# generated and mutated bodies judged by the generated parser and by the
# `jsonschema` crate (tests/revisions/tests/differential.rs), in release mode.
#
#   scripts/differential.sh [cases-per-revision] [seed]
#
# Defaults: 5000 cases per revision, a seed drawn from the clock (printed, so
# that a failing run can be repeated). Prints a line per revision and the
# totals: cases, valid, invalid, agreements, deliberate disagreements.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

cases="${1:-${PLAIN_DIFF_CASES:-5000}}"
seed="${2:-${PLAIN_DIFF_SEED:-$(date +%s)}}"
case "$cases$seed" in
  *[!0-9]*) echo "usage: $0 [cases-per-revision] [seed] (both non-negative integers)" >&2; exit 2 ;;
esac

echo "== differential: $cases cases per revision, seed $seed (release build)"
export PLAIN_DIFF_CASES="$cases" PLAIN_DIFF_SEED="$seed"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
set +e
cargo test --locked --release -p plain-webhooks-revisions --test differential \
  -- --nocapture 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
echo "== summary (seed $seed; rerun: $0 $cases $seed)"
grep -E '^differential (TOTAL|deliberate|kinds)' "$log" || echo "no totals: the test did not run to its end"
exit "$status"
