// Benchmark (prints figures, does not pass or fail): the directory of all windows (`/windows/`)
// as cities join. For each N it writes the synthetic corpus of N cities (the five bundled ones
// copied, tests/bench/synthetic_corpus.py), builds it with `tsunagu build`, and prints the
// page's HTML size, its first visit in Chromium (brotli of every file fetched) and its
// Lighthouse scores (mobile preset, on python's plain uncompressed server).
//   node tests/bench/directory-scaling.mjs [N ...]        (default: 5 50)
// Needs `cargo build --profile cli --bin tsunagu` first.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";
import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";
import { launchBrowser, openPage, projectRoot, serve } from "../browser/harness.mjs";

const tsunagu = join(process.env.CARGO_TARGET_DIR ?? join(projectRoot, "target"), "cli", "tsunagu");
const counts = process.argv.slice(2).map(Number);
const brotli = (raw) => brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (bytes) => (bytes / 1024).toFixed(1);
const work = mkdtempSync(join(tmpdir(), "tsunagu-directory-"));
const rows = [];
try {
  for (const count of counts.length ? counts : [5, 50]) {
    const content = join(work, `content-${count}`);
    const dist = join(work, `dist-${count}`);
    execFileSync("python3", [join(projectRoot, "tests/bench/synthetic_corpus.py"), String(count), content], { cwd: projectRoot, stdio: "ignore" });
    execFileSync(tsunagu, ["build", "--content", content, "--out", dist], { cwd: projectRoot, stdio: "ignore" });
    const html = readFileSync(join(dist, "windows/index.html"));
    const server = await serve(dist);
    const browser = await launchBrowser();
    let fetched = [];
    try {
      const page = await openPage(browser, {});
      page.on("requestfinished", (request) => fetched.push(new URL(request.url()).pathname));
      await page.goto(server.url("windows/"));
      await page.waitForLoadState("networkidle");
      await page.closeAll();
    } finally {
      await browser.close();
    }
    const firstVisit = fetched.reduce((sum, path) => sum + brotli(readFileSync(join(dist, path.endsWith("/") ? `${path}index.html` : path))), 0);
    const chrome = await chromeLauncher.launch({
      chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"],
    });
    let lhr;
    try {
      ({ lhr } = await lighthouse(server.url("windows/"), { port: chrome.port, output: "json", logLevel: "error" }));
    } finally {
      await chrome.kill();
      server.stop();
    }
    const elements = lhr.audits["dom-size"]?.numericValue;
    rows.push({
      cities: count,
      "HTML KB": kb(html.length),
      "HTML brotli KB": kb(brotli(html)),
      "first visit brotli KB": kb(firstVisit),
      elements,
      performance: Math.round(lhr.categories.performance.score * 100),
      accessibility: Math.round(lhr.categories.accessibility.score * 100),
      "best practices": Math.round(lhr.categories["best-practices"].score * 100),
      seo: Math.round(lhr.categories.seo.score * 100),
      "LCP s": (lhr.audits["largest-contentful-paint"].numericValue / 1000).toFixed(1),
      "TBT ms": Math.round(lhr.audits["total-blocking-time"].numericValue),
    });
    rmSync(content, { recursive: true, force: true });
    rmSync(dist, { recursive: true, force: true });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log(`/windows/ as cities join (Lighthouse, mobile preset), ${new Date().toISOString().slice(0, 10)}`);
console.table(rows);
