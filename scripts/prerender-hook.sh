#!/usr/bin/env bash
# Trunk post_build hook: prerenders every route into Trunk's staging folder.
set -euo pipefail
: "${TRUNK_STAGING_DIR:?run by Trunk as a post_build hook}"
cargo run --offline --bin prerender -- "$TRUNK_STAGING_DIR"
