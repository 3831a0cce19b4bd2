#!/usr/bin/env bash
# Builds the app — the WASM and its wasm-bindgen loader, the same for every site — from source
# with Trunk into target/app/, and beside it the page modules' own small WASMs (the guide's, the
# search page's and the staff course's, crates/page-modules, no Leptos) with the same pinned
# wasm-bindgen and wasm-opt, then:
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
# The page modules' WASMs (crates/page-modules, no Leptos), each built as Trunk builds the app:
# cargo (release, offline), wasm-bindgen for the web, wasm-opt -Oz; named like Trunk's files,
# by a hash of the WASM. They are that crate's [[bin]] entries, read off its Cargo.toml (a new
# page module adds its bin there and a line to PAGE_MODULES in src/publish/assets.rs, whose
# test checks the two agree).
page_modules=()
while read -r bin; do page_modules+=("$bin"); done < <(
  awk '/^\[\[bin\]\]/ { bin = 1; next } /^\[/ { bin = 0 } bin && /^name *=/ { split($0, part, "\""); print part[2] }' \
    crates/page-modules/Cargo.toml
)
[ "${#page_modules[@]}" -gt 0 ] || { echo "crates/page-modules/Cargo.toml names no [[bin]]" >&2; exit 1; }
cargo build --release --offline --target wasm32-unknown-unknown -p tsunagu-page-modules \
  $(printf -- '--bin %s ' "${page_modules[@]}") >&2
cargo_target="${CARGO_TARGET_DIR:-target}"
built=(target/app/tsunagu-web-*.js target/app/tsunagu-web-*_bg.wasm)
loaders=("${built[0]}")
for bin in "${page_modules[@]}"; do
  out="target/app-$bin"
  rm -rf "$out" && mkdir -p "$out"
  wasm-bindgen --target=web --out-dir="$out" --out-name="$bin" --no-typescript \
    "$cargo_target/wasm32-unknown-unknown/release/$bin.wasm"
  wasm-opt --output="$out/optimised.wasm" -Oz "$out/${bin}_bg.wasm"
  hash="$(sha256sum "$out/optimised.wasm" | cut -c1-16)"
  mv "$out/optimised.wasm" "target/app/$bin-${hash}_bg.wasm"
  mv "$out/$bin.js" "target/app/$bin-${hash}.js"
  built+=("target/app/$bin-${hash}.js" "target/app/$bin-${hash}_bg.wasm")
  loaders+=("target/app/$bin-${hash}.js")
done
# Trunk's own minifier fails on wasm-bindgen's loader, so terser (npm, pinned) minifies it.
for loader in "${loaders[@]}"; do
  terser "$loader" --module --compress --mangle --output "$loader.min"
  mv "$loader.min" "$loader"
done
case "$mode" in
  --update)
    rm -f public/app/tsunagu-web-*
    for bin in "${page_modules[@]}"; do rm -f public/app/"$bin"-*; done
    cp "${built[@]}" public/app/
    echo "public/app/ now holds $(for file in "${built[@]}"; do basename "$file"; done | tr '\n' ' ')— commit it"
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
    names=()
    for file in "${built[@]}"; do names+=(-e "$(basename "$file")"); done
    extra="$(ls public/app | grep -v -x -F "${names[@]}" || true)"
    if [ -n "$extra" ]; then
      echo "public/app/ holds files the build did not make: $extra — run scripts/build-app.sh --update" >&2
      exit 1
    fi
    echo "public/app/ matches the app built from source: $(for file in "${built[@]}"; do basename "$file"; done | tr '\n' ' ')"
    ;;
esac
