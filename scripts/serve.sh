#!/usr/bin/env bash
# Installs what is missing, builds the portal with the bundled content and serves it on
# http://127.0.0.1:${PORT:-8080}/ with a plain static server (as a city's host would).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh --dist dist
port="${PORT:-8080}"
echo "serving the portal on http://127.0.0.1:$port/ (Ctrl+C stops it)"
exec python3 -m http.server --bind 127.0.0.1 "$port" --directory dist
