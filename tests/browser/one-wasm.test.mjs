// One WASM for every site: a second site with other content (the test fixture: one city,
// other pages, another name) built under another base path (/other/) is served by the very
// same WASM file as the bundled site, and that WASM hydrates it and navigates inside it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { siteUnderTest, waitForHydration, distRoot, projectRoot } from "./harness.mjs";
import { resolve } from "node:path";

const distOther = resolve(projectRoot, process.env.TSUNAGU_DIST_OTHER ?? "dist-other");
const site = siteUnderTest(distOther, "/other/");

// The app's WASM and loader, and the page modules' (the guide's, the course's).
const wasmOf = (dir) => readdirSync(dir).filter((name) => /^tsunagu-(web|guide|training)-/.test(name) && /\.(js|wasm)$/.test(name)).sort();

test("the other site has the same WASMs and loaders, by name and by byte", () => {
  const names = wasmOf(distRoot);
  assert.equal(names.length, 6);
  assert.deepEqual(wasmOf(distOther), names);
  for (const name of names) {
    assert.ok(readFileSync(join(distRoot, name)).equals(readFileSync(join(distOther, name))), `${name} differs`);
  }
});

test("that WASM hydrates the other site under /other/ and navigates within it", async () => {
  await site.withPage({}, async (page) => {
    await page.goto(site.url(""));
    await waitForHydration(page);
    assert.match(await page.title(), /テスト/);
    assert.match(await page.textContent("footer"), /試験用のデータです。/);
    await page.evaluate(() => (window.__sameDocument = true));
    await page.click(".main-nav a >> nth=0");
    await page.waitForFunction(() => document.activeElement?.id === "page-title");
    assert.ok(page.url().startsWith(site.url("")), page.url());
    assert.equal(await page.evaluate(() => window.__sameDocument), true, "navigated on the client");
    assert.equal(await page.getAttribute(".main-nav a >> nth=0", "aria-current"), "page");
    assert.deepEqual(page.problems(), []);
  });
});
