// Benchmark (prints figures, does not pass or fail): tsunagu's search beside Pagefind, in one
// run, on the same built site and the same queries (the relevance set). Pagefind (npm, a dev
// dependency for this benchmark only) indexes a copy of the built HTML; both are then driven in
// headless Chromium from the same static host (`search-common.mjs`: nginx with keep-alive and
// precompressed copies when installed; the printed table names it).
//
// For each query, in a fresh browser context:
// - cold: from submitting the query to the results shown (ours: on the search page, whose WASM
//   is loaded with the page; Pagefind: from a loaded page, importing its runtime, searching and
//   loading the first 12 results' data, as its UI does), with every byte the search fetched
//   on the wire (the response bodies as sent, workers' requests included: brotli where the
//   host has a copy; Pagefind's index files are gzip-compressed already, and its script and
//   entry get brotli copies here too);
// - warm: the same query again in the same page;
// - recall@3: whether the pages the relevance set expects are among the first three pages
//   (with the #anchor among that page's sections when one section is meant).
// The set's queries with a city filter are left out for both: Pagefind filters only by
// `data-pagefind-filter` markup, which the built site does not have. The set was written for
// this portal (a term's first page is its glossary entry), so Pagefind's recall is a figure on
// our expectations, not a verdict on Pagefind.
// Usage: node tests/bench/search-vs-pagefind.mjs [DIST]   (DIST built with --precompress)
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { execFileSync } from "node:child_process";
import { brotliCompressSync, constants } from "node:zlib";
import { relevanceQueries, staticHost, launchBrowser, openPage, openSearchPage, ourSearch, countTransfers, projectRoot, cell } from "./search-common.mjs";

const dist = resolve(projectRoot, process.argv[2] ?? "dist");
const queries = relevanceQueries().filter((query) => !query.city);

// Pagefind indexes a copy, so the site under test is never changed.
const copy = mkdtempSync(join(tmpdir(), "tsunagu-pagefind-"));
cpSync(dist, copy, { recursive: true });
const pagefindBin = resolve(projectRoot, "node_modules/.bin/pagefind");
const started = performance.now();
const indexLog = execFileSync(pagefindBin, ["--site", copy, "--output-subdir", "_pagefind"], { encoding: "utf8" });
const indexMs = performance.now() - started;
// A bare page (no CSP: Pagefind's runtime needs its own rules) to drive Pagefind from.
writeFileSync(join(copy, "pagefind-bench.html"), '<!doctype html><html lang="ja"><meta charset="utf-8"><title>Pagefind</title><ol id="results"></ol></html>');
// Brotli copies of Pagefind's uncompressed files (its script and entry), as ours have.
for (const name of readdirSync(join(copy, "_pagefind"))) {
  if (/\.(js|json|css)$/.test(name)) {
    const path = join(copy, "_pagefind", name);
    writeFileSync(`${path}.br`, brotliCompressSync(readFileSync(path), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  }
}

const sizeOf = (dir, keep = () => true) => {
  let bytes = 0, files = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      const inner = sizeOf(path, keep);
      bytes += inner.bytes;
      files += inner.files;
    } else if (keep(name)) {
      bytes += statSync(path).size;
      files += 1;
    }
  }
  return { bytes, files };
};
const notCopy = (name) => !/\.(br|gz)$/.test(name);
const oursFolder = readdirSync(join(dist, "search")).find((name) => /^[0-9a-f]{16}$/.test(name));
const ourIndex = sizeOf(join(dist, "search", oursFolder), notCopy);
const theirIndex = sizeOf(join(copy, "_pagefind"), notCopy);

const host = await staticHost(copy);
const browser = await launchBrowser();

const hit = (expected, pages) =>
  expected.every((want) => {
    const [path, anchor] = want.split("#");
    return pages.slice(0, 3).some((page) => page.url === `/${path}` && (!anchor || page.sections.includes(`/${want}`) || page.url === `/${want}`));
  });

