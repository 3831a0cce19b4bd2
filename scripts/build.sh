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
    --base) [ $# -ge 2 ] || { echo "--base needs a path such as /fukushi/jusou/" >&2; exit 2; }; base="$2"; shift 2 ;;
    --dist) [ $# -ge 2 ] || { echo "--dist needs a folder" >&2; exit 2; }; dist="$2"; shift 2 ;;
    *) echo "usage: scripts/build.sh [--base /sub/folder/] [--dist DIR]" >&2; exit 2 ;;
  esac
done
# One form for Trunk and the app alike: a leading and a trailing slash.
base="/${base#/}"
base="${base%/}/"
source scripts/tools.sh
export TSUNAGU_BASE_PATH="$base"
trunk build --release --public-url "$base" --dist "$dist"
echo "built $dist (base path $base)"
