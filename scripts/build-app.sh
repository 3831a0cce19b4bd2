#!/usr/bin/env bash
# Builds the app — the WASM and its wasm-bindgen loader, the same for every site — from source
# with Trunk into target/app/, then:
#   scripts/build-app.sh --update   copies it to public/app/ (commit it: `tsunagu` embeds it)
#   scripts/build-app.sh --check    fails unless public/app/ holds exactly these bytes
# Developers run --update after changing code that goes into the WASM; the test command runs
# --check, so the bundled app can never drift from the source.
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-}"
case "$mode" in --update|--check|"") ;; *) echo "usage: scripts/build-app.sh [--update|--check]" >&2; exit 2 ;; esac
source scripts/tools.sh
# The same bytes from any clone: paths that panic messages carry are made relative, and a
# dependency's source folder is named by the crate alone (not by the registry it came from).
cargo_home="${CARGO_HOME:-$HOME/.cargo}"
rustflags="--remap-path-prefix=$PWD=/tsunagu --remap-path-prefix=$cargo_home=/cargo"
for registry in "$cargo_home"/registry/src/*/; do
  rustflags="$rustflags --remap-path-prefix=${registry%/}=/deps"
done
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="$rustflags"
rm -rf target/app
trunk build --release >&2
built=(target/app/tsunagu-web-*.js target/app/tsunagu-web-*_bg.wasm)
# Trunk's own minifier fails on wasm-bindgen's loader, so terser (npm, pinned) minifies it.
terser "${built[0]}" --module --compress --mangle --output "${built[0]}.min"
mv "${built[0]}.min" "${built[0]}"
case "$mode" in
  --update)
    rm -f public/app/tsunagu-web-*
    cp "${built[@]}" public/app/
    echo "public/app/ now holds $(cd target/app && ls tsunagu-web-*.js tsunagu-web-*_bg.wasm | tr '\n' ' ')— commit it"
    ;;
  --check)
    for file in "${built[@]}"; do
      name="$(basename "$file")"
      if ! cmp -s "$file" "public/app/$name"; then
        echo "public/app/ is not the app built from this source ($name differs or is missing)." >&2
        echo "Run scripts/build-app.sh --update and commit public/app/." >&2
        exit 1
      fi
    done
    extra="$(ls public/app | grep -v -x -F -e "$(basename "${built[0]}")" -e "$(basename "${built[1]}")" || true)"
    if [ -n "$extra" ]; then
      echo "public/app/ holds files the build did not make: $extra — run scripts/build-app.sh --update" >&2
      exit 1
    fi
    echo "public/app/ matches the app built from source: $(basename "${built[0]}") $(basename "${built[1]}")"
    ;;
esac
