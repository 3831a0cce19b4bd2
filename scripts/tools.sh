#!/usr/bin/env bash
# Installs the pinned build tools where they are missing and puts them on PATH.
# Source it from the other scripts: `source scripts/tools.sh`. Idempotent; nothing is
# downloaded from outside the package registries (cargo, npm, apt).
#   - Rust target wasm32-unknown-unknown (rustup)
#   - Trunk 0.21.14 and wasm-bindgen-cli (the version in Cargo.lock), built once per user
#     into ~/.cache/tsunagu/tools/<tool>-<version>/ and reused by every clone
#   - wasm-opt from the npm package `binaryen` (pinned by package-lock.json), project-local
set -euo pipefail

TRUNK_VERSION="0.21.14"
project_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tools_dir="${TSUNAGU_TOOLS_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/tsunagu/tools}"
wasm_bindgen_version="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$project_root/Cargo.lock")"

say() { printf '\033[1m[tools]\033[0m %s\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    say "need root to run: $*"; return 1; fi
}

apt_install() {
  say "installing Debian packages: $*"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

command -v cargo >/dev/null || { say "Rust (cargo) is missing: install it with rustup first"; exit 1; }
command -v python3 >/dev/null || apt_install python3
command -v npm >/dev/null || apt_install nodejs npm
node_major="$(node --version | sed 's/^v\([0-9]*\).*/\1/')"
if [ "$node_major" -lt 20 ]; then
  say "Node.js $(node --version) is too old: the tests need Node 20 or newer"; exit 1
fi

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "adding the Rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

trunk_root="$tools_dir/trunk-$TRUNK_VERSION"
if [ ! -x "$trunk_root/bin/trunk" ]; then
  say "building Trunk $TRUNK_VERSION into $trunk_root (about 7 minutes, once per machine)"
  cargo install trunk --version "$TRUNK_VERSION" --locked --root "$trunk_root"
fi

bindgen_root="$tools_dir/wasm-bindgen-$wasm_bindgen_version"
if [ ! -x "$bindgen_root/bin/wasm-bindgen" ]; then
  say "building wasm-bindgen-cli $wasm_bindgen_version into $bindgen_root (about 3 minutes, once per machine)"
  # Without --locked: its own lock file names a crate version the registry no longer has.
  cargo install wasm-bindgen-cli --version "$wasm_bindgen_version" --root "$bindgen_root"
fi

if [ ! -x "$project_root/node_modules/.bin/wasm-opt" ] || [ "$project_root/package-lock.json" -nt "$project_root/node_modules/.package-lock.json" ]; then
  say "installing npm packages from package-lock.json (wasm-opt, test tools)"
  (cd "$project_root" && npm ci --no-audit --no-fund --loglevel=error)
fi

export PATH="$trunk_root/bin:$bindgen_root/bin:$project_root/node_modules/.bin:$PATH"
(cd "$project_root" && cargo fetch --quiet)