async function pagefind(page, q) {
  return page.evaluate(async (q) => {
    const started = performance.now();
    window.pagefind ??= await import("/_pagefind/pagefind.js");
    const search = await window.pagefind.search(q);
    const data = await Promise.all(search.results.slice(0, 12).map((result) => result.data()));
    const list = document.querySelector("#results");
    list.replaceChildren(
      ...data.map((d) => {
        const item = document.createElement("li");
        item.innerHTML = `<a href="${d.url}">${d.meta.title}</a> ${d.excerpt}`;
        return item;
      }),
    );
    const time = performance.now() - started;
    const pages = data.map((d) => ({ url: d.url.replace(/index\.html$/, ""), sections: (d.sub_results ?? []).map((s) => s.url.replace(/index\.html/, "")) }));
    return { time, pages };
  }, q);
}

async function openPagefindPage() {
  const page = await openPage(browser, { serviceWorkers: "block" });
  await page.goto(host.url("pagefind-bench.html"));
  return page;
}

const figures = { ours: { cold: [], warm: [], wire: [], files: [], hits: 0 }, pagefind: { cold: [], warm: [], wire: [], files: [], hits: 0 } };
const missed = { ours: [], pagefind: [] };
for (const { q, expect } of queries) {
  for (const [name, open, search, matches] of [
    ["ours", () => openSearchPage(browser, host), ourSearch, (path) => /^\/search\/[0-9a-f]{16}\//.test(path)],
    ["pagefind", openPagefindPage, pagefind, (path) => path.startsWith("/_pagefind/")],
  ]) {
    const page = await open();
    const counted = await countTransfers(page, matches, () => search(page, q));
    const cold = counted.result;
    await search(page, "相談");
    const warm = await search(page, q);
    const f = figures[name];
    f.cold.push(cold.time);
    f.warm.push(warm.time);
    f.wire.push(counted.wire / 1024);
    f.files.push(counted.files);
    if (hit(expect, cold.pages)) f.hits += 1;
    else missed[name].push(q);
    await page.closeAll();
  }
}
await browser.close();
host.stop();
rmSync(copy, { recursive: true, force: true });

const pagesIndexed = indexLog.match(/Indexed (\d+) pages?/)?.[1] ?? "?";
console.log(`search side by side on ${dist} (${queries.length} queries of the relevance set without a city filter), ${execFileSync(pagefindBin, ["--version"], { encoding: "utf8" }).trim()}`);
console.log(`served by ${host.name}`);
console.log("| figure | tsunagu | Pagefind |");
console.log("|---|---|---|");
console.log(`| index on disk (without compressed copies) | ${(ourIndex.bytes / 1024).toFixed(0)} KB, ${ourIndex.files} files (built with the site) | ${(theirIndex.bytes / 1024).toFixed(0)} KB, ${theirIndex.files} files (${pagesIndexed} pages, indexed in ${(indexMs / 1000).toFixed(2)} s) |`);
for (const [label, key, digits] of [
  ["cold bytes on the wire per query, KB, median (max)", "wire", 1],
  ["cold files fetched per query, median (max)", "files", 0],
  ["cold time, query to results shown, ms, median (max)", "cold", 1],
  ["warm time, ms, median (max)", "warm", 1],
]) {
  console.log(`| ${label} | ${cell(figures.ours[key], digits)} | ${cell(figures.pagefind[key], digits)} |`);
}
const recall = (name) => `${((100 * figures[name].hits) / queries.length).toFixed(1)} % (${figures[name].hits} of ${queries.length})`;
console.log(`| recall@3 in the browser | ${recall("ours")} | ${recall("pagefind")} |`);
console.log(`missed by tsunagu: ${missed.ours.join(" / ") || "none"}`);
console.log(`missed by Pagefind: ${missed.pagefind.join(" / ") || "none"}`);
