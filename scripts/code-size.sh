#!/usr/bin/env bash
# Source sizes the "thin core" targets are stated in. Prints Markdown.
#
#   bash scripts/code-size.sh
#
# Non-test lines are a file's lines before its `#[cfg(test)]` module.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
non_test() { awk '/^#\[cfg\(test\)\]/{exit} {n++} END{print n+0}' "$1"; }
# The core is what every user compiles; the `tower`, `axum` and `redis`
# features add runtime/src/endpoint/, runtime/src/axum/ and
# runtime/src/dedupe/redis.rs.
total=0 core=0
for f in $(find runtime/src -name '*.rs'); do
  n=$(non_test "$f")
  total=$((total + n))
  case "$f" in runtime/src/axum/* | runtime/src/endpoint/* | runtime/src/dedupe/redis.rs) ;; *) core=$((core + n)) ;; esac
done
echo "| measure | value |"
echo "|---|---|"
echo "| \`runtime/src\` non-test lines, core (no features) | $core |"
echo "| \`runtime/src\` non-test lines, all features | $total |"
for dir in runtime/src codegen/src; do
  largest=$(find "$dir" -name '*.rs' -exec wc -l {} + | grep -v ' total$' | sort -n | tail -1)
  largest=$(echo "$largest" | xargs)
  echo "| largest file in \`$dir\` (all lines) | ${largest% *} (\`${largest##* }\`) |"
done
if [ -f schemas/plain/latest.json ]; then
  lines=$(cargo run -q --locked -p plain_webhooks_codegen --example expand -- schemas/plain/latest.json 2>/dev/null | wc -l)
  echo "| generated lines for \`latest.json\` (prettyplease) | $lines |"
fi
