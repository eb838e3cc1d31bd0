#!/usr/bin/env bash
# Builds the cargo-fuzz targets in fuzz/ and runs each for a bounded time,
# then prints executions and crashes per target.
#
#   scripts/fuzz.sh [target ...]          (default: parse verify_signature handle)
#
# Environment:
#   FUZZ_SECONDS      seconds per target (default 60)
#   FUZZ_SEED_COUNT   bodies drawn from the sample generator per seed run (default 300)
#   FUZZ_SEED         the sample generator's seed (default 1)
#   FUZZ_MAX_LEN      libFuzzer -max_len in bytes (default 65536)
#   FUZZ_ARGS         extra libFuzzer arguments, e.g. "-jobs=2 -workers=2"
#
# Needs cargo-fuzz (`cargo install cargo-fuzz --locked`). On a stable
# toolchain the nightly-only flags are allowed with RUSTC_BOOTSTRAP=1.
# Corpora live in fuzz/corpus/<target> and findings in fuzz/artifacts/<target>
# (both git-ignored); the corpora grow from run to run.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

seconds="${FUZZ_SECONDS:-60}"
seed_count="${FUZZ_SEED_COUNT:-300}"
seed="${FUZZ_SEED:-1}"
max_len="${FUZZ_MAX_LEN:-65536}"
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(parse verify_signature handle)

if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "fuzz: cargo-fuzz is missing: cargo install cargo-fuzz --locked" >&2
  exit 1
fi
if ! rustc --version | grep -q nightly; then
  export RUSTC_BOOTSTRAP=1
fi
fixture="$root/schemas/plain/examples/customer-updated.unversioned.json"
secret="whsec_fuzz" # the handle target's secret

# Raw seed bodies: Plain's documented example and, when the sample generator
# exists, valid and mutated bodies drawn from the latest schema.
bodies="$root/fuzz/corpus/.bodies"
rm -rf "$bodies"
mkdir -p "$bodies"
if [ -f "$fixture" ]; then
  cp "$fixture" "$bodies/fixture-customer-updated.json"
else
  echo "fuzz: no fixture at $fixture" >&2
fi
if [ -f samples/examples/corpus.rs ]; then
  echo "== drawing $seed_count sample bodies (seed $seed)"
  cargo run --quiet --release -p plain-webhooks-samples --example corpus -- \
    schemas/plain/latest.json "$bodies" "$seed_count" "$seed" ||
    echo "fuzz: the sample generator failed; seeding from the fixture only" >&2
else
  echo "fuzz: no sample generator (samples/examples/corpus.rs); seeding from the fixture only"
fi

# Each target reads its input its own way (see fuzz/fuzz_targets/*.rs).
seed_corpus() {
  local target="$1" dir="$root/fuzz/corpus/$1" f name sig
  mkdir -p "$dir"
  for f in "$bodies"/*; do
    [ -f "$f" ] || continue
    name="$(basename "$f")"
    case "$target" in
      parse) cp "$f" "$dir/seed-$name" ;;
      handle)
        # Mode byte 0: correctly signed, any version; 2: exact version;
        # 1: raw signature bytes (here: the right signature and secret).
        { printf '\x00'; cat "$f"; } >"$dir/seed-signed-$name"
        { printf '\x02'; cat "$f"; } >"$dir/seed-exact-$name"
        sig="$(openssl dgst -sha256 -hmac "$secret" -hex <"$f" | sed 's/.*= //')"
        { printf '\x01\x40\x0a%s%s' "$sig" "$secret"; cat "$f"; } >"$dir/seed-raw-$name"
        ;;
      verify_signature)
        sig="$(openssl dgst -sha256 -hmac "$secret" -hex <"$f" | sed 's/.*= //')"
        { printf '\x40\x0a%s%s' "$sig" "$secret"; cat "$f"; } >"$dir/seed-$name"
        ;;
    esac
  done
}

declare -A execs crashes status
for target in "${targets[@]}"; do
  echo "== $target: building"
  cargo fuzz build --release --debug-assertions "$target"
  seed_corpus "$target"
  artifacts="$root/fuzz/artifacts/$target"
  mkdir -p "$artifacts"
  before="$(find "$artifacts" -type f | wc -l)"
  log="$root/fuzz/artifacts/$target.log"
  echo "== $target: running ${seconds}s on $(find "fuzz/corpus/$target" -type f | wc -l) corpus files"
  set +e
  # shellcheck disable=SC2086 # FUZZ_ARGS is a list of flags
  cargo fuzz run --release --debug-assertions "$target" "fuzz/corpus/$target" -- \
    -max_total_time="$seconds" -max_len="$max_len" -print_final_stats=1 \
    ${FUZZ_ARGS:-} >"$log" 2>&1
  rc=$?
  set -e
  tail -n 5 "$log"
  execs[$target]="$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -n 1)"
  crashes[$target]=$(($(find "$artifacts" -type f | wc -l) - before))
  status[$target]=$rc
done

echo
echo "== fuzz summary (${seconds}s per target; logs in fuzz/artifacts/<target>.log)"
printf '%-18s %14s %8s %6s\n' target executions crashes exit
failed=0
for target in "${targets[@]}"; do
  printf '%-18s %14s %8s %6s\n' "$target" "${execs[$target]:-?}" "${crashes[$target]}" "${status[$target]}"
  if [ "${crashes[$target]}" -gt 0 ] || [ "${status[$target]}" -ne 0 ]; then
    failed=1
  fi
done
if [ "$failed" -ne 0 ]; then
  echo "fuzz: findings in fuzz/artifacts/; reproduce with: cargo fuzz run <target> <file>" >&2
  exit 1
fi
