// The first visit to the home page stays within its transfer budget (brotli bytes).
// Sizes are deterministic for a given build, so this is a budget check, not a timing.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";
import { distRoot } from "./harness.mjs";

// 120 KB until the guide: its engine and walk (about 20 KB of the WASM) are the portal's heart. See README「サイズ」.
const BUDGET = 140 * 1024;

test("a first visit to the home page transfers at most 140 KB brotli", () => {
  const home = readFileSync(join(distRoot, "index.html"), "utf8");
  const assets = readdirSync(distRoot).filter(
    (name) => name !== "index.html" && statSync(join(distRoot, name)).isFile() && home.includes(name),
  );
  assert.ok(assets.some((name) => name.endsWith(".wasm")), "the home page loads the WASM");
  const total = ["index.html", ...assets].reduce((sum, name) => {
    const raw = readFileSync(join(distRoot, name));
    return sum + brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }, 0);
  assert.ok(total <= BUDGET, `first visit is ${(total / 1024).toFixed(1)} KB brotli, over the 140 KB budget`);
});

test("the browser never receives Markdown or the Markdown parser", () => {
  const wasm = readdirSync(distRoot).find((name) => name.endsWith(".wasm"));
  const binary = readFileSync(join(distRoot, wasm)).toString("latin1");
  assert.ok(!binary.includes("pulldown"), "pulldown-cmark is in the WASM");
  const fragment = JSON.parse(readFileSync(join(distRoot, "_fragments", "glossary.json"), "utf8"));
  assert.match(fragment.body, /<h2 id="term-8050">/, "fragments carry rendered HTML");
  assert.equal(fragment.page.title, "用語集", "…and the page's data");
  assert.ok(!fragment.body.includes("+++"), "no front matter in fragments");
});
