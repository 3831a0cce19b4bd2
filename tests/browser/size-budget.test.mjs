// The first visit to every page kind stays within its transfer budget (brotli bytes), and the
// table of what each kind fetches is printed (the figures in README 「サイズ」). Sizes are
// deterministic for a given build, so this is a budget check, not a timing.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";
import { distRoot, siteUnderTest } from "./harness.mjs";
import { pageKinds } from "./page-kinds.mjs";

/** One budget for the first visit of every page kind. */
const BUDGET = 100 * 1024;
/**
 * Page kinds with a page module: their own small WASM (no Leptos) starts at load instead of the
 * app, and the first visit, that WASM included, must meet BUDGET. The guide paints its screen
 * and offers the stored walk (184.3 KB with the whole app at load, before the guide had its own);
 * the search page runs the address's search (167.8 KB with the whole app at load); a course
 * module shows what the device's record holds (158.8 KB with the whole app at load, before the
 * course had its own). A self-check scores itself with the same WASM, loaded only once an answer
 * is chosen (`data-page-module-on-demand`), so its first visit loads no WASM.
 */
const PAGE_MODULE = new Map([
  ["guide intro", "tsunagu-guide"],
  ["guide result", "tsunagu-guide"],
  ["search results", "tsunagu-search"],
  ["training module", "tsunagu-training"],
]);
/**
 * Page kinds that would need the whole app as soon as they load, held to a ceiling of their own
 * above BUDGET. None is left since the guide, search and the course became page modules; every
 * page kind must meet BUDGET.
 */
const APP_AT_LOAD = new Map([
]);
const site = siteUnderTest();
const kb = (bytes) => (bytes / 1024).toFixed(1);
const brotli = (raw) => brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** What Chromium fetches when a fresh browser opens `path` and the page settles. */
async function firstVisit(path, startsAtLoad) {
  return site.withPage({}, async (page) => {
    const paths = new Set();
    page.on("requestfinished", (request) => paths.add(new URL(request.url()).pathname));
    await page.goto(site.url(path));
    if (startsAtLoad) await page.waitForFunction(() => document.documentElement.dataset.hydrated === "true", null, { timeout: 20000 });
    await page.waitForLoadState("networkidle");
    return [...paths];
  });
}

test("the first visit to every page kind transfers at most 100 KB brotli (those that need the app at load: their own ceiling)", { timeout: 300000 }, async () => {
  const rows = [];
  for (const [kind, path] of await pageKinds(site)) {
    const fetched = await firstVisit(path, APP_AT_LOAD.has(kind) || PAGE_MODULE.has(kind));
    let raw = 0;
    let compressed = 0;
    let wasm = 0;
    const wasmFiles = fetched.filter((file) => file.endsWith(".wasm")).map((file) => file.split("/").pop());
    for (const file of fetched) {
      const bytes = readFileSync(join(distRoot, file.endsWith("/") ? `${file}index.html` : file));
      raw += bytes.length;
      compressed += brotli(bytes);
      if (file.endsWith(".wasm")) wasm = brotli(bytes);
    }
    rows.push({ kind, path, fetched, raw, compressed, wasm, wasmFiles });
  }
  console.log("First visit per page kind (KB; brotli quality 11 of each file fetched)");
  console.table(
    rows.map(({ kind, fetched, raw, compressed, wasm }) => ({
      "page kind": kind,
      files: fetched.length,
      "raw KB": kb(raw),
      "brotli KB": kb(compressed),
      "of which WASM": wasm ? kb(wasm) : "—",
      budget: kb(APP_AT_LOAD.get(kind) ?? BUDGET),
    })),
  );
  for (const { kind, fetched, compressed, wasm, wasmFiles } of rows) {
    const budget = APP_AT_LOAD.get(kind) ?? BUDGET;
    const app = wasmFiles.some((name) => name.startsWith("tsunagu-web-"));
    assert.equal(app, APP_AT_LOAD.has(kind), `${kind}: the app's WASM is ${app ? "" : "not "}fetched at load: ${fetched}`);
    const module = PAGE_MODULE.get(kind);
    const own = wasmFiles.filter((name) => !name.startsWith("tsunagu-web-"));
    assert.deepEqual(own.map((name) => name.replace(/-[0-9a-f]{16}_bg\.wasm$/, "")), module ? [module] : [], `${kind}: page module WASM fetched at load: ${fetched}`);
    assert.equal(wasm > 0, app || !!module, `${kind}: a WASM is ${wasm ? "" : "not "}fetched at load`);
    assert.ok(compressed <= budget, `${kind}: first visit is ${kb(compressed)} KB brotli, over its ${kb(budget)} KB budget: ${fetched}`);
  }
});

test("the browser never receives Markdown or the Markdown parser", () => {
  // Every WASM the site ships: the app's and each page module's.
  const wasms = readdirSync(distRoot).filter((name) => name.endsWith(".wasm"));
  assert.deepEqual(wasms.map((name) => name.replace(/-[0-9a-f]{16}_bg\.wasm$/, "")).sort(), ["tsunagu-guide", "tsunagu-search", "tsunagu-training", "tsunagu-web"]);
  for (const wasm of wasms) {
    const binary = readFileSync(join(distRoot, wasm)).toString("latin1");
    assert.ok(!binary.includes("pulldown"), `pulldown-cmark is in ${wasm}`);
  }
  const fragment = JSON.parse(readFileSync(join(distRoot, "_fragments", "glossary.json"), "utf8"));
  assert.match(fragment.body, /<h2 id="term-8050">/, "fragments carry rendered HTML");
  assert.equal(fragment.page.title, "用語集", "…and the page's data");
  assert.ok(!fragment.body.includes("+++"), "no front matter in fragments");
});
