// The site built with --base /fukushi/jusou/ and hosted in that sub-folder: links, assets,
// deep links, reloads and client-side navigation all stay inside it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { siteUnderTest, waitForHydration, waitForUrl, routesOf, distSubfolder, subfolderBase } from "./harness.mjs";

const site = siteUnderTest(distSubfolder, subfolderBase);

test("every route of the sub-folder build answers 200 under the sub-folder", async () => {
  for (const route of routesOf(distSubfolder)) {
    const response = await fetch(site.url(route));
    assert.equal(response.status, 200, `${subfolderBase}${route}`);
    const html = await response.text();
    for (const [, url] of html.matchAll(/(?:href|src)="(\/[^"]*)"/g)) {
      assert.ok(url.startsWith(subfolderBase), `${subfolderBase}${route} links outside the sub-folder: ${url}`);
    }
  }
});

test("a deep link loads, hydrates and navigates within the sub-folder", async () => {
  await site.withPage({}, async (page) => {
    const failed = [];
    page.on("response", (response) => response.status() >= 400 && failed.push(response.url()));
    await page.goto(site.url("cities/izu/outreach/"));
    await waitForHydration(page);
    await page.evaluate(() => (window.__sameDocument = true));
    await page.click(".breadcrumbs >> text=伊豆市");
    await waitForUrl(page, site.url("cities/izu/"));
    await page.waitForFunction(() => document.querySelector(".prose")?.textContent.length > 50);
    assert.equal(await page.evaluate(() => window.__sameDocument), true);
    await page.click(".main-nav >> text=用語集");
    await waitForUrl(page, site.url("glossary/"));
    await page.waitForSelector("#term-8050");
    await page.reload();
    assert.equal(await page.textContent("h1"), "用語集");
    assert.deepEqual(failed, []);
    assert.deepEqual(page.problems(), []);
  });
});

test("the guide walks inside the sub-folder, reached by a client-side navigation", async () => {
  await site.withPage({}, async (page) => {
    await page.goto(site.url("guides/"));
    await waitForHydration(page);
    await page.click("main >> text=伊豆市の相談窓口さがし");
    await waitForUrl(page, site.url("cities/izu/guides/resident/"));
    await page.waitForSelector("#guide-start");
    await page.click("#guide-start");
    await waitForUrl(page, site.url("cities/izu/guides/resident/?at=danger"));
    await page.check("#guide-danger-no");
    await page.click("#guide-q-danger button[type=submit]");
    await waitForUrl(page, site.url("cities/izu/guides/resident/?danger=no&at=who"));
    await page.click("#guide-back");
    await waitForUrl(page, site.url("cities/izu/guides/resident/?danger=no&at=danger"));
    assert.equal(await page.isChecked("#guide-danger-no"), true);
    await page.reload();
    await waitForHydration(page);
    await page.waitForFunction(() => !document.querySelector("#guide-q-danger").hidden);
    assert.deepEqual(page.problems(), []);
  });
});
