// Layout shift on the pages the app draws as they load (the guide and the search results): the
// first paint must already be the layout the app will draw, so nothing on screen moves when the
// WASM hydrates and fills the page. A PerformanceObserver sums the `layout-shift` entries (as
// Cumulative Layout Shift does, leaving out shifts right after input) from the document's start
// until the page is hydrated and settled; the sum must stay under 0.1, the threshold of a "good"
// CLS. The WASM and the index files are held back a while, as a phone's network would, so the
// page is painted before the app draws on it. This checks the layout, not a timing: what is
// measured is how far things move, not how fast.
// And when the app cannot start (its WASM fails to load), the pages fall back to what they show
// without JavaScript: the guide's notice with its link, the search page's 五十音 index.
import { test } from "node:test";
import assert from "node:assert/strict";
import { siteUnderTest, waitForHydration } from "./harness.mjs";
import { guideResultPath } from "./page-kinds.mjs";

const site = siteUnderTest();
/** A phone's screen, as Lighthouse's mobile preset has it. */
const PHONE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };
const MOST_SHIFT = 0.1;

/** Sums the page's layout shifts from its first byte (installed before any script runs). */
function recordShifts() {
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (!entry.hadRecentInput) {
        window.__shifts.push({
          value: entry.value,
          moved: entry.sources.map((source) => source.node?.nodeName + (source.node?.id ? `#${source.node.id}` : source.node?.className ? `.${source.node.className}` : "")),
        });
      }
    }
  }).observe({ type: "layout-shift", buffered: true });
}

/** How late the app's WASM and the search index's files come, as on a phone's slow network:
 * late enough that the page is painted (and seen) before the app draws on it. */
const LATE_MS = 1200;

/** Loads `path` on a phone, waits for `settled`, and returns the shifts seen. */
async function shiftsOf(path, settled, arg = null) {
  return site.withPage({ ...PHONE, serviceWorkers: "block" }, async (page) => {
    await page.addInitScript(recordShifts);
    await page.route(/(\.wasm|\/search\/[0-9a-f]{16}\/.*)$/, async (route) => {
      await new Promise((done) => setTimeout(done, LATE_MS));
      await route.continue();
    });
    await page.goto(site.url(path));
    await waitForHydration(page);
    await page.waitForFunction(settled, arg, { timeout: 20000 });
    // Two frames and a pause, for anything the app draws after its work is done.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await page.waitForTimeout(300);
    assert.deepEqual(page.problems(), []);
    return page.evaluate(() => window.__shifts);
  });
}

function assertSteady(what, shifts) {
  const total = shifts.reduce((sum, shift) => sum + shift.value, 0);
  console.log(`${what}: cumulative layout shift ${total.toFixed(4)} (${shifts.length} shifts)`);
  assert.ok(total < MOST_SHIFT, `${what}: the layout shifted by ${total.toFixed(3)} as the page loaded: ${JSON.stringify(shifts)}`);
}

/** Whether the guide screen `id` is shown. */
const guideShown = (id) => {
  const screen = document.getElementById(id);
  return !!screen && !screen.hidden && screen.offsetHeight > 0;
};

test("the guide's intro does not move as the app starts", { timeout: 60000 }, async () => {
  assertSteady("guide intro", await shiftsOf("cities/izu/guides/resident/", guideShown, "guide-intro"));
});

test("a guide's question, named in the address, does not move the page as the app draws it", { timeout: 60000 }, async () => {
  assertSteady("guide question", await shiftsOf("cities/izu/guides/resident/?danger=no&at=who", guideShown, "guide-q-who"));
});

test("a guide's result, worked out from the address, does not move the page as the app draws it", { timeout: 90000 }, async () => {
  const path = await guideResultPath(site);
  const shown = () => [...document.querySelectorAll(".guide-result")].some((screen) => !screen.hidden && screen.offsetHeight > 0);
  assertSteady("guide result", await shiftsOf(path, shown));
});

test("the search page keeps the results' place until they come, so nothing jumps", { timeout: 60000 }, async () => {
  const shown = () => document.querySelector("#search-status").textContent.includes("検索結果") && document.querySelectorAll(".search-result").length > 0;
  assertSteady("search results", await shiftsOf("search/?q=%E3%81%B2%E3%81%8D%E3%81%93%E3%82%82%E3%82%8A", shown));
});

test("when the app cannot start, the guide and the search page show what they show without JavaScript", { timeout: 60000 }, async () => {
  await site.withPage({ serviceWorkers: "block" }, async (page) => {
    await page.route(/\.wasm$/, (route) => route.abort());
    await page.goto(site.url("cities/izu/guides/resident/?danger=no&at=who"));
    await page.waitForFunction(() => document.documentElement.dataset.app === "failed", null, { timeout: 20000 });
    assert.equal(await page.isVisible(".guide__needs-js"), true, "the notice with its link to the directory shows");
    assert.equal(await page.isVisible("#guide-q-who"), false, "no screen that cannot work");
    await page.goto(site.url("search/?q=%E7%A4%BE%E5%8D%94"));
    await page.waitForFunction(() => document.documentElement.dataset.app === "failed", null, { timeout: 20000 });
    assert.equal(await page.isVisible("#search-needs-js"), true, "the notice shows");
    assert.equal(await page.isVisible("#search-az"), true, "the 五十音 index shows");
  });
});
