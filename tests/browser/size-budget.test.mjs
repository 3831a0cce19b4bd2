// The first visit to the home page stays within its transfer budget (brotli bytes).
// Sizes are deterministic for a given build, so this is a budget check, not a timing.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";
import { distRoot, siteUnderTest, waitForHydration } from "./harness.mjs";

// 120 KB until the guide: its engine and walk (about 20 KB of the WASM) are the portal's heart. See README「サイズ」.
const BUDGET = 150 * 1024;
const site = siteUnderTest();

test("a first visit to the home page transfers at most 150 KB brotli", async () => {
  // What Chromium really fetches on a first visit (the page, its styles and icon, the start
  // script, the loader and the WASM it fetches), each counted as its brotli size on disk.
  const fetched = await site.withPage({}, async (page) => {
    const paths = new Set();
    page.on("requestfinished", (request) => paths.add(new URL(request.url()).pathname));
    await page.goto(site.url(""));
    await waitForHydration(page);
    await page.waitForLoadState("networkidle");
    return [...paths];
  });
  assert.ok(fetched.some((path) => path.endsWith(".wasm")), `the home page loads the WASM: ${fetched}`);
  const total = fetched.reduce((sum, path) => {
    const raw = readFileSync(join(distRoot, path.endsWith("/") ? `${path}index.html` : path));
    return sum + brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }, 0);
  assert.ok(total <= BUDGET, `first visit is ${(total / 1024).toFixed(1)} KB brotli, over the 150 KB budget: ${fetched}`);
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
