#!/usr/bin/env bash
# Fills schemas/plain/ (git-ignored) with Plain's webhook schemas:
#   schemas/plain/latest.json and schemas/plain/history/*.json
# Source, in order:
#   1. $PLAIN_SCHEMAS_DIR, if set;
#   2. ../shared/plain-schemas beside the repository, if present;
#   3. Plain's published schema, downloaded (latest.json only, plus any
#      versions named in $PLAIN_SCHEMA_VERSIONS, e.g. "2024-09-18 2026-04-21").
# On failure it says where it looked and what to do, and leaves no folder.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
dest="$here/plain"
root="$(cd "$here/.." && pwd)"
shared="$root/../shared/plain-schemas"
base="https://core-api.uk.plain.com/webhooks/schema"

src="${PLAIN_SCHEMAS_DIR:-}"
if [ -n "$src" ] && [ ! -f "$src/latest.json" ]; then
  echo "sync: PLAIN_SCHEMAS_DIR=$src has no latest.json; point it at a folder holding Plain's latest.json (and history/*.json)." >&2
  exit 1
fi
if [ -z "$src" ] && [ -f "$shared/latest.json" ]; then
  src="$shared"
fi

if [ -n "$src" ]; then
  mkdir -p "$dest/history"
  cp "$src/latest.json" "$dest/latest.json"
  if [ -d "$src/history" ]; then
    cp "$src"/history/*.json "$dest/history/"
  fi
  chmod -R u+w "$dest"
  echo "sync: copied schemas from $src into schemas/plain/ ($(ls "$dest/history" | wc -l) history files)"
  exit 0
fi

# Download into a scratch folder; schemas/plain/ is written only on success.
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/history"
fetch() {
  curl -fsSL --connect-timeout 10 --max-time 60 "$1" -o "$2"
}
if ! fetch "$base/latest.json" "$tmp/latest.json"; then
  cat >&2 <<EOF
sync: found no copy of Plain's webhook schemas, and could not download one.
  looked in: \$PLAIN_SCHEMAS_DIR (not set)
             $shared (no latest.json)
  tried:     $base/latest.json (failed: offline?)
To fix it, do one of:
  - set PLAIN_SCHEMAS_DIR to a folder holding latest.json (and history/*.json);
  - put Plain's schemas in $shared;
  - download $base/latest.json yourself into schemas/plain/latest.json.
EOF
  exit 1
fi
for v in ${PLAIN_SCHEMA_VERSIONS:-}; do
  if ! fetch "$base/$v.json" "$tmp/history/$v.json"; then
    echo "sync: could not download $base/$v.json; nothing was written." >&2
    exit 1
  fi
done
mkdir -p "$dest/history"
cp "$tmp/latest.json" "$dest/latest.json"
cp "$tmp"/history/*.json "$dest/history/" 2>/dev/null || true
echo "sync: downloaded $base/latest.json into schemas/plain/"
