// Size report (a benchmark: it prints figures, it does not pass or fail).
//   node tests/bench/size-report.mjs [dist] [--first-visit]
// `--first-visit` prints only the home page's first visit (quick on a 500-city site, whose
// every file the full report compresses).
// Prints brotli-compressed bytes (quality 11, as static hosts pre-compress) of the WASM,
// the JS loader, the CSS, the largest HTML page, and the total a first visit to the home
// page transfers (its HTML plus every asset it references) once the app starts, and without it.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";

const onlyFirstVisit = process.argv.includes("--first-visit");
const dist = resolve(process.argv.slice(2).find((arg) => !arg.startsWith("--")) ?? "dist");
const brotli = (buffer) =>
  brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length } }).length;

const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) walk(full);
    else files.push(full);
  }
};
walk(dist);

const sizeOf = (file) => {
  const raw = readFileSync(file);
  return { file: file.slice(dist.length + 1), raw: raw.length, brotli: brotli(raw) };
};
const pick = (test) => (onlyFirstVisit ? [] : files.filter(test).map(sizeOf));
const sum = (list, key) => list.reduce((total, item) => total + item[key], 0);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * The page modules' stems, read off the published WASMs (every `tsunagu-<name>-<hash>_bg.wasm`
 * but the app's), so a new module in scripts/build-app.sh's list needs no change here; each
 * is loaded only on its page kind.
 */
const pageModules = [...new Set(files.map((f) => f.slice(dist.length + 1).match(/^(tsunagu-[a-z]+)-[0-9a-f]{16}_bg\.wasm$/)?.[1]))]
  .filter((stem) => stem && stem !== "tsunagu-web")
  .sort();
const ofModule = (f) => pageModules.some((stem) => f.includes(`${stem}-`));
const wasm = pick((f) => f.endsWith(".wasm") && f.includes("tsunagu-web-"));
const js = pick((f) => f.endsWith(".js") && !ofModule(f));
const css = pick((f) => f.endsWith(".css"));
const html = pick((f) => f.endsWith(".html") && !f.includes("/_fragments/")).sort((a, b) => b.brotli - a.brotli);

// What the home page loads: the files its HTML names (the touch icon and the manifest are read
// only when a phone installs the site), and the files the scripts it loads name in turn (the
// start script fetches the loader and the WASM).
const referencedBy = (text) =>
  files.filter((f) => {
    const name = f.slice(dist.length + 1);
    // The page modules' WASMs and loaders are named by the start script but load only on their page kind.
    return !name.includes("/") && name !== "index.html" && !ofModule(name) && !name.startsWith("touch-icon-") && name !== "manifest.webmanifest" && text.includes(name);
  });
const referenced = [...new Set(referencedBy(readFileSync(join(dist, "index.html"), "utf8")).flatMap((f) =>
  f.endsWith(".js") ? [f, ...referencedBy(readFileSync(f, "utf8"))] : [f],
))];
const firstVisit = [sizeOf(join(dist, "index.html")), ...referenced.map(sizeOf)];

const row = (label, list) => console.log(`${label.padEnd(34)} ${kb(sum(list, "raw")).padStart(10)} ${kb(sum(list, "brotli")).padStart(10)}`);
console.log(`size report for ${dist}`);
console.log(`${"".padEnd(34)} ${"raw".padStart(10)} ${"brotli".padStart(10)}`);
if (onlyFirstVisit) {
  const reading = firstVisit.filter((f) => !f.file.endsWith(".wasm") && !f.file.startsWith("tsunagu-web-"));
  row("first visit to the home page", firstVisit);
  row("…of which reading it (no app)", reading);
  process.exit(0);
}
row("WASM (the app)", wasm);
for (const stem of pageModules) {
  row(`WASM (${stem}, a page module)`, pick((f) => f.endsWith(".wasm") && f.includes(`${stem}-`)));
  row(`JS loader (${stem})`, pick((f) => f.endsWith(".js") && f.includes(`${stem}-`)));
}
row("JS (the rest)", js);
row("CSS", css);
row(`largest HTML (${html[0]?.file})`, html.slice(0, 1));
// The start script names the loader and the WASM, but fetches them only when the page needs
// the app (an address with a query, a course module) or the reader reaches a control.
const reading = firstVisit.filter((f) => !f.file.endsWith(".wasm") && !f.file.startsWith("tsunagu-web-"));
row("first visit to the home page", firstVisit);
row("…of which reading it (no app)", reading);
console.log(`first visit files: ${firstVisit.map((f) => f.file).join(", ")}`);
console.log("budget (tests/browser/size-budget.test.mjs): ≤ 100.0 KB brotli per page kind; the guide and search results, with their own WASM, too; the kind that starts the app at load has its own ceiling (178 KB a course module)");

// What the offline worker keeps on install (sw.js's list): a phone's download after the first visit.
const worker = readFileSync(join(dist, "sw.js"), "utf8");
const kept = JSON.parse(worker.slice("const SITE = ".length, worker.indexOf(";\n"))).keep;
const base = kept[0].slice(0, kept[0].lastIndexOf("/") + 1);
const keptFiles = kept.map((path) => {
  const relative = path.slice(base.length);
  return sizeOf(join(dist, relative === "" || relative.endsWith("/") ? `${relative}index.html` : relative));
});
row(`offline: kept on install (${kept.length} files)`, keptFiles);
row("offline: the whole site, for comparison", pick((f) => !f.endsWith(".br") && !f.endsWith(".gz")));
