#!/usr/bin/env python3
"""Writes a synthetic content folder with N cities, for build-scaling figures (not a test).

    python3 tests/bench/synthetic_corpus.py N OUT_DIR [--content content]

The five bundled cities are copied round-robin: copy k of city `izu` becomes `izu-k` (名前 with
the copy number), every `cities/izu` link and `scope = "izu"` inside it follows, and site.toml
lists every city. National pages are copied unchanged. N >= 5 keeps the five originals.
"""
import re
import shutil
import sys
from pathlib import Path


def main() -> int:
    args = sys.argv[1:]
    if len(args) < 2 or not args[0].isdigit():
        print(__doc__, file=sys.stderr)
        return 2
    count, out = int(args[0]), Path(args[1])
    source = Path(args[args.index("--content") + 1]) if "--content" in args else Path("content")
    if out.exists():
        shutil.rmtree(out)
    shutil.copytree(source, out, ignore=shutil.ignore_patterns("cities"))
    (out / "cities").mkdir()
    shutil.copy(source / "cities" / "index.md", out / "cities" / "index.md")
    site = (source / "site.toml").read_text(encoding="utf-8")
    head, _, _ = site.partition("[[cities]]")
    cities = re.findall(r'\[\[cities\]\]\s*id = "([^"]+)"\s*name = "([^"]+)"\s*prefecture = "([^"]+)"', site)
    entries = []
    for index in range(count):
        city, name, prefecture = cities[index % len(cities)]
        copy = index // len(cities)
        new_id = city if copy == 0 else f"{city}-{copy}"
        new_name = name if copy == 0 else f"{name}{copy}"
        target = out / "cities" / new_id
        shutil.copytree(source / "cities" / city, target)
        if copy:
            for path in target.rglob("*"):
                if path.is_file():
                    text = path.read_text(encoding="utf-8")
                    text = text.replace(f"cities/{city}/", f"cities/{new_id}/").replace(f"cities/{city})", f"cities/{new_id})")
                    text = text.replace(f"cities/{city}#", f"cities/{new_id}#")
                    text = text.replace(f'scope = "{city}"', f'scope = "{new_id}"')
                    path.write_text(text, encoding="utf-8")
        entries.append(f'[[cities]]\nid = "{new_id}"\nname = "{new_name}"\nprefecture = "{prefecture}"\n')
    (out / "site.toml").write_text(head + "\n".join(entries), encoding="utf-8")
    print(f"wrote {count} cities into {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
