// ふりがな: the build writes a reading over every word with kanji; the header's 「ふりがな」
// switch shows or hides them with CSS alone, the choice survives a reload, it is applied by the
// inline script before first paint (no flash), old or damaged storage is ignored, and
// axe-core finds nothing with the readings shown. Also: the phone header folds its menu, and a
// guide's start button is above the fold on a 390 × 844 phone at every text size.
import { test } from "node:test";
import assert from "node:assert/strict";
import { AxeBuilder } from "@axe-core/playwright";
import { siteUnderTest, waitForHydration, distRoot, openHeaderMenu } from "./harness.mjs";

const site = siteUnderTest(distRoot);
const KEY = "tsunagu.furigana.v1";
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

/** Whether the readings in the page body are shown (any laid out with a size). */
const readingShown = (page) =>
  page.evaluate(() => {
    const readings = [...document.querySelectorAll("#page-body rt")];
    if (readings.length === 0) throw new Error("the page body has no <rt>");
    return readings.some((rt) => getComputedStyle(rt).display !== "none" && rt.getBoundingClientRect().height > 0);
  });
const switchPressed = (page) => page.getAttribute(".furigana-switch", "aria-pressed");

test("the switch shows and hides the readings, and the choice survives a reload and a navigation", async () => {
  await site.withPage({}, async (page) => {
    await page.goto(site.url("cities/izu/"));
    await waitForHydration(page);
    assert.equal(await readingShown(page), false, "off by default");
    assert.equal(await switchPressed(page), "false");
    await page.getByRole("button", { name: "ふりがな" }).click();
    assert.equal(await switchPressed(page), "true");
    assert.equal(await readingShown(page), true);
    assert.equal(await page.evaluate((key) => localStorage.getItem(key), KEY), "on");
    await page.reload();
    assert.equal(await readingShown(page), true, "shown after a reload, before the WASM");
    await waitForHydration(page);
    await page.waitForFunction(() => document.querySelector(".furigana-switch")?.getAttribute("aria-pressed") === "true");
    await page.click(".main-nav >> text=用語集");
    await page.waitForFunction(() => document.querySelector("h1")?.textContent === "用語集");
    assert.equal(await readingShown(page), true, "kept on a client-side navigation");
    await page.getByRole("button", { name: "ふりがな" }).click();
    assert.equal(await readingShown(page), false);
    assert.equal(await page.evaluate((key) => localStorage.getItem(key), KEY), "off");
    assert.deepEqual(page.problems(), []);
  });
});

test("a stored choice is applied before first paint, with no WASM at all", async () => {
  await site.withPage({ serviceWorkers: "block" }, async (page) => {
    await page.goto(site.url("cities/izu/"));
    await page.evaluate((key) => localStorage.setItem(key, "on"), KEY);
    await page.route("**/*.wasm", (route) => route.abort());
    // Checked when the document is parsed (DOMContentLoaded), before any script module ran.
    await page.addInitScript(() =>
      document.addEventListener("DOMContentLoaded", () => {
        window.__furiganaAtFirstPaint = document.documentElement.getAttribute("data-furigana");
      }),
    );
    await page.reload();
    assert.equal(await page.evaluate(() => window.__furiganaAtFirstPaint), "on");
    assert.equal(await page.evaluate(() => document.documentElement.dataset.hydrated), undefined, "no WASM ran");
    assert.equal(await readingShown(page), true);
  });
});

for (const junk of ["ON", "true", "{\"on\":1}", "", "<img src=x onerror=alert(1)>"]) {
  test(`a stored ふりがな value of ${JSON.stringify(junk)} is ignored without an error`, async () => {
    await site.withPage({}, async (page) => {
      await page.goto(site.url(""));
      await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, junk]);
      await page.reload();
      await waitForHydration(page);
      assert.equal(await switchPressed(page), "false");
      assert.equal(await page.evaluate(() => document.documentElement.getAttribute("data-furigana")), null);
      assert.deepEqual(page.problems(), []);
    });
  });
}

