#!/usr/bin/env bash
# Times any webhook bodies (the bodies in Plain's SDK tests, say) through
# `plain::handle` and through Node, one after the other in the same session,
# and prints a Markdown table with the ratios. Node: the HMAC check +
# JSON.parse + an Ajv validator compiled once from latest.json (+ dispatch),
# and Plain's SDK `verifyPlainWebhook`.
#
#   bash scripts/time-bodies.sh FILE...
#
# Each body is signed with the benches' secret, the replay window is off,
# and a body whose webhook version is not latest.json's is read with
# VersionPolicy::Any (Ajv: the version relaxed alike; the SDK: the body set
# to the version it vendors). MS sets the Rust side's measuring time per
# figure in milliseconds (default 2000). Needs node >= 18, npm and python3.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
target="${CARGO_TARGET_DIR:-$root/target}"
if [ "$#" -eq 0 ]; then
  echo "usage: $0 FILE..." >&2
  exit 2
fi
files=()
for f in "$@"; do
  files+=("$(cd "$(dirname "$f")" && pwd)/$(basename "$f")")
done
cd "$root"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

cargo build -q --locked --release -p plain-webhooks-benches --example bodies >&2
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
"$target/release/examples/bodies" --ms "${MS:-2000}" "${files[@]}" >"$tmp/rust.tsv" || true
(
  cd benches/node
  npm ci --no-audit --no-fund --loglevel=error >&2
  node bench.mjs "${files[@]}"
) >"$tmp/node.tsv"
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"

echo "- $(date -u +%Y-%m-%dT%H:%MZ); $(rustc --version); node $(node --version)"
echo "- machine: $(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -1), $(nproc) cores"
echo "- load average (1, 5, 15 min) before: $load_before; after: $load_after"
echo
python3 - "$tmp/rust.tsv" "$tmp/node.tsv" <<'PY'
import os, sys

def rows(path):
    with open(path) as f:
        return {r[0]: r for r in (line.rstrip("\n").split("\t") for line in f) if r[0]}

rust, node = rows(sys.argv[1]), rows(sys.argv[2])

def us(ns):
    return f"{float(ns) / 1e3:.2f} µs" if ns not in ("-", None) else "-"

def ratio(a, b):
    try:
        x = float(a) / float(b)
    except (TypeError, ValueError, ZeroDivisionError):
        return "-"
    return f"{x:.1f}×" if x < 100 else f"{x:,.0f}×"

def ms(ns):
    return f"{float(ns) / 1e6:.1f} ms" if ns not in ("-", None) else "-"

print("| body | bytes | event | policy | parse | verify | handle (f) | Node HMAC+parse+Ajv | Node/f | SDK | SDK/f | notes |")
print("|---|---|---|---|---|---|---|---|---|---|---|---|")
for path, r in rust.items():
    _, size, event, policy, parse, verify, handle, outcome = r
    n = node.get(path, [path, "-", "-", "-", "no Node figure"])
    notes = "; ".join(x for x in (outcome, n[4]) if x)
    cells = [os.path.basename(path), size, event, policy, us(parse), us(verify), us(handle),
             us(n[2]), ratio(n[2], handle), ms(n[3]), ratio(n[3], handle), notes]
    print("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
PY
