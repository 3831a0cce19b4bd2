// Offline after the first visit: the build's worker (sw.js) keeps the shell, the guides and the
// directories; with the network off a resident can still walk a guide, open the directory and
// a page they visited, and an unvisited page shows the offline page listing what is kept. No
// answer given in a guide is in the Cache Storage. (Tests that intercept requests with
// page.route run with service workers blocked: Playwright cannot route what a worker fetches.)
import { test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { siteUnderTest, waitForHydration, waitForUrl, distRoot, serve, openPage } from "./harness.mjs";

const site = siteUnderTest();
const phone = { viewport: { width: 390, height: 800 }, isMobile: true, hasTouch: true };

/** The screen of the guide now shown (its id). */
const shownScreen = (page) =>
  page.$$eval(".guide-screen, #guide-problem", (all) => all.filter((s) => !s.hidden).map((s) => s.id).join(","));

test("after a first visit the guides, the directory and visited pages work offline, and no answer is cached", async () => {
  await site.withPage(phone, async (page) => {
    await page.goto(site.url(""));
    await waitForHydration(page);
    // The worker installs (keeping its files) and takes over this page.
    await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 20000 });
    await page.goto(site.url("cities/izu/windows/ibasho/"));
    const windowTitle = await page.textContent("h1");
    // Whole loads of addresses that carry what a resident said: a guide's answers, a search.
    await page.goto(site.url("cities/izu/guides/resident/?danger=no&who=self"));
    await waitForHydration(page);
    // The search page is the worker's, but the index files it fetches go straight to the
    // network (the worker keeps none of them, so a detour through it would only add time).
    const indexResponses = [];
    const onResponse = (response) => {
      if (/\/search\/[0-9a-f]{16}\//.test(new URL(response.url()).pathname)) indexResponses.push(response);
    };
    page.on("response", onResponse);
    await page.goto(site.url("search/?q=%E8%99%90%E5%BE%85"));
    await waitForHydration(page);
    await page.waitForFunction(() => /検索結果/.test(document.querySelector("#search-status")?.textContent ?? ""));
    page.off("response", onResponse);
    assert.ok(indexResponses.length > 0, "the search fetched index files");
    assert.deepEqual(indexResponses.filter((response) => response.fromServiceWorker()).map((response) => response.url()), [], "no index file passed through the worker");
    await page.context().setOffline(true);

    // A guide, walked with the network off: the page, its screens and the WASM come from the cache.
    await page.goto(site.url("cities/izu/guides/resident/"));
    await waitForHydration(page);
    await page.click("#guide-start");
    await page.waitForFunction(() => [...document.querySelectorAll(".guide-screen")].some((s) => !s.hidden && s.id.startsWith("guide-q-")));
    const first = await shownScreen(page);
    const form = page.locator(`#${first} form`);
    await form.locator("input").first().check();
    await form.locator("button[type=submit]").click();
    await page.waitForFunction((first) => ![...document.querySelectorAll(".guide-screen")].some((s) => !s.hidden && s.id === first), first);
    assert.match(page.url(), /\?/, "the answer is in the address, as online");
    const answered = new URL(page.url()).search;

    // The directory, kept on install, with its filter working.
    await page.goto(site.url("windows/"));
    await waitForHydration(page);
    assert.ok((await page.locator("#window-list > li").count()) > 20, "the all-cities directory lists the windows");

    // A page visited online.
    await page.goto(site.url("cities/izu/windows/ibasho/"));
    assert.equal(await page.textContent("h1"), windowTitle);

    // A page never visited: the offline page, which lists what is kept.
    await page.goto(site.url("glossary/"));
    await waitForUrl(page, site.url("offline/"));
    assert.equal(await page.textContent("h1"), "通信できません（オフライン）");
    const listed = await page.$$eval("#main li a", (links) => links.map((a) => a.getAttribute("href")));
    assert.ok(listed.includes("/cities/izu/guides/resident/") && listed.includes("/windows/"), listed.join(" "));

    // Nothing with an answer in any cache: no kept address, and no kept response's own
    // address, has a query; nothing of the search index is kept.
    const { kept, responses } = await page.evaluate(async () => {
      const kept = [];
      const responses = [];
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const request of await cache.keys()) {
          kept.push(request.url);
          responses.push((await cache.match(request)).url);
        }
      }
      return { kept, responses };
    });
    assert.deepEqual(responses.filter((url) => new URL(url).search !== ""), [], "no kept response was fetched with a query");
    assert.deepEqual(kept.filter((url) => new URL(url).pathname.startsWith("/search/")), [], "nothing of a search is kept");
    assert.ok(kept.length > 20, `the worker keeps the shell and pages: ${kept.length}`);
    assert.deepEqual(kept.filter((url) => new URL(url).search !== ""), [], "no address with a query is kept");
    assert.ok(!kept.some((url) => url.includes(answered.slice(1))), "the answer is nowhere in the cache");
    assert.ok(!kept.some((url) => url.includes("glossary")), "an unvisited page was not fetched");
    assert.deepEqual(page.foreignRequests(), []);
  });
});

test("a new build's worker takes over and the open page says a newer version is ready", async () => {
  // A copy of the build, served on its own, whose sw.js is then replaced as a new build would.
  const copy = mkdtempSync(join(tmpdir(), "tsunagu-update-"));
  cpSync(distRoot, copy, { recursive: true });
  const host = await serve(copy);
  const page = await openPage(site.browser);
  try {
    await page.goto(host.url(""));
    await waitForHydration(page);
    await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 20000 });
    assert.equal(await page.locator("#update-ready").isVisible(), false, "no notice while nothing changed");
    const worker = join(copy, "sw.js");
    writeFileSync(worker, readFileSync(worker, "utf8").replace(/"version":"[0-9a-f]+"/, '"version":"0000000000000000"'));
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration.update()));
    await page.locator("#update-ready").waitFor({ state: "visible", timeout: 20000 });
    assert.match(await page.textContent("#update-ready"), /新しい版があります/);
    await page.waitForFunction(async () => (await caches.keys()).join() === "tsunagu-/-0000000000000000", null, { timeout: 10000 });
    assert.deepEqual(page.problems(), []);
  } finally {
    await page.closeAll();
    host.stop();
    rmSync(copy, { recursive: true, force: true });
  }
});
