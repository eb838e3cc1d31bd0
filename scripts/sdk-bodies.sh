#!/usr/bin/env bash
# Issue 6's check: the bodies in the tests of Plain's Node SDK
# (@team-plain/typescript-sdk, the version pinned in benches/node), timed
# through `plain::handle` and through Node (precompiled Ajv, and the SDK)
# in one session, by scripts/time-bodies.sh.
#
#   bash scripts/sdk-bodies.sh
#
# The SDK ships its test bodies as TypeScript modules of plain object
# literals (src/tests/webhook-payloads/*.ts). Each is imported with node and
# written out as JSON.stringify writes it, compact, as the SDK's own tests
# sign and parse it. They are read from the installed package each time and
# never stored in this repository. `invalid.ts` is a body the SDK's tests
# expect to be rejected; its row shows what each side says about it.
# MS is passed on to time-bodies.sh. Needs node >= 18, npm and python3.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
node_dir="$root/benches/node"
(cd "$node_dir" && npm ci --no-audit --no-fund --loglevel=error >&2)
sdk="$node_dir/node_modules/@team-plain/typescript-sdk"
src="$sdk/src/tests/webhook-payloads"
if ! compgen -G "$src/*.ts" >/dev/null; then
  echo "sdk-bodies: no test bodies in $src" >&2
  exit 1
fi
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
for ts in "$src"/*.ts; do
  name="$(basename "$ts" .ts)"
  cp "$ts" "$tmp/$name.mjs"
  if ! (cd "$tmp" && node --input-type=module -e "
    const m = await import('./$name.mjs');
    process.stdout.write(JSON.stringify(m.default));
  ") >"$tmp/$name.json"; then
    echo "sdk-bodies: could not read $ts as a JavaScript module" >&2
    exit 1
  fi
done
version="$(node -p "require('$sdk/package.json').version")"
echo "Bodies: the $(ls "$tmp"/*.json | wc -l) files in src/tests/webhook-payloads of @team-plain/typescript-sdk $version, as compact JSON."
echo
bash "$root/scripts/time-bodies.sh" "$tmp"/*.json
