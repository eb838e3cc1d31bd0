#!/usr/bin/env bash
# What the #[webhooks] macro costs a user's build. Prints Markdown.
#
#   bash scripts/build-cost.sh [runs]          (default 3; the minimum is reported)
#   BASELINE=/path/to/other/checkout bash scripts/build-cost.sh
#                                              (the same figures for another
#                                              checkout too, in the same run)
#
# For each checkout: the generator's time to expand latest.json (its `expand`
# example, debug and release), the generated lines per schema revision, and
# `cargo build` (dev profile) of two layouts of a small user workspace:
#   one crate  = `pub mod plain {}` with the macro on latest.json, and a
#                handler implementing `plain::Handler` beside it;
#   split      = the module alone in crate `model`, the handler in crate `app`
#                that depends on it.
# Cold = empty target dir; clean = `cargo clean -p <crate>` then build (the
# dependencies built); edit = one line of the handler changed, then rebuild.
#
# EVENTS='"customer.customer_updated", "thread.thread_created"' gives the
# macro (and the generator) that `events` list: the same figures for a module
# that handles only those event types.
#
# Env: BUILD_COST_DIR (scratch dir, default a new mktemp -d, removed at exit).
set -euo pipefail
export CARGO_TERM_COLOR=never
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
schemas="$root/schemas/plain"
runs="${1:-3}"
events="${EVENTS:-}"
expand_args=()
attr_events=""
if [ -n "$events" ]; then
  expand_args=(--events "$(echo "$events" | tr -d '" ')")
  attr_events=", events = [$events]"
fi
name=build-cost
# shellcheck source=scripts/lib/cost.sh
source "$root/scripts/lib/cost.sh"
# "generated in 566.88386ms" (Rust Duration Debug) -> milliseconds.
expand_ms() {
  sed -n 's/^generated in //p' "$1" | awk '
    /ms$/ { sub(/ms$/, ""); printf "%.1f", $0; exit }
    /µs$/ { sub(/µs$/, ""); printf "%.3f", $0 / 1000; exit }
    /s$/  { sub(/s$/, "");  printf "%.1f", $0 * 1000; exit }'
}

header
echo

# The handler both layouts use; `$1` is the line that the edit changes.
handler() {
  cat <<EOF
pub struct Spam;

impl plain::Handler for Spam {
    type Error = std::convert::Infallible;

    async fn on_customer_updated(
        &self,
        _ctx: &plain::Context,
        ev: plain::CustomerUpdatedPublicEventPayload,
    ) -> Result<(), Self::Error> {
        $1
        Ok(())
    }
}
EOF
}

# measure <checkout> <label>: prints the table rows for one checkout.
measure() {
  local checkout="$1" label="$2" tdir="$work/target-$2"
  local ws="$work/ws-$label"
  (cd "$checkout" && CARGO_TARGET_DIR="$tdir" cargo build -q --locked -p plain_webhooks_codegen --example expand \
    && CARGO_TARGET_DIR="$tdir" cargo build -q --locked --release -p plain_webhooks_codegen --example expand)
  local debug=() release=()
  for _ in $(seq "$runs"); do
    "$tdir/debug/examples/expand" "$schemas/latest.json" "${expand_args[@]}" >"$work/$label.rs" 2>"$work/expand.err"
    debug+=("$(expand_ms "$work/expand.err")")
    "$tdir/release/examples/expand" "$schemas/latest.json" "${expand_args[@]}" >/dev/null 2>"$work/expand.err"
    release+=("$(expand_ms "$work/expand.err")")
  done
  echo "$label|expand|$(min_of "${debug[@]}") ms|$(min_of "${release[@]}") ms" >>"$work/rows"
  for f in "$schemas/latest.json" "$schemas"/history/*.json; do
    [ -e "$f" ] || continue
    "$tdir/release/examples/expand" "$f" "${expand_args[@]}" >"$work/rev.rs" 2>/dev/null
    echo "$label|lines|${f#"$schemas"/}|$(wc -l <"$work/rev.rs")" >>"$work/rows"
  done

  mkdir -p "$ws/one/src" "$ws/model/src" "$ws/app/src"
  cat >"$ws/Cargo.toml" <<EOF
[workspace]
resolver = "2"
members = ["one", "model", "app"]
EOF
  for name in one model app; do
    {
      printf '[package]\nname = "bc-%s"\nversion = "0.0.0"\nedition = "2021"\npublish = false\n\n[dependencies]\n' "$name"
      echo "plain-webhooks = { path = \"$checkout/runtime\" }"
      [ "$name" = app ] && echo 'bc-model = { path = "../model" }'
    } >"$ws/$name/Cargo.toml"
  done
  local module
  module="$(printf '#[plain_webhooks::webhooks(schema = "%s"%s)]\npub mod plain {}\n' "$schemas/latest.json" "$attr_events")"
  { echo "$module"; handler 'println!("{}", ev.customer.full_name);'; } >"$ws/one/src/lib.rs"
  echo "$module" >"$ws/model/src/lib.rs"
  { echo "use bc_model::plain;"; handler 'println!("{}", ev.customer.full_name);'; } >"$ws/app/src/lib.rs"
  cp "$checkout/Cargo.lock" "$ws/Cargo.lock"

  cd "$ws"
  local t="$work/target-ws-$label" cold clean=() one=() split=()
  cold=$(timed env CARGO_TARGET_DIR="$t" cargo build -p bc-one)
  for _ in $(seq "$runs"); do
    CARGO_TARGET_DIR="$t" cargo clean -q -p bc-one
    clean+=("$(timed env CARGO_TARGET_DIR="$t" cargo build -p bc-one)")
  done
  timed env CARGO_TARGET_DIR="$t" cargo build -p bc-app >/dev/null
  for i in $(seq "$runs"); do
    { echo "$module"; handler "println!(\"{} $i\", ev.customer.full_name);"; } >"$ws/one/src/lib.rs"
    one+=("$(timed env CARGO_TARGET_DIR="$t" cargo build -p bc-one)")
    { echo "use bc_model::plain;"; handler "println!(\"{} $i\", ev.customer.full_name);"; } >"$ws/app/src/lib.rs"
    split+=("$(timed env CARGO_TARGET_DIR="$t" cargo build -p bc-app)")
  done
  cd "$root"
  echo "$label|build|$(secs "$cold")|$(secs "$(min_of "${clean[@]}")")|$(secs "$(min_of "${one[@]}")")|$(secs "$(min_of "${split[@]}")")" >>"$work/rows"
}

: >"$work/rows"
labels=(this)
measure "$root" this
if [ -n "${BASELINE:-}" ]; then
  measure "$(cd "$BASELINE" && pwd)" baseline
  labels+=(baseline)
  echo "- baseline: $BASELINE at $(git -C "$BASELINE" rev-parse --short HEAD); this: $(git -C "$root" rev-parse --short HEAD)"
else
  echo "- this: $(git -C "$root" rev-parse --short HEAD)"
fi
[ -n "$events" ] && echo "- events: [$events]"
echo "- load at end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo

echo "| checkout | expand latest.json (debug generator) | (release generator) | generated lines, latest.json | cold build, one crate | clean build, one crate | handler edit, one crate | handler edit, split |"
echo "|---|---|---|---|---|---|---|---|"
for l in "${labels[@]}"; do
  e=$(grep "^$l|expand|" "$work/rows" | cut -d'|' -f3-4)
  lines=$(grep "^$l|lines|latest.json|" "$work/rows" | cut -d'|' -f4)
  b=$(grep "^$l|build|" "$work/rows" | cut -d'|' -f3- | sed 's/|/ | /g')
  echo "| $l | ${e%|*} | ${e#*|} | $lines | $b |"
done
echo
echo "| schema | $(printf '%s lines | ' "${labels[@]}")"
echo "|---|$(printf -- '---|%.0s' "${labels[@]}")"
grep "^this|lines|" "$work/rows" | cut -d'|' -f3 | while read -r rev; do
  row="| $rev |"
  for l in "${labels[@]}"; do
    row="$row $(grep "^$l|lines|$rev|" "$work/rows" | cut -d'|' -f4) |"
  done
  echo "$row"
done
