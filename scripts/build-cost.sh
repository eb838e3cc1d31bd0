#!/usr/bin/env bash
# What the #[webhooks] macro adds to a build (issue 6, item 2). Prints Markdown.
#
#   bash scripts/build-cost.sh [runs]        (default 3 runs; the minimum is reported)
#
# 1. Time for the generator to expand latest.json: the codegen `expand`
#    example, built in debug (what a proc macro gets by default) and in release
#    (what `[profile.dev.build-override] opt-level = 3` gives it).
# 2. Generated lines of code per schema revision (prettyplease-formatted).
# 3. `cargo build` of a small crate using the macro, against the same crate
#    with the expanded code written out as a plain .rs file, both in a
#    throwaway workspace (path dependency on runtime/); then the macro crate
#    again with build-override opt-level 3. Cold = empty target dir;
#    clean = `cargo clean -p <crate>` then build (dependencies built);
#    edit = one line of the crate changed, incremental rebuild.
#
# Env: PLAIN_SCHEMAS_DIR (default schemas/plain, filled by schemas/sync.sh),
# BUILD_COST_DIR (scratch dir, default a new mktemp -d, removed at exit),
# CARGO_TARGET_DIR (for the example builds, default target/).
set -euo pipefail
export CARGO_TERM_COLOR=never
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
schemas="${PLAIN_SCHEMAS_DIR:-$root/schemas/plain}"
schemas="$(cd "$schemas" && pwd)"
if [ ! -f "$schemas/latest.json" ]; then
  echo "build-cost: no $schemas/latest.json; run: bash schemas/sync.sh" >&2
  exit 1
fi
runs="${1:-3}"
target="${CARGO_TARGET_DIR:-$root/target}"
if [ -n "${BUILD_COST_DIR:-}" ]; then
  work="$BUILD_COST_DIR"
  mkdir -p "$work"
else
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
fi

ms_now() { echo $(($(date +%s%N) / 1000000)); }
# Runs a command quietly; prints its wall time in ms. Output goes to $work/last.log.
timed() {
  local start end
  start=$(ms_now)
  if ! "$@" >"$work/last.log" 2>&1; then
    echo "build-cost: failed: $*" >&2
    tail -30 "$work/last.log" >&2
    exit 1
  fi
  end=$(ms_now)
  echo $((end - start))
}
min_of() { printf '%s\n' "$@" | sort -n | head -1; }
secs() { awk -v ms="$1" 'BEGIN { printf "%.2f s", ms / 1000 }'; }
# "generated in 566.88386ms" (Rust Duration Debug) -> milliseconds.
expand_ms() {
  sed -n 's/^generated in //p' "$1" | awk '
    /ms$/ { sub(/ms$/, ""); printf "%.1f", $0; exit }
    /µs$/ { sub(/µs$/, ""); printf "%.3f", $0 / 1000; exit }
    /ns$/ { sub(/ns$/, ""); printf "%.6f", $0 / 1000000; exit }
    /s$/  { sub(/s$/, "");  printf "%.1f", $0 * 1000; exit }'
}

echo "# Build cost of the #[webhooks] macro"
echo
echo "- date: $(date -u +%Y-%m-%dT%H:%MZ); $(rustc --version)"
echo "- machine: $(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -1), $(nproc) cores"
echo "- load at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "- runs per figure: $runs (minimum reported)"
echo

# --- 1. expansion time --------------------------------------------------------
cd "$root"
CARGO_TARGET_DIR="$target" cargo build -q --locked -p plain_webhooks_codegen --example expand
CARGO_TARGET_DIR="$target" cargo build -q --locked --release -p plain_webhooks_codegen --example expand
debug_bin="$target/debug/examples/expand"
release_bin="$target/release/examples/expand"

echo "## Expanding latest.json (the generator alone)"
echo
echo "| generator built | min | all runs (ms) |"
echo "|---|---|---|"
for kind in debug release; do
  bin="$debug_bin"
  [ "$kind" = release ] && bin="$release_bin"
  times=()
  for _ in $(seq "$runs"); do
    "$bin" "$schemas/latest.json" >"$work/expanded.rs" 2>"$work/expand.err"
    times+=("$(expand_ms "$work/expand.err")")
  done
  label="debug (opt-level 0: a proc macro's default)"
  [ "$kind" = release ] && label="release (opt-level 3: with build-override)"
  echo "| $label | $(min_of "${times[@]}") ms | ${times[*]} |"
