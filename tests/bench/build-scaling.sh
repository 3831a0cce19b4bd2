#!/usr/bin/env bash
# Benchmark (prints figures, does not pass or fail): `tsunagu build` of synthetic sites made
# by copying the five bundled cities into N cities, for N = 5, 50 and 500 (or the Ns given).
# Prints build time, peak memory, dist size, the app's WASM bytes and first-visit bytes (brotli).
#   tests/bench/build-scaling.sh [N ...]
set -euo pipefail
cd "$(dirname "$0")/../.."
cargo build --quiet --locked --profile cli --bin tsunagu
tsunagu="${CARGO_TARGET_DIR:-target}/cli/tsunagu"
[ -x /usr/bin/time ] || { echo "needs GNU time: apt-get install time" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
printf '%6s %8s %10s %10s %9s %12s %14s\n' cities pages "build s" "peak MB" "dist MB" "WASM bytes" "first visit B"
for n in "${@:-5 50 500}"; do
  for count in $n; do
    python3 tests/bench/synthetic_corpus.py "$count" "$work/content-$count" >/dev/null
    /usr/bin/time -f '%e %M' -o "$work/time" "$tsunagu" build --content "$work/content-$count" --out "$work/dist-$count" >"$work/out"
    read -r seconds kilobytes <"$work/time"
    pages="$(sed -n 's/^built \([0-9]*\) pages.*/\1/p' "$work/out")"
    dist_mb="$(du -sm "$work/dist-$count" | cut -f1)"
    wasm="$(stat -c %s "$work"/dist-"$count"/tsunagu-web-*_bg.wasm)"
    first="$(node tests/bench/size-report.mjs "$work/dist-$count" | sed -n 's/^first visit to the home page *[0-9.]* KB *\([0-9.]*\) KB$/\1/p')"
    printf '%6s %8s %10s %10s %9s %12s %14s\n' "$count" "$pages" "$seconds" "$((kilobytes / 1024))" "$dist_mb" "$wasm" "${first} KB"
    rm -rf "$work/content-$count" "$work/dist-$count"
  done
done
