// Lighthouse (npm `lighthouse`, mobile preset, simulated throttling) on each page kind of the
// built site, driving Debian's Chromium. It prints every score with FCP, LCP, TBT and CLS as a
// table (the figures in README 「Lighthouse」). It fails only below a floor of 95 in
// accessibility, best practices and SEO, which do not depend on timing; the performance score
// and FCP/LCP/TBT/CLS are timings (they move with the machine's load), so they are printed, never
// asserted. The site is measured twice: on a plain static host with no compression (python's
// server), the harder case, and, when scripts/test.sh has started it (`TSUNAGU_NGINX_URL`),
// behind nginx as `tsunagu host-config nginx --brotli-static` sets it up, serving the `.br`
// files `tsunagu build --precompress` wrote, as a real host does. `LIGHTHOUSE_KINDS="guide,search"`
// measures only the kinds whose names hold one of those words (to measure a change quickly).
import { test } from "node:test";
import assert from "node:assert/strict";
import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";
import { createRequire } from "node:module";
import { siteUnderTest } from "./harness.mjs";
import { pageKinds } from "./page-kinds.mjs";

const FLOOR = 95;
const lighthouseVersion = createRequire(import.meta.url)("lighthouse/package.json").version;
const site = siteUnderTest();
const nginx = process.env.TSUNAGU_NGINX_URL;

/** Scores each [kind, path] served at `urlOf(path)`, prints the table under `title`, returns its rows. */
async function measure(kinds, urlOf, title) {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"],
  });
  const rows = [];
  try {
    for (const [kind, path] of kinds) {
      const { lhr } = await lighthouse(urlOf(path), { port: chrome.port, output: "json", logLevel: "error" });
      const score = (id) => Math.round(lhr.categories[id].score * 100);
      const audit = (id) => lhr.audits[id].numericValue;
      rows.push({
        kind,
        performance: score("performance"),
        accessibility: score("accessibility"),
        "best practices": score("best-practices"),
        seo: score("seo"),
        "FCP s": (audit("first-contentful-paint") / 1000).toFixed(1),
        "LCP s": (audit("largest-contentful-paint") / 1000).toFixed(1),
        "TBT ms": Math.round(audit("total-blocking-time")),
        CLS: audit("cumulative-layout-shift").toFixed(3),
      });
    }
  } finally {
    await chrome.kill();
  }
  console.log(`Lighthouse ${lighthouseVersion} (mobile, simulated throttling), ${new Date().toISOString().slice(0, 10)}, ${title}`);
  console.table(rows);
  return rows;
}

/** The floor, on the categories that do not depend on timing. */
function assertFloor(rows, where) {
  for (const row of rows) {
    for (const category of ["accessibility", "best practices", "seo"]) {
      assert.ok(row[category] >= FLOOR, `${row.kind} (${where}): ${category} ${row[category]} is below the floor of ${FLOOR}`);
    }
  }
}

const only = (process.env.LIGHTHOUSE_KINDS ?? "").split(",").filter(Boolean);
const chosen = (kind) => only.length === 0 || only.some((word) => kind.includes(word));

test("Lighthouse scores every page kind at least 95 in accessibility, best practices and SEO on a plain static host (all figures printed)", { timeout: 600000 }, async () => {
  const kinds = await pageKinds(site, chosen);
  assertFloor(await measure(kinds, site.url, "python's plain server, no compression"), "plain server");
});

test(
  "Lighthouse scores every page kind at least 95 in accessibility, best practices and SEO behind nginx with the precompressed files (all figures printed)",
  { timeout: 600000, skip: nginx ? false : "TSUNAGU_NGINX_URL is not set (scripts/test.sh starts nginx and sets it)" },
  async () => {
    const kinds = await pageKinds(site, chosen);
    assertFloor(await measure(kinds, (path) => new URL(path, nginx).href, "nginx, brotli_static"), "nginx");
  },
);
