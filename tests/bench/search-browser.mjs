// Benchmark (prints figures, does not pass or fail): the search in headless Chromium on a built
// site, for every query of the relevance set. Cold: a fresh browser context on the search page
// (page and WASM loaded first, not counted), then the time from submitting the query to the
// results shown and the bytes of the index files it fetched. Warm: the same query again in the
// same page (files kept in memory). Usage: node tests/bench/search-browser.mjs [DIST] [BASE]
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { serve, launchBrowser, openPage, waitForHydration, projectRoot } from "../browser/harness.mjs";

const dist = resolve(projectRoot, process.argv[2] ?? "dist");
const base = process.argv[3] ?? "/";
const queries = [...readFileSync(resolve(projectRoot, "tests/search/relevance.toml"), "utf8").matchAll(/^q = "(.*)"$/gm)].map((m) => m[1]);

const server = await serve(dist, base);
const browser = await launchBrowser();
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const cold = [], warm = [], bytes = [], files = [];

const run = async (page, q) => {
  const before = await page.evaluate(() => performance.now());
  const shown = page.evaluate(
    (q) =>
      new Promise((done) => {
        const status = document.querySelector("#search-status");
        const started = performance.now();
        const observer = new MutationObserver(() => {
          if (status.textContent.includes(`「${q}」`)) {
            observer.disconnect();
            done(performance.now() - started);
          }
        });
        observer.observe(status, { childList: true, characterData: true, subtree: true });
        const input = document.querySelector("#search-q");
        input.value = q;
        document.querySelector("#search-form").requestSubmit();
      }),
    q,
  );
  const time = await shown;
  return { time, before };
};

for (const q of queries) {
  const page = await openPage(browser, {});
  await page.goto(server.url("search/"));
  await waitForHydration(page);
  const sizes = [];
  page.on("response", async (response) => {
    if (/\/search\/[0-9a-f]{16}\//.test(response.url())) {
      try {
        sizes.push((await response.body()).length);
      } catch {}
    }
  });
  const first = await run(page, q);
  await page.waitForTimeout(50);
  cold.push(first.time);
  bytes.push(sizes.reduce((a, b) => a + b, 0) / 1024);
  files.push(sizes.length);
  // Warm: another query, then this one again (every file is in memory by now).
  await run(page, "相談");
  const again = await run(page, q);
  warm.push(again.time);
  await page.closeAll();
}
await browser.close();
server.stop();
const fmt = (values, digits = 1) => `median ${median(values).toFixed(digits)}, max ${Math.max(...values).toFixed(digits)}`;
console.log(`search in Chromium (${dist}, ${queries.length} queries)`);
console.log(`  cold bytes fetched per query (KB): ${fmt(bytes)}; files: ${fmt(files, 0)}`);
console.log(`  cold time, submit to results shown (ms): ${fmt(cold)}`);
console.log(`  warm time (ms): ${fmt(warm)}`);
