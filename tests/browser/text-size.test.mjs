// The text-size setting: it enlarges the text, survives a reload and client-side
// navigation, and a corrupt or old stored value is ignored without any error.
import { test } from "node:test";
import assert from "node:assert/strict";
import { siteUnderTest, waitForHydration, distRoot } from "./harness.mjs";
import { recordCheck } from "./accessibility-record.mjs";

const site = siteUnderTest(distRoot);

const bodyFontSize = (page) => page.evaluate(() => parseFloat(getComputedStyle(document.querySelector(".prose p")).fontSize));
const pressed = (page) => page.$$eval(".text-size button[aria-pressed='true']", (buttons) => buttons.map((b) => b.value));

test("choosing 特大 enlarges the text and is kept after a reload and a navigation", async () => {
  await site.withPage({}, async (page) => {
    await page.goto(site.url("overview/"));
    await waitForHydration(page);
    const standard = await bodyFontSize(page);
    assert.ok(standard >= 16, `body text is ${standard}px`);
    await page.click(".text-size button[value='x-large']");
    assert.deepEqual(await pressed(page), ["x-large"]);
    assert.equal(await bodyFontSize(page), standard * 1.5);
    await page.reload();
    assert.equal(await bodyFontSize(page), standard * 1.5, "applied before the WASM, by the inline script");
    await waitForHydration(page);
    await page.waitForFunction(() => document.querySelector(".text-size [aria-pressed='true']")?.value === "x-large");
    await page.click(".main-nav >> text=用語集");
    await page.waitForFunction(() => document.querySelector("h1")?.textContent === "用語集");
    assert.equal(await bodyFontSize(page), standard * 1.5);
    await page.click(".text-size button[value='standard']");
    assert.equal(await bodyFontSize(page), standard);
    assert.equal(await page.evaluate(() => localStorage.getItem("tsunagu.text-size.v1")), "standard");
    assert.deepEqual(page.problems(), []);
  });
  recordCheck(["1.4.4"], "ページの文字サイズの設定で本文が 1.5 倍になり、再読み込みやページの移動のあとも保たれる");
});

test("the stored size is applied by the inline script before any WASM runs", async () => {
  await site.withPage({ serviceWorkers: "block" }, async (page) => {
    await page.goto(site.url("overview/"));
    const standard = await bodyFontSize(page);
    await page.evaluate(() => localStorage.setItem("tsunagu.text-size.v1", "large"));
    await page.route("**/*.wasm", (route) => route.abort());
    await page.reload();
    assert.equal(await page.evaluate(() => document.documentElement.dataset.hydrated), undefined, "no WASM ran");
    assert.equal(await bodyFontSize(page), standard * 1.25);
  });
});

for (const junk of ['"large"', "{\"size\":3}", "huge", "", "<img src=x onerror=alert(1)>"]) {
  test(`a stored value of ${JSON.stringify(junk)} is ignored without an error`, async () => {
    await site.withPage({}, async (page) => {
      await page.goto(site.url(""));
      await page.evaluate((value) => localStorage.setItem("tsunagu.text-size.v1", value), junk);
      await page.reload();
      await waitForHydration(page);
      await page.waitForTimeout(200);
      assert.deepEqual(await pressed(page), ["standard"]);
      assert.notEqual(await page.evaluate(() => document.documentElement.dataset.textSize), "large");
      assert.deepEqual(page.problems(), []);
    });
  });
}
