#!/usr/bin/env bash
# Benchmark (prints figures, does not pass or fail): the search index and cold query reads of
# synthetic sites made by copying the five bundled cities into N cities, for N = 5, 50 and 500
# (or the Ns given). Cold bytes per query must stay bounded as the corpus grows.
set -euo pipefail
cd "$(dirname "$0")/../.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for n in "${@:-5 50 500}"; do
  python3 tests/bench/synthetic_corpus.py "$n" "$work/content-$n" >/dev/null
  TSUNAGU_BENCH_CONTENT="$work/content-$n" cargo bench --quiet --bench search_index 2>/dev/null
done
