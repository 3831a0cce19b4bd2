#!/usr/bin/env bash
# Builds the static site: WASM + CSS by Trunk, then every route prerendered to HTML.
#   scripts/build.sh [--base /fukushi/jusou/] [--dist DIR]
# The result is a folder any static host can serve (under the base path, if given).
set -euo pipefail
cd "$(dirname "$0")/.."
base="/"
dist="dist"
while [ $# -gt 0 ]; do
  case "$1" in
    --base) base="$2"; shift 2 ;;
    --dist) dist="$2"; shift 2 ;;
    *) echo "usage: scripts/build.sh [--base /sub/folder/] [--dist DIR]" >&2; exit 2 ;;
  esac
done
source scripts/tools.sh
export TSUNAGU_BASE_PATH="$base"
trunk build --release --public-url "$base" --dist "$dist"
echo "built $dist (base path $base)"
