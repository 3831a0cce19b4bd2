// Benchmark (prints figures, does not pass or fail): where a search's time goes, in headless
// Chromium, for every query of the relevance set. From the submit, by the page's own clocks
// (Resource Timing for the index files, a MutationObserver for the status): the wait before
// the first index file is asked for (the app's own work: the router, reading the query), the
// token shards' fetch, the work between the shards and the record files (decoding, scoring),
// the record files' fetch, and the work after them (re-ranking, snippets, the DOM) to the
// results shown. Cold: a fresh page; warm: the same query again (no fetch).
// Usage: node tests/bench/search-profile.mjs [DIST] [BASE]
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { serve, launchBrowser, openPage, waitForHydration, projectRoot } from "../browser/harness.mjs";

const dist = resolve(projectRoot, process.argv[2] ?? "dist");
const base = process.argv[3] ?? "/";
const queries = [...readFileSync(resolve(projectRoot, "tests/search/relevance.toml"), "utf8").matchAll(/^q = "(.*)"$/gm)].map((m) => m[1]);

const server = await serve(dist, base);
const browser = await launchBrowser();
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Submits `q` and returns the spans (ms) of that search, by the page's clock. */
const profile = (page, q) =>
  page.evaluate(
    (q) =>
      new Promise((done) => {
        const status = document.querySelector("#search-status");
        performance.clearResourceTimings();
        const started = performance.now();
        const observer = new MutationObserver(() => {
          if (!status.textContent.includes(`「${q}」`)) return;
          observer.disconnect();
          const shown = performance.now();
          const files = performance.getEntriesByType("resource").filter((entry) => /\/search\/[0-9a-f]{16}\//.test(entry.name));
          const shards = files.filter((entry) => /\/t\/\d+\.txt$/.test(entry.name));
          const records = files.filter((entry) => /\/r\/\d+\.txt$/.test(entry.name));
          const first = (list, key) => Math.min(...list.map((entry) => entry[key]));
          const last = (list, key) => Math.max(...list.map((entry) => entry[key]));
          const spans = { total: shown - started, shards: shards.length, records: records.length };
          if (shards.length && records.length) {
            spans.before = first(shards, "startTime") - started;
            spans.shardFetch = last(shards, "responseEnd") - first(shards, "startTime");
            spans.between = first(records, "startTime") - last(shards, "responseEnd");
            spans.recordFetch = last(records, "responseEnd") - first(records, "startTime");
            spans.after = shown - last(records, "responseEnd");
          }
          done(spans);
        });
        observer.observe(status, { childList: true, characterData: true, subtree: true });
        document.querySelector("#search-q").value = q;
        document.querySelector("#search-form").requestSubmit();
      }),
    q,
  );

const cold = [], warm = [];
for (const q of queries) {
  const page = await openPage(browser, {});
  await page.goto(server.url("search/"));
  await waitForHydration(page);
  await page.waitForTimeout(100); // the manifest, fetched as the page opens
  cold.push(await profile(page, q));
  await profile(page, "相談");
  warm.push(await profile(page, q));
  await page.closeAll();
}
await browser.close();
server.stop();
const row = (list, key) => {
  const values = list.map((spans) => spans[key]).filter((value) => value !== undefined);
  return values.length ? `median ${median(values).toFixed(1)}, max ${Math.max(...values).toFixed(1)}` : "-";
};
console.log(`search profile in Chromium (${dist}, ${queries.length} queries; ms from submit)`);
for (const [key, what] of [
  ["total", "submit to results shown"],
  ["before", "submit to the first shard asked for"],
  ["shardFetch", "token shards fetched (first asked to last in)"],
  ["between", "last shard in to the first record file asked for"],
  ["recordFetch", "record files fetched"],
  ["after", "last record file in to results shown"],
  ["shards", "shard files"],
  ["records", "record files"],
]) {
  console.log(`  cold ${what}: ${row(cold, key)}`);
}
console.log(`  warm submit to results shown: ${row(warm, "total")}`);
