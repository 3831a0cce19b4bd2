#!/usr/bin/env bash
# Installs what the tests need (build tools, Chromium and chromedriver from Debian, the npm
# test packages pinned by package-lock.json) and runs every test:
#   1. cargo test           — content compiler fixtures, Markdown snapshots, site model, SSR views
#   2. the app (WASM) is built from source and must equal the bundled public/app/
#   3. the site is built by `tsunagu build` three times: at / (dist), under /fukushi/jusou/
#      (dist-subfolder), and the fixture content under /other/ (dist-other)
#   4. node --test          — browser tests of the built, served sites in headless Chromium,
#                             and of dist behind nginx as `tsunagu host-config nginx` sets it up;
#                             they record what they verify in test-results/accessibility-run.jsonl
#   5. the accessibility results — dist rebuilt with that record (`--test-results`), and a last
#                             browser test checks the results page against it
#   6. the size report      — brotli sizes of what a first visit downloads (figures only)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/tools.sh

# Playwright drives Chromium directly; chromedriver comes along for WebDriver-based tools.
if ! command -v chromium >/dev/null; then
  apt_install chromium chromium-driver
fi
# Japanese fonts, so layout tests (reflow at 320 px, target sizes) measure real glyphs.
if [ ! -d /usr/share/fonts/opentype/noto ]; then
  apt_install fonts-noto-cjk
fi
# The ふりがな dictionary (mecab-ipadic), which builds and the furigana tests read.
source scripts/dictionary.sh
# nginx, to serve a build with the configuration `tsunagu host-config nginx` writes.
if ! command -v nginx >/dev/null && [ ! -x /usr/sbin/nginx ]; then
  apt_install nginx
fi
# …with its brotli module, to serve the .br copies `tsunagu build --precompress` writes.
brotli_module=/usr/lib/nginx/modules/ngx_http_brotli_static_module.so
if [ ! -f "$brotli_module" ]; then
  apt_install libnginx-mod-http-brotli-static
fi

say "cargo test"
cargo test --locked

say "the app (WASM) from source equals the bundled public/app/"
scripts/build-app.sh --check

say "building the sites with tsunagu build"
scripts/build.sh --dist dist --precompress
scripts/build.sh --base /fukushi/jusou/ --dist dist-subfolder
scripts/build.sh --content tests/fixtures/content/valid --base /other/ --dist dist-other

say "serving dist with nginx, configured by tsunagu host-config nginx"
nginx_port="${NGINX_PORT:-18181}"
cargo build --quiet --locked --profile cli --bin tsunagu
node tests/browser/nginx.mjs dist "$nginx_port" &
nginx_pid=$!
trap 'kill "$nginx_pid" 2>/dev/null || true' EXIT
for _ in $(seq 300); do
  (exec 3<>"/dev/tcp/127.0.0.1/$nginx_port") 2>/dev/null && break
  sleep 0.1
done

say "browser tests (headless Chromium), recording what they verify"
# The record of this run only: started afresh every time (the folder is not tracked by git).
a11y_run="test-results/accessibility-run.jsonl"
mkdir -p test-results
rm -f "$a11y_run"
TSUNAGU_A11Y_RESULTS="$a11y_run" TSUNAGU_NGINX_URL="http://127.0.0.1:$nginx_port/" \
TSUNAGU_DIST=dist TSUNAGU_DIST_SUBFOLDER=dist-subfolder TSUNAGU_DIST_OTHER=dist-other \
  node --test --test-concurrency=1 tests/browser/*.test.mjs

say "the accessibility results: dist rebuilt with this run's record, and checked against it"
scripts/build.sh --dist dist --precompress --test-results "$a11y_run"
TSUNAGU_A11Y_RESULTS="$a11y_run" TSUNAGU_DIST=dist TSUNAGU_DIST_SUBFOLDER=dist-subfolder \
  node --test --test-concurrency=1 tests/browser/after-run/*.test.mjs

say "size report"
node tests/bench/size-report.mjs dist
