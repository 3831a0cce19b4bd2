#!/usr/bin/env bash
# Benchmark (prints figures, does not pass or fail): `tsunagu build` of synthetic sites made
# by copying the five bundled cities into N cities, for N = 5, 50 and 500 (or the Ns given).
# Prints build time (wall, and processor time: user + system, which other work on the machine
# disturbs less), peak memory, dist size, the app's WASM bytes and the home page's first visit
# as a reader has it (brotli; the app loads only when a control is reached, so it is not in it),
# then the same build again into the same folder (nothing changed, so nothing is written).
#   tests/bench/build-scaling.sh [N ...]
set -euo pipefail
cd "$(dirname "$0")/../.."
cargo build --quiet --locked --profile cli --bin tsunagu
tsunagu="${CARGO_TARGET_DIR:-target}/cli/tsunagu"
[ -x /usr/bin/time ] || { echo "needs GNU time: apt-get install time" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
printf '%6s %8s %9s %9s %9s %9s %12s %14s %11s\n' cities pages "build s" "CPU s" "peak MB" "dist MB" "WASM bytes" "home visit B" "rebuild s"
for n in "${@:-5 50 500}"; do
  for count in $n; do
    python3 tests/bench/synthetic_corpus.py "$count" "$work/content-$count" >/dev/null
    /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$tsunagu" build --content "$work/content-$count" --out "$work/dist-$count" >"$work/out"
    read -r seconds user system kilobytes <"$work/time"
    cpu="$(awk -v u="$user" -v s="$system" 'BEGIN { printf "%.2f", u + s }')"
    /usr/bin/time -f '%e' -o "$work/time" "$tsunagu" build --content "$work/content-$count" --out "$work/dist-$count" >/dev/null
    rebuild="$(cat "$work/time")"
    pages="$(sed -n 's/^built \([0-9]*\) pages.*/\1/p' "$work/out")"
    dist_mb="$(du -sm "$work/dist-$count" | cut -f1)"
    wasm="$(stat -c %s "$work"/dist-"$count"/tsunagu-web-*_bg.wasm)"
    first="$(node tests/bench/size-report.mjs "$work/dist-$count" --first-visit | sed -n 's/^…of which reading it (no app) *[0-9.]* KB *\([0-9.]*\) KB$/\1/p')"
    printf '%6s %8s %9s %9s %9s %9s %12s %14s %11s\n' "$count" "$pages" "$seconds" "$cpu" "$((kilobytes / 1024))" "$dist_mb" "$wasm" "${first} KB" "$rebuild"
    rm -rf "$work/content-$count" "$work/dist-$count"
  done
done
