// Benchmark (prints figures, does not pass or fail): where a search's time goes, in headless
// Chromium, for every query of the relevance set. From the submit, by the page's own clocks
// (Resource Timing for the index files, a MutationObserver for the status): the wait before
// the first index file is asked for (the search page WASM's own work: reading the query), the first round of
// requests (the token shards), the work between it and the next round, the second round (the
// record files, when a query needs them) and the work after the last file (ranking, snippets,
// the DOM) to the results shown. A known word's answer file comes in the first round. Cold: a fresh page; warm: the same query again (no fetch).
// The host is the one `search-common.mjs` starts. Usage: node tests/bench/search-profile.mjs [DIST]
import { resolve } from "node:path";
import { relevanceQueries, staticHost, launchBrowser, openSearchPage, ourSearch, projectRoot, median } from "./search-common.mjs";

const dist = resolve(projectRoot, process.argv[2] ?? "dist");
const queries = relevanceQueries();
const host = await staticHost(dist);
const browser = await launchBrowser();

/** The spans (ms) of one search's result. */
const spansOf = ({ time, files }) => {
  const shards = files.filter((file) => /\/t\/\d+\.txt$/.test(file.name));
  const records = files.filter((file) => /\/r\/\d+\.txt$/.test(file.name));
  const first = (list, key) => Math.min(...list.map((file) => file[key]));
  const last = (list, key) => Math.max(...list.map((file) => file[key]));
  const answers = files.filter((file) => /\/a\/\d+\.txt$/.test(file.name));
  const spans = { total: time, shards: shards.length, records: records.length, answers: answers.length };
  if (shards.length) {
    spans.before = first(shards, "start");
    spans.shardFetch = last(shards, "end") - first(shards, "start");
    const lastIn = records.length ? last(records, "end") : last(shards, "end");
    if (records.length) {
      spans.between = first(records, "start") - last(shards, "end");
      spans.recordFetch = last(records, "end") - first(records, "start");
    }
    spans.after = time - lastIn;
  }
  return spans;
};

const cold = [], warm = [];
for (const { q } of queries) {
  const page = await openSearchPage(browser, host);
  cold.push(spansOf(await ourSearch(page, q)));
  await ourSearch(page, "相談");
  warm.push(spansOf(await ourSearch(page, q)));
  await page.closeAll();
}
await browser.close();
host.stop();
const row = (list, key) => {
  const values = list.map((spans) => spans[key]).filter((value) => value !== undefined);
  return values.length ? `median ${median(values).toFixed(1)}, max ${Math.max(...values).toFixed(1)} (${values.length} queries)` : "-";
};
console.log(`search profile in Chromium (${dist}, ${queries.length} queries; ms from submit; served by ${host.name})`);
for (const [key, what] of [
  ["total", "submit to results shown"],
  ["before", "submit to the first shard asked for"],
  ["shardFetch", "token shards fetched (first asked to last in)"],
  ["between", "last shard in to the first record file asked for"],
  ["recordFetch", "record files fetched"],
  ["after", "last file in to results shown"],
  ["shards", "shard files"],
  ["records", "record files"],
  ["answers", "answer files (a known word's)"],
]) {
  if (key === "total") {
    for (const [label, test] of [["with an answer file", (s) => s.answers > 0], ["without", (s) => !s.answers]]) {
      const values = cold.filter(test).map((s) => s.total);
      if (values.length) console.log(`  cold submit to results shown, ${label}: median ${median(values).toFixed(1)}, max ${Math.max(...values).toFixed(1)} (${values.length} queries)`);
    }
  }
  console.log(`  cold ${what}: ${row(cold, key)}`);
}
console.log(`  warm submit to results shown: ${row(warm, "total")}`);
