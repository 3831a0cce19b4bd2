// Benchmark tool (prints figures, does not pass or fail): where the search page's own CPU time
// goes, by Chromium's sampling profiler (the DevTools protocol through playwright-core), over
// the relevance set's queries, cold (a fresh page each) and warm (the same query again). Prints
// the functions with the most self time; WASM functions are named only when the WASM keeps its
// name section (build the page module without `wasm-opt`'s stripping to see them).
// The host is the one `search-common.mjs` starts. Usage: node tests/bench/search-cpu.mjs [DIST] [TOP]
import { resolve } from "node:path";
import { relevanceQueries, staticHost, launchBrowser, openSearchPage, ourSearch, projectRoot } from "./search-common.mjs";

const dist = resolve(projectRoot, process.argv[2] ?? "dist");
const top = Number(process.argv[3] ?? 25);
const queries = relevanceQueries();
const host = await staticHost(dist);
const browser = await launchBrowser();
const totals = { cold: new Map(), warm: new Map() };

/** Adds a profile's self time (ms) by function to `into`. */
const addProfile = (profile, into) => {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const deltas = profile.timeDeltas;
  for (let i = 0; i < profile.samples.length; i++) {
    const node = byId.get(profile.samples[i]);
    const frame = node.callFrame;
    const file = frame.url.split("/").pop();
    const name = `${frame.functionName || "(anonymous)"} ${file}`;
    into.set(name, (into.get(name) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
  }
};

for (const { q } of queries) {
  const page = await openSearchPage(browser, host);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 50 });
  await cdp.send("Profiler.start");
  await ourSearch(page, q);
  addProfile((await cdp.send("Profiler.stop")).profile, totals.cold);
  await ourSearch(page, "相談");
  await cdp.send("Profiler.start");
  await ourSearch(page, q);
  addProfile((await cdp.send("Profiler.stop")).profile, totals.warm);
  await page.closeAll();
}
await browser.close();
host.stop();
for (const [kind, map] of Object.entries(totals)) {
  const rows = [...map].filter(([name]) => !name.startsWith("(idle)")).sort((a, b) => b[1] - a[1]);
  const all = rows.reduce((sum, [, ms]) => sum + ms, 0);
  console.log(`${kind}: ${(all / queries.length).toFixed(2)} ms of CPU a query (idle left out); the top ${top} by self time, ms a query:`);
  for (const [name, ms] of rows.slice(0, top)) console.log(`  ${(ms / queries.length).toFixed(3)}  ${name}`);
}
