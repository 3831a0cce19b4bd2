#!/usr/bin/env bash
# Installs what the tests need (build tools, Chromium and chromedriver from Debian, the npm
# test packages pinned by package-lock.json) and runs every test:
#   1. cargo test           — content compiler fixtures, Markdown snapshots, site model, SSR views
#   2. the site is built twice: at / (dist) and under /fukushi/jusou/ (dist-subfolder)
#   3. node --test          — browser tests of the built, served site in headless Chromium
#   4. the size report      — brotli sizes of what a first visit downloads (figures only)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/tools.sh

# Playwright drives Chromium directly; chromedriver comes along for WebDriver-based tools.
if ! command -v chromium >/dev/null; then
  apt_install chromium chromium-driver
fi

say "cargo test"
cargo test --locked

say "building the site at / and under /fukushi/jusou/"
scripts/build.sh --dist dist
scripts/build.sh --base /fukushi/jusou/ --dist dist-subfolder

say "browser tests (headless Chromium)"
TSUNAGU_DIST=dist TSUNAGU_DIST_SUBFOLDER=dist-subfolder node --test --test-concurrency=1 tests/browser/*.test.mjs

say "size report"
node tests/bench/size-report.mjs dist
