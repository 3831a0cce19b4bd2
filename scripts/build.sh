#!/usr/bin/env bash
# Builds the static site from content/ with the `tsunagu` command (the bundled app; no WASM
# toolchain needed):
#   scripts/build.sh [--base /fukushi/jusou/] [--dist DIR] [--content DIR] [--test-results FILE] [--precompress]
# The result is a folder any static host can serve (under the base path, if given).
set -euo pipefail
cd "$(dirname "$0")/.."
base="/"
dist="dist"
content="content"
results=()
precompress=()
while [ $# -gt 0 ]; do
  case "$1" in
    --base) [ $# -ge 2 ] || { echo "--base needs a path such as /fukushi/jusou/" >&2; exit 2; }; base="$2"; shift 2 ;;
    --dist) [ $# -ge 2 ] || { echo "--dist needs a folder" >&2; exit 2; }; dist="$2"; shift 2 ;;
    --content) [ $# -ge 2 ] || { echo "--content needs a folder" >&2; exit 2; }; content="$2"; shift 2 ;;
    --test-results) [ $# -ge 2 ] || { echo "--test-results needs the run's record (scripts/test.sh writes it)" >&2; exit 2; }; results=(--test-results "$2"); shift 2 ;;
    --precompress) precompress=(--precompress); shift ;;
    *) echo "usage: scripts/build.sh [--base /sub/folder/] [--dist DIR] [--content DIR] [--test-results FILE] [--precompress]" >&2; exit 2 ;;
  esac
done
exec cargo run --quiet --locked --profile cli --bin tsunagu -- build --content "$content" --base "$base" --out "$dist" "${results[@]}" "${precompress[@]}"
