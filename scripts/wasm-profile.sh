#!/usr/bin/env bash
# Developer tool (not part of the tests): what the WASM is made of, by function and by crate.
# Builds the app's WASM with cargo exactly as Trunk does (release profile, feature hydrate) but
# keeps the function names (wasm-bindgen and wasm-opt drop them), then asks twiggy:
#   scripts/wasm-profile.sh [N]     the N largest items (default 25) and the largest crates
# Needs twiggy: `cargo install twiggy --locked` (README 「Size」 lists what it found).
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-25}"
command -v twiggy >/dev/null || { echo "needs twiggy: cargo install twiggy --locked" >&2; exit 1; }
cargo build --quiet --locked --release --target wasm32-unknown-unknown --bin tsunagu-web --no-default-features --features hydrate
wasm="${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/release/tsunagu-web.wasm"
echo "== $wasm: $(stat -c %s "$wasm") bytes before wasm-bindgen and wasm-opt"
echo "== the largest items"
twiggy top -n "$count" "$wasm"
echo "== by crate (the item names' first path segment; shallow bytes)"
twiggy top -n 100000 -f csv "$wasm" | python3 -c '
import csv, sys, re, collections
by_crate = collections.Counter()
total = 0
for row in csv.DictReader(sys.stdin):
    size = int(row["ShallowSize"])
    total += size
    name = row["Name"]
    match = re.search(r"(?:<|^|\s)([a-z_][a-z0-9_]*)::", name)
    crate = match.group(1) if match else ("data and tables" if name.startswith("data[") else "other (names without a crate, glue, tables)")
    by_crate[crate] += size
for crate, size in by_crate.most_common(15):
    print(f"{size:>9} {100 * size / total:5.1f}%  {crate}")
'
