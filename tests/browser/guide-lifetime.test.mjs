// The guide's listeners (its own WASM's) live as long as its page: one set while a guide is
// shown, none on other pages, and still one set after leaving a guide and coming back by link
// and by Back (whole page loads: the guide's page is not the app's to navigate). Counted with
// the DevTools protocol, then checked by behaviour: Shift pressed twice does not leave (two
// sets would count each press twice).
import { test } from "node:test";
import assert from "node:assert/strict";
import { siteUnderTest, waitForHydration, waitForUrl, distRoot } from "./harness.mjs";

const site = siteUnderTest(distRoot);
const EXIT = "https://tenki.jp/";
const GUIDE = "cities/izu/guides/resident/";
const INDEX = "cities/izu/guides/";
const KINDS = ["click", "submit", "change", "keydown", "keyup"];

/** How many listeners of each kind the document (and the window, for popstate) has. */
async function listenerCounts(page) {
  const cdp = await page.context().newCDPSession(page);
  const count = async (expression, kinds) => {
    const { result } = await cdp.send("Runtime.evaluate", { expression });
    const { listeners } = await cdp.send("DOMDebugger.getEventListeners", { objectId: result.objectId });
    return Object.fromEntries(kinds.map((kind) => [kind, listeners.filter((l) => l.type === kind).length]));
  };
  const counts = { ...(await count("document", KINDS)), ...(await count("window", ["popstate"])) };
  await cdp.detach();
  return counts;
}

/** Waits until the guide's intro shows (the guide has painted its first screen). */
const onIntro = (page) =>
  page.waitForFunction(() => {
    const intro = document.getElementById("guide-intro");
    return intro && !intro.hidden && document.getElementById("guide-nav")?.hidden;
  }, null, { timeout: 10000 });

/** Follows the link to `path` on the page and waits for it. */
async function follow(page, path) {
  await page.click(`a[href$="/${path}"]:visible`);
  await waitForUrl(page, new RegExp(`/${path}$`));
}

test("leaving a guide and coming back never leaves two sets of listeners", async () => {
  await site.withPage({}, async (page) => {
    await page.goto(site.url(GUIDE));
    await waitForHydration(page);
    await onIntro(page);
    const onGuide = await listenerCounts(page);

    await follow(page, INDEX);
    await page.waitForFunction(() => !document.getElementById("guide"));
    const away = await listenerCounts(page);
    for (const kind of [...KINDS, "popstate"]) {
      assert.equal(away[kind], onGuide[kind] - 1, `${kind}: the guide's listener is removed with its page`);
    }

    for (let round = 0; round < 2; round++) {
      await follow(page, GUIDE);
      await onIntro(page);
      assert.deepEqual(await listenerCounts(page), onGuide, `back on the guide by link (round ${round + 1})`);
      await follow(page, INDEX);
      await page.waitForFunction(() => !document.getElementById("guide"));
      assert.deepEqual(await listenerCounts(page), away, `away again (round ${round + 1})`);
    }
    await page.goBack();
    await waitForUrl(page, new RegExp(`/${GUIDE}$`));
    await onIntro(page);
    assert.deepEqual(await listenerCounts(page), onGuide, "back on the guide by Back");
    assert.deepEqual(page.problems(), []);
  });
});

test("after coming back to a guide, each Shift press counts once towards the quick exit", async () => {
  await site.withPage({ serviceWorkers: "block" }, async (page) => {
    await page.route(`${EXIT}**`, (route) => route.fulfill({ contentType: "text/html", body: "<title>天気</title><p>neutral</p>" }));
    await page.goto(site.url(GUIDE));
    await waitForHydration(page);
    await onIntro(page);
    for (let round = 0; round < 2; round++) {
      await follow(page, INDEX);
      await follow(page, GUIDE);
      await onIntro(page);
    }
    await page.click("#guide-start");
    await page.waitForFunction(() => !document.getElementById("guide-q-danger")?.hidden);
    for (let i = 0; i < 2; i++) await page.keyboard.press("Shift");
    await page.waitForTimeout(300);
    assert.match(page.url(), /at=danger$/, "two presses do not leave");
    await page.keyboard.press("Shift");
    await page.waitForURL(`${EXIT}**`, { timeout: 10000 });
  });
});
