#!/usr/bin/env bash
# Command 1 of the README: builds the `tsunagu` command (cargo only: the app is bundled, no WASM
# toolchain; apt installs the ふりがな dictionary, mecab-ipadic, if it is missing), then previews
# the bundled sample content on http://127.0.0.1:${PORT:-8080}/, rebuilding and reloading the page whenever content/ or style/ changes.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v cargo >/dev/null || { echo "Rust (cargo) is missing: install it with rustup first" >&2; exit 1; }
source scripts/dictionary.sh
exec cargo run --locked --profile cli --bin tsunagu -- serve --content content --port "${PORT:-8080}"
