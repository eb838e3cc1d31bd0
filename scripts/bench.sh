#!/usr/bin/env bash
# Runs the runtime benches of issue 6 (all groups in one run, so ratios
# compare like with like) and prints the figures and ratios as Markdown.
#
#   bash scripts/bench.sh [criterion arguments, e.g. --measurement-time 10]
#   bash scripts/bench.sh --instructions   (instructions per call, under callgrind)
#
# Needs python3 to read criterion's estimates. CARGO_TARGET_DIR is honoured.
# Instruction counts do not depend on the machine's load, but valgrind hides
# the CPU's SHA extensions, so e and f count a software SHA-256 there.
set -euo pipefail
export CARGO_TERM_COLOR=never
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
target="${CARGO_TARGET_DIR:-$root/target}"
cd "$root"

if [ "${1:-}" = "--instructions" ]; then
  cargo build -q --locked --release -p plain-webhooks-benches --example profile
  bin="$target/release/examples/profile"
  # Instructions of n calls, setup included; the difference of two n cancels it.
  ir() {
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bin" "$1" "$2" "$3" 2>&1 |
      sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
  }
  echo "| bench | small (instructions/call) | large (instructions/call) |"
  echo "|---|---|---|"
  for a in a b c d e f; do
    row="| $a |"
    for body in small large; do
      lo=$(ir "$a" "$body" 100)
      hi=$(ir "$a" "$body" 600)
      row="$row $(((hi - lo) / 500)) |"
    done
    echo "$row"
  done
  exit 0
fi

# Other processes on a shared machine slow some benches and not others; with
# BENCH_ROUNDS=n (default 1) every bench is run n times in turn and the
# fastest median of each is kept, which such noise can only inflate.
rounds="${BENCH_ROUNDS:-1}"
samples="$target/bench-rounds.jsonl"
: >"$samples"
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
for _ in $(seq "$rounds"); do
  cargo bench --locked -p plain-webhooks-benches --bench webhooks -- "$@" >&2
  python3 - "$target/criterion" >>"$samples" <<'PY'
import json, os, sys
out = {}
for group in ("small", "large"):
    for bench in ("a_parse", "b_floor", "c_value", "d_untagged", "e_verify", "f_handle"):
        d = os.path.join(sys.argv[1], group, bench, "new")
        with open(os.path.join(d, "estimates.json")) as f:
            est = json.load(f)
        with open(os.path.join(d, "benchmark.json")) as f:
            thr = json.load(f).get("throughput") or {}
        out[f"{group}/{bench}"] = [est["median"]["point_estimate"], thr.get("BytesDecimal") or thr.get("Bytes")]
print(json.dumps(out))
PY
done
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"

echo "- $(date -u +%Y-%m-%dT%H:%MZ); $(rustc --version)"
echo "- machine: $(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -1), $(nproc) cores"
echo "- load average (1, 5, 15 min) before: $load_before; after: $load_after"
echo "- rounds: $rounds; figures are criterion's median time per call (fastest round)"
echo
python3 - "$samples" <<'PY'
import json, os, sys

base = sys.argv[1]
benches = [
    ("a_parse", "a. `plain::parse_with`"),
    ("b_floor", "b. floor: `from_slice` into the known payload type"),
    ("c_value", "c. `from_slice::<serde_json::Value>`"),
    ("d_untagged", "d. typify output, untagged payload enum"),
    ("e_verify", "e. `Verifier::verify_signature` (the `Verifier` built once)"),
    ("f_handle", "f. `plain::handle` (verify + parse + dispatch; the same `Verifier`)"),
]
groups = ["small", "large"]

with open(base) as f:
    rounds = [json.loads(line) for line in f if line.strip()]

def load(group, bench):
    key = f"{group}/{bench}"
    return min(r[key][0] for r in rounds), rounds[0][key][1]

def fmt_time(ns):
    return f"{ns / 1000:.2f} µs" if ns >= 1000 else f"{ns:.0f} ns"

t = {(g, b): load(g, b) for g in groups for b, _ in benches}
sizes = {g: t[(g, "a_parse")][1] for g in groups}

def ratio(g, x, y):
    return t[(g, x)][0] / t[(g, y)][0]

print("| ratio | small | large | target |")
print("|---|---|---|---|")
rows = [
    ("a/b (parse vs floor)", "a_parse", "b_floor", lambda r, g: r <= 1.25, "≤ 1.25 on both"),
    ("d/a (untagged vs parse)", "d_untagged", "a_parse", lambda r, g: g != "large" or r >= 3.0, "≥ 3 on the large body"),
    ("f/a (handle vs parse)", "f_handle", "a_parse", lambda r, g: r <= 1.5, "≤ 1.5"),
    ("c/a (Value vs parse)", "c_value", "a_parse", None, "(information)"),
]
for label, x, y, ok, target in rows:
    cells = []
    for g in groups:
        r = ratio(g, x, y)
        mark = "" if ok is None else (" met" if ok(r, g) else " **missed**")
        if ok is not None and x == "d_untagged" and g != "large":
            mark = ""
        cells.append(f"{r:.2f}{mark}")
    print(f"| {label} | {cells[0]} | {cells[1]} | {target} |")
print()
print(f"| bench | small ({sizes['small']} B) | MB/s | large ({sizes['large']} B) | MB/s |")
print("|---|---|---|---|---|")
for b, label in benches:
    cells = []
    for g in groups:
        ns, size = t[(g, b)]
        cells += [fmt_time(ns), f"{size / ns * 1000:.0f}"]
    print(f"| {label} | " + " | ".join(cells) + " |")
PY
