#!/usr/bin/env bash
# Installs the ふりがな dictionary where it is missing: Debian's `mecab-ipadic` package, whose
# source files (/usr/share/mecab/dic/ipadic) `tsunagu build` compiles once and keeps in
# ~/.cache/tsunagu/dictionary/. Source it from the other scripts: `source scripts/dictionary.sh`.
# Without it a build still works, with a warning and no readings.
if [ ! -f /usr/share/mecab/dic/ipadic/matrix.def ]; then
  printf '\033[1m[dictionary]\033[0m %s\n' "installing Debian's mecab-ipadic (the ふりがな dictionary)" >&2
  if [ "$(id -u)" = 0 ]; then sudo_cmd=(); elif command -v sudo >/dev/null; then sudo_cmd=(sudo); else
    printf '%s\n' "need root to install mecab-ipadic: pages will be built without ふりがな" >&2; sudo_cmd=(false); fi
  "${sudo_cmd[@]}" apt-get update -qq &&
    "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends mecab-ipadic >/dev/null ||
    printf '%s\n' "could not install mecab-ipadic: pages will be built without ふりがな" >&2
fi
