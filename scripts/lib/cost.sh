# Shared by build-cost.sh and upgrade-cost.sh: a scratch dir, timing of
# commands, and the header every measurement prints. Source it after
# setting `name` (the script's name, for messages).

# BUILD_COST_DIR, or a new temporary dir removed at exit.
if [ -n "${BUILD_COST_DIR:-}" ]; then
  work="$BUILD_COST_DIR"
  mkdir -p "$work"
else
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
fi

ms_now() { echo $(($(date +%s%N) / 1000000)); }
# Runs a command quietly; prints its wall time in ms.
timed() {
  local start end
  start=$(ms_now)
  if ! "$@" >"$work/last.log" 2>&1; then
    echo "$name: failed: $*" >&2
    tail -30 "$work/last.log" >&2
    exit 1
  fi
  end=$(ms_now)
  echo $((end - start))
}
min_of() { printf '%s\n' "$@" | sort -n | head -1; }
secs() { awk -v ms="$1" 'BEGIN { printf "%.2f s", ms / 1000 }'; }

# The date, toolchain, machine and load, as Markdown list items.
header() {
  echo "- date: $(date -u +%Y-%m-%dT%H:%MZ); $(rustc --version)"
  echo "- machine: $(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -1), $(nproc) cores"
  echo "- load at start: $(cut -d' ' -f1-3 /proc/loadavg); runs per figure: $runs (minimum reported)"
}