test("with the readings shown, axe-core finds nothing on a plan page, a directory and a guide", async () => {
  await site.withPage({}, async (page) => {
    await page.goto(site.url(""));
    await page.evaluate((key) => localStorage.setItem(key, "on"), KEY);
    for (const route of ["cities/izu/", "cities/izu/windows/", "cities/izu/guides/resident/", "glossary/"]) {
      await page.goto(site.url(route));
      await waitForHydration(page);
      assert.equal(await readingShown(page), true, route);
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
      assert.deepEqual(results.violations.map((v) => `${route} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join("; ")}`), []);
    }
  });
});

test("the guide's memo copies window names without their readings", async () => {
  await site.withPage({}, async (page) => {
    await page.goto(site.url(""));
    await page.evaluate((key) => localStorage.setItem(key, "on"), KEY);
    await page.goto(site.url("cities/izu/guides/resident/?danger=no&who=family&trouble=care&care-need=worry&age=elderly&area=shuzenji&mobility=hard"));
    await waitForHydration(page);
    await page.waitForSelector(".guide-result:not([hidden])");
    const memo = await page.evaluate(() => document.getElementById("guide-memo")?.textContent ?? "");
    assert.ok(memo.includes("地域包括支援センター"), `the memo names the window as written: ${memo.slice(0, 200)}`);
    assert.ok(!memo.includes("ちいきほうかつ"), "no reading in the memo");
  });
});

for (const [size, value] of [["標準", "standard"], ["特大", "x-large"]]) {
  test(`on a 390 × 844 phone at ${size}, a guide's start button is above the fold`, async () => {
    await site.withPage(phone, async (page) => {
      await page.goto(site.url(""));
      await page.evaluate((v) => localStorage.setItem("tsunagu.text-size.v1", v), value);
      for (const route of ["cities/izu/guides/resident/", "cities/iwaki/guides/resident/", "cities/komae/guides/resident/"]) {
        await page.goto(site.url(route));
        await waitForHydration(page);
        const bottom = await page.locator("#guide-start").evaluate((el) => el.getBoundingClientRect().bottom);
        assert.ok(bottom <= 844, `${route}: the start button ends at ${Math.round(bottom)} px, below the 844 px screen`);
      }
    });
  });
}

test("on a phone the menu folds behind a button that opens it, with the keyboard too", async () => {
  await site.withPage(phone, async (page) => {
    await page.goto(site.url("cities/izu/"));
    await waitForHydration(page);
    const button = page.getByRole("button", { name: "メニュー" });
    assert.equal(await button.getAttribute("aria-expanded"), "false");
    assert.equal(await page.locator(".main-nav").isVisible(), false, "the navigation is folded");
    assert.equal(await page.locator(".emergency-link").isVisible(), true, "the emergency link stays in view");
    await button.focus();
    await page.keyboard.press("Enter");
    assert.equal(await button.getAttribute("aria-expanded"), "true");
    assert.equal(await page.locator(".main-nav").isVisible(), true);
    assert.equal(await page.locator(".furigana-switch").isVisible(), true, "the reading settings are in the menu");
    await page.keyboard.press("Space");
    assert.equal(await button.getAttribute("aria-expanded"), "false");
    await openHeaderMenu(page);
    await page.click(".main-nav >> text=用語集");
    await page.waitForFunction(() => document.querySelector("h1")?.textContent === "用語集");
    assert.equal(await button.getAttribute("aria-expanded"), "false", "a navigation folds the menu again");
  });
});

test("without JavaScript the menu is open on a phone, so every link is reachable", async () => {
  await site.withPage({ ...phone, javaScriptEnabled: false }, async (page) => {
    await page.goto(site.url("cities/izu/"));
    assert.equal(await page.locator(".main-nav").isVisible(), true);
    assert.equal(await page.locator(".menu-button").isVisible(), false);
  });
});