done
echo

# --- 2. generated lines per revision -----------------------------------------
echo "## Generated code per schema revision"
echo
echo "| schema | event types | lines | KiB | expansion (release) |"
echo "|---|---|---|---|---|"
files=("$schemas/latest.json")
for f in "$schemas"/history/*.json; do
  [ -e "$f" ] && files+=("$f")
done
for f in "${files[@]}"; do
  rel="${f#"$schemas"/}"
  "$release_bin" "$f" >"$work/rev.rs" 2>"$work/rev.err"
  lines=$(wc -l <"$work/rev.rs")
  kib=$(awk -v b="$(wc -c <"$work/rev.rs")" 'BEGIN { printf "%.0f", b / 1024 }')
  events=$(awk '/^pub const EVENT_TYPES/,/^\];/' "$work/rev.rs" | grep -c '^    "' || true)
  echo "| $rel | $events | $lines | $kib | $(expand_ms "$work/rev.err") ms |"
done
echo

# --- 3. a crate using the macro vs the expanded code ---------------------------
ws="$work/ws"
mkdir -p "$ws/with-macro/src" "$ws/expanded/src"
cat >"$ws/Cargo.toml" <<EOF
[workspace]
resolver = "2"
members = ["with-macro", "expanded"]
EOF
for name in with-macro expanded; do
  cat >"$ws/$name/Cargo.toml" <<EOF
[package]
name = "bc-$name"
version = "0.0.0"
edition = "2021"
publish = false

[dependencies]
plain-webhooks = { path = "$root/runtime" }
EOF
done
printf '#[plain_webhooks::webhooks(schema = "%s")]\npub mod plain {}\n' \
  "$schemas/latest.json" >"$ws/with-macro/src/lib.rs"
{
  echo "#[allow(missing_docs, clippy::all)]"
  echo "pub mod plain {"
  "$debug_bin" "$schemas/latest.json" 2>/dev/null
  echo "}"
} >"$ws/expanded/src/lib.rs"
# Same dependency versions as the project.
cp "$root/Cargo.lock" "$ws/Cargo.lock"

# measure <variant> <crate> : prints "cold clean edit" in ms.
measure() {
  local variant="$1" crate="$2" cold clean=() edit=()
  local tdir="$work/target-$variant"
  local env=(env "CARGO_TARGET_DIR=$tdir")
  if [ "$variant" = opt3 ]; then
    env+=("CARGO_PROFILE_DEV_BUILD_OVERRIDE_OPT_LEVEL=3")
  fi
  cd "$ws"
  if [ -d "$tdir" ]; then
    cold="-"
  else
    cold=$(timed "${env[@]}" cargo build -p "bc-$crate")
  fi
  for _ in $(seq "$runs"); do
    "${env[@]}" cargo clean -q -p "bc-$crate"
    clean+=("$(timed "${env[@]}" cargo build -p "bc-$crate")")
  done
  for i in $(seq "$runs"); do
    echo "// edit $i" >>"$ws/$crate/src/lib.rs"
    edit+=("$(timed "${env[@]}" cargo build -p "bc-$crate")")
  done
  echo "$cold $(min_of "${clean[@]}") $(min_of "${edit[@]}")"
}

echo "## cargo build of a small crate (dev profile)"
echo
echo "The crate is \`pub mod plain {}\` with the macro on latest.json, or the same"
echo "module expanded into a .rs file ($(wc -l <"$ws/expanded/src/lib.rs") lines)."
echo
echo "| crate | profile | cold (all deps) | clean (crate only) | edit + rebuild |"
echo "|---|---|---|---|---|"
row() {
  local label="$1" profile="$2" cold clean edit
  read -r cold clean edit
  [ "$cold" != "-" ] && cold=$(secs "$cold")
  echo "| $label | $profile | $cold | $(secs "$clean") | $(secs "$edit") |"
}
measure dev with-macro | row "with the macro" "dev"
measure dev expanded | row "expanded .rs" "dev"
measure opt3 with-macro | row "with the macro" "dev + build-override opt-level 3"
measure opt3 expanded | row "expanded .rs" "dev + build-override opt-level 3"
echo
echo "- load at end: $(cut -d' ' -f1-3 /proc/loadavg)"
