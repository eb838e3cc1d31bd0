#!/usr/bin/env bash
# What serving two revisions of Plain's schema costs a user's build, three
# ways, in one run. Prints Markdown.
#
#   bash scripts/upgrade-cost.sh [runs] [OLD]   (default 3 runs, the minimum
#                                               reported; OLD defaults to
#                                               history/2025-09-25-b6e6b10.json)
#
#   one      = `pub mod plain {}` on latest.json alone, and a handler;
#   previous = the same module with `previous = OLD`: one module, the same
#              handler;
#   versions = a module per revision behind `Versions`, a handler for each.
# For each: the generated lines (the generator's `expand` example), a clean
# build of the crate (`cargo clean -p`, the dependencies built) and a
# one-line handler edit, dev profile.
#
# Env: BUILD_COST_DIR (scratch dir, default a new mktemp -d, removed at exit).
set -euo pipefail
export CARGO_TERM_COLOR=never
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
schemas="$root/schemas/plain"
runs="${1:-3}"
old="$schemas/${2:-history/2025-09-25-b6e6b10.json}"
new="$schemas/latest.json"
name=upgrade-cost
# shellcheck source=scripts/lib/cost.sh
source "$root/scripts/lib/cost.sh"

header
echo "- commit: $(git -C "$root" rev-parse --short HEAD)"
echo "- new: latest.json; old: ${old#"$schemas"/}"

(cd "$root" && cargo build -q --locked --release -p plain_webhooks_codegen --example expand)
expand="$root/target/release/examples/expand"
lines_one=$("$expand" "$new" 2>/dev/null | wc -l)
lines_old=$("$expand" "$old" 2>/dev/null | wc -l)
lines_prev=$("$expand" "$new" --previous "$old" 2>/dev/null | wc -l)

# handler <module> <line>: an impl of <module>::Handler whose body has <line>.
handler() {
  cat <<EOF
impl $1::Handler for Spam {
    type Error = std::convert::Infallible;

    async fn on_customer_updated(
        &self,
        _ctx: &$1::Context,
        ev: $1::CustomerUpdatedPublicEventPayload,
    ) -> Result<(), Self::Error> {
        $2
        Ok(())
    }
}
EOF
}
module() { # module <name> <attribute arguments>
  printf '#[plain_webhooks::webhooks(%s)]\npub mod %s {}\n' "$2" "$1"
}
source_of() { # source_of <layout> <edit number>
  local line="println!(\"{} $2\", ev.customer.full_name);"
  echo "pub struct Spam;"
  case "$1" in
    one) module plain "schema = \"$new\""; handler plain "$line" ;;
    previous) module plain "schema = \"$new\", previous = \"$old\""; handler plain "$line" ;;
    versions)
      module plain "schema = \"$new\""; handler plain "$line"
      module old "schema = \"$old\""; handler old "$line"
      echo "pub fn receiver() -> impl plain_webhooks::Receive<Error = std::convert::Infallible> {"
      echo "    plain_webhooks::Versions::new(old::receiver(Spam), plain::receiver(Spam))"
      echo "}"
      ;;
  esac
}

ws="$work/ws"
mkdir -p "$ws"
printf '[workspace]\nresolver = "2"\nmembers = ["one", "previous", "versions"]\n' >"$ws/Cargo.toml"
cp "$root/Cargo.lock" "$ws/Cargo.lock"
for l in one previous versions; do
  mkdir -p "$ws/$l/src"
  printf '[package]\nname = "uc-%s"\nversion = "0.0.0"\nedition = "2021"\npublish = false\n\n[dependencies]\nplain-webhooks = { path = "%s/runtime" }\n' \
    "$l" "$root" >"$ws/$l/Cargo.toml"
  source_of "$l" 0 >"$ws/$l/src/lib.rs"
done
t="$work/target"
cd "$ws"
timed env CARGO_TARGET_DIR="$t" cargo build --workspace >/dev/null
declare -A clean edit
for l in one previous versions; do
  c=() e=()
  for i in $(seq "$runs"); do
    CARGO_TARGET_DIR="$t" cargo clean -q -p "uc-$l"
    c+=("$(timed env CARGO_TARGET_DIR="$t" cargo build -p "uc-$l")")
    source_of "$l" "$i" >"$ws/$l/src/lib.rs"
    e+=("$(timed env CARGO_TARGET_DIR="$t" cargo build -p "uc-$l")")
  done
  clean[$l]=$(min_of "${c[@]}")
  edit[$l]=$(min_of "${e[@]}")
done
echo "- load at end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f×", a / b }'; }
echo "| layout | generated lines | × one | clean build | × one | handler edit |"
echo "|---|---|---|---|---|---|"
echo "| one module, latest.json | $lines_one | 1.00× | $(secs "${clean[one]}") | 1.00× | $(secs "${edit[one]}") |"
echo "| one module, \`previous\` | $lines_prev | $(ratio "$lines_prev" "$lines_one") | $(secs "${clean[previous]}") | $(ratio "${clean[previous]}" "${clean[one]}") | $(secs "${edit[previous]}") |"
echo "| two modules, \`Versions\` | $((lines_one + lines_old)) | $(ratio "$((lines_one + lines_old))" "$lines_one") | $(secs "${clean[versions]}") | $(ratio "${clean[versions]}" "${clean[one]}") | $(secs "${edit[versions]}") |"
