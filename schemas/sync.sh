#!/usr/bin/env bash
# Fills schemas/plain/ (git-ignored) with Plain's webhook schemas:
#   schemas/plain/latest.json and schemas/plain/history/*.json
# Source, in order:
#   1. $PLAIN_SCHEMAS_DIR, if set;
#   2. ../shared/plain-schemas beside the repository, if present;
#   3. Plain's published schema, downloaded (latest.json only, plus any
#      versions named in $PLAIN_SCHEMA_VERSIONS, e.g. "2024-09-18 2026-04-21").
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
dest="$here/plain"
root="$(cd "$here/.." && pwd)"
src="${PLAIN_SCHEMAS_DIR:-}"
if [ -z "$src" ] && [ -d "$root/../shared/plain-schemas" ]; then
  src="$root/../shared/plain-schemas"
fi

mkdir -p "$dest/history"
if [ -n "$src" ]; then
  if [ ! -f "$src/latest.json" ]; then
    echo "sync: $src has no latest.json" >&2
    exit 1
  fi
  cp "$src/latest.json" "$dest/latest.json"
  if [ -d "$src/history" ]; then
    cp "$src"/history/*.json "$dest/history/"
  fi
  chmod -R u+w "$dest"
  echo "sync: copied schemas from $src into schemas/plain/ ($(ls "$dest/history" | wc -l) history files)"
  exit 0
fi

base="https://core-api.uk.plain.com/webhooks/schema"
echo "sync: no local copy found; downloading from $base"
curl -fsSL "$base/latest.json" -o "$dest/latest.json.tmp"
mv "$dest/latest.json.tmp" "$dest/latest.json"
for v in ${PLAIN_SCHEMA_VERSIONS:-}; do
  curl -fsSL "$base/$v.json" -o "$dest/history/$v.json.tmp"
  mv "$dest/history/$v.json.tmp" "$dest/history/$v.json"
done
echo "sync: downloaded into schemas/plain/"
