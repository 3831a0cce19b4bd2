// Benchmark (prints figures, does not pass or fail): the search in headless Chromium on a built
// site, for every query of the relevance set. Cold: a fresh browser context on the search page
// (page and WASM loaded first, not counted), then the time from submitting the query to the
// results shown, the index files it fetched (bytes on the wire and decoded) and the rounds of
// requests (a file asked for after another came in starts a new round). Warm: the same query
// again in the same page (files kept in memory). The host is the one `search-common.mjs` starts
// (nginx when installed; build with --precompress for its compressed copies).
// Usage: node tests/bench/search-browser.mjs [DIST]
import { resolve } from "node:path";
import { relevanceQueries, staticHost, launchBrowser, openSearchPage, ourSearch, projectRoot, cell, sum } from "./search-common.mjs";

const dist = resolve(projectRoot, process.argv[2] ?? "dist");
const queries = relevanceQueries();
const host = await staticHost(dist);
const browser = await launchBrowser();
const cold = [], warm = [], wire = [], decoded = [], files = [], rounds = [], answered = [];

/** Rounds of requests: a file asked for once every file asked before it had come in starts a
 * new round (Resource Timing's start is when the page asked, queueing included). */
const roundsOf = (list) => {
  let count = 0, end = -Infinity;
  for (const file of [...list].sort((a, b) => a.start - b.start)) {
    if (file.start >= end) count += 1;
    end = Math.max(end, file.end);
  }
  return count;
};

for (const { q } of queries) {
  const page = await openSearchPage(browser, host);
  const first = await ourSearch(page, q);
  cold.push(first.time);
  wire.push(sum(first.files.map((f) => f.encoded)) / 1024);
  decoded.push(sum(first.files.map((f) => f.decoded)) / 1024);
  files.push(first.files.length);
  rounds.push(roundsOf(first.files));
  answered.push(first.files.some((file) => /\/a\/\d+\.txt$/.test(file.name)));
  // Warm: another query, then this one again (every file is in memory by now).
  await ourSearch(page, "相談");
  warm.push((await ourSearch(page, q)).time);
  await page.closeAll();
}
await browser.close();
host.stop();
console.log(`search in Chromium (${dist}, ${queries.length} queries; served by ${host.name}); median (max)`);
console.log(`  cold bytes per query on the wire (KB): ${cell(wire)}; decoded: ${cell(decoded)}`);
console.log(`  cold files per query: ${cell(files, 0)}; rounds of requests: ${cell(rounds, 0)}`);
const heaviest = wire.indexOf(Math.max(...wire));
console.log(`  heaviest query: ${queries[heaviest].q} (${wire[heaviest].toFixed(1)} KB, ${files[heaviest]} files)`);
console.log(`  cold time, submit to results shown (ms): ${cell(cold)}`);
for (const [label, want] of [["a known word (answer file, one round)", true], ["any other query", false]]) {
  const times = cold.filter((_, i) => answered[i] === want);
  const ways = rounds.filter((_, i) => answered[i] === want);
  if (times.length) console.log(`    ${label}: ${times.length} queries, ${cell(times)} ms, rounds ${cell(ways, 0)}`);
}
console.log(`  warm time (ms): ${cell(warm)}`);
