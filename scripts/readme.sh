#!/usr/bin/env bash
# The README's code, built and run as a user would: its ```toml block and
# its ```rust blocks, in order, become a crate of their own outside the
# workspace (Cargo.toml, src/main.rs), with schemas/plain/latest.json
# beside them. It must build with no warnings; then its receiver is run
# the README's way ("Try your receiver") and what the README says of it
# is checked.
#
#   bash scripts/readme.sh [path|packaged]
#
# path (default): the crates come from this repository's folders.
# packaged: from `cargo package` of the published crates (codegen, macros,
#   runtime, samples, cli), unpacked: what a crates.io user would get.
#
# Env: README_CRATE_DIR (the crate's folder; default target/readme/crate),
# PLAIN_WEBHOOKS_BIN (the command; default: built from cli/).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mode="${1:-path}"
target="$root/target"
crate="${README_CRATE_DIR:-$target/readme/crate}"

fail() {
  echo "readme: $*" >&2
  exit 1
}

case "$mode" in
  path)
    declare -A sources=(
      [plain-webhooks]="$root/runtime"
      [plain_webhooks_macros]="$root/macros"
      [plain_webhooks_codegen]="$root/codegen"
    )
    ;;
  packaged)
    echo "== readme: cargo package (codegen, macros, runtime, samples, cli)"
    cargo package --locked --no-verify -q \
      -p plain_webhooks_codegen -p plain_webhooks_macros -p plain-webhooks \
      -p plain-webhooks-samples -p plain-webhooks-cli
    unpacked="$target/readme/packaged"
    rm -rf "$unpacked"
    mkdir -p "$unpacked"
    version="$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n1)"
    declare -A sources=()
    for name in plain_webhooks_codegen plain_webhooks_macros plain-webhooks; do
      tar -xzf "$target/package/$name-$version.crate" -C "$unpacked"
      sources[$name]="$unpacked/$name-$version"
    done
    ;;
  *) fail "unknown mode $mode (path or packaged)" ;;
esac

# The blocks, in order; a block's fence is the only thing that names it.
blocks() {
  awk -v lang="$1" '
    $0 == "```" lang { inside = 1; next }
    /^```/ { if (inside) { inside = 0; print "" } ; next }
    inside { print }
  ' README.md
}

rm -rf "$crate"
mkdir -p "$crate/src" "$crate/schemas/plain"
{
  printf '[package]\nname = "readme-receiver"\nversion = "0.0.0"\nedition = "2021"\npublish = false\n\n'
  blocks toml
  printf '\n[patch.crates-io]\n'
  for name in "${!sources[@]}"; do
    printf '%s = { path = "%s" }\n' "$name" "${sources[$name]}"
  done
  # Not part of any workspace.
  printf '\n[workspace]\n'
} >"$crate/Cargo.toml"
blocks rust >"$crate/src/main.rs"
[ -s "$crate/src/main.rs" ] || fail "the README has no rust block"
cp schemas/plain/latest.json "$crate/schemas/plain/latest.json"
# The workspace's versions of every crate they share.
cp Cargo.lock "$crate/Cargo.lock"

echo "== readme: building the README's crate ($mode) in $crate"
# In the workspace's target folder, with the workspace's dev profile, so
# that the dependencies built there already are not built again. Warnings in
# the README's code are errors.
(cd "$crate" && CARGO_TARGET_DIR="$target" cargo \
  --config 'profile.dev.debug="line-tables-only"' --config 'profile.dev.package."*".debug=false' \
  rustc -q --bin readme-receiver -- -D warnings) ||
  fail "the README's code does not build: see above ($crate)"
bin="$target/debug/readme-receiver"

if [ -z "${PLAIN_WEBHOOKS_BIN:-}" ]; then
  cargo build --locked -q -p plain-webhooks-cli --bin plain-webhooks
  PLAIN_WEBHOOKS_BIN="$target/debug/plain-webhooks"
fi
cli="$PLAIN_WEBHOOKS_BIN"

echo "== readme: a missing or blank secret stops the receiver, naming the variable"
for value in unset "" "   "; do
  # As a user runs it: no backtrace asked for.
  set -- env -u RUST_BACKTRACE -u RUST_LIB_BACKTRACE
  if [ "$value" = unset ]; then
    set -- "$@" -u PLAIN_WEBHOOK_SECRET
  else
    set -- "$@" PLAIN_WEBHOOK_SECRET="$value"
  fi
  out="$("$@" "$bin" 2>&1)" &&
    fail "it started with PLAIN_WEBHOOK_SECRET $value"
  grep -q "^Error: PLAIN_WEBHOOK_SECRET" <<<"$out" || fail "its message does not name the variable: $out"
  echo "   \"$value\": $out"
done

echo "== readme: Try your receiver"
log="$(mktemp)"
NO_COLOR=1 PLAIN_WEBHOOK_SECRET=try-it "$bin" >"$log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -f "$log"' EXIT
url="http://127.0.0.1:8080/webhooks/plain"
for _ in $(seq 1 100); do
  (exec 3<>/dev/tcp/127.0.0.1/8080) 2>/dev/null && break
  kill -0 "$pid" 2>/dev/null || { cat "$log"; fail "the receiver stopped"; }
  sleep 0.1
done

send() {
  "$cli" send --url "$url" --secret try-it "$@" 2>&1 || true
}
said="$("$cli" sample customer.customer_updated --schema schemas/plain/latest.json | send -)"
echo "   $said"
grep -q -- "-> 200 OK: handled" <<<"$said" || fail "the sample was not handled"
sample="$("$cli" sample customer.customer_updated --schema schemas/plain/latest.json)"
said="$(send - <<<"$sample")"
grep -q -- "-> 200 OK: handled before" <<<"$said" || fail "the same body again: $said"
echo "   again: $said"

documented=schemas/plain/examples/customer-updated.unversioned.json
for restamp in "" --restamp; do
  said="$(send $restamp "$documented")"
  echo "   Plain's example ${restamp:-as is}: $said"
  grep -q -- "-> 422 Unprocessable Entity: .*the body has none: it predates versioned webhook targets; \`VersionPolicy::Any\`" <<<"$said" ||
    fail "Plain's documented example ${restamp:-as is}"
done

sleep 0.2
grep -q "customer updated" "$log" || { cat "$log"; fail "the handler's line is not in the receiver's log"; }
grep -q "WARN" "$log" || { cat "$log"; fail "refusals are not logged"; }
echo "   the receiver logged: $(grep -m1 "customer updated" "$log")"
echo "== readme: passed ($mode)"
