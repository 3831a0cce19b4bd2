// When the app (the WASM) starts: at once on a page that needs it as it loads (a guide, any
// address with a query), and elsewhere only when the reader first reaches a control, so reading
// a page downloads no WASM. A choice made before the app is ready is not lost.
import { test } from "node:test";
import assert from "node:assert/strict";
import { siteUnderTest } from "./harness.mjs";

const site = siteUnderTest();
const hydrated = (page) => page.waitForFunction(() => document.documentElement.dataset.hydrated === "true", null, { timeout: 20000 });

/** Opens `path` with every request recorded; `page.fetched()` lists the WASM and JS asked for. */
async function open(page, path) {
  const requests = [];
  page.on("request", (request) => requests.push(new URL(request.url()).pathname));
  page.fetched = () => requests.filter((path) => /\.(wasm|js)$/.test(path) && !path.endsWith("/sw.js"));
  await page.goto(site.url(path));
  await page.waitForLoadState("networkidle");
}

test("reading a plan page fetches the start script only; links are plain links until the app starts", async () => {
  await site.withPage({ serviceWorkers: "block" }, async (page) => {
    await open(page, "cities/komae/");
    assert.deepEqual(page.fetched().map((path) => path.replace(/-[0-9a-f]{16}/, "")), ["/start.js"]);
    const link = page.locator("#page-body a[href^='/glossary/']").first();
    const name = (await link.textContent()).trim();
    await link.click();
    await page.waitForURL(/\/glossary\/(#.*)?$/);
    assert.match(await page.title(), /用語集/, `the link 「${name}」 opened the glossary`);
    assert.ok(!page.fetched().some((path) => path.endsWith(".wasm")), "following a link loaded the next page, not the app");
  });
});

test("a text size chosen before the app is ready is applied once it is, and kept", async () => {
  await site.withPage({ serviceWorkers: "block" }, async (page) => {
    await open(page, "");
    assert.ok(!page.fetched().some((path) => path.endsWith(".wasm")));
    await page.getByRole("button", { name: "大", exact: true }).click();
    await hydrated(page);
    assert.ok(page.fetched().some((path) => path.endsWith(".wasm")), "reaching the button started the app");
    await page.waitForFunction(() => document.documentElement.dataset.textSize === "large");
    // Pressed, its name gains the ✓ the style sheet adds.
    assert.equal(await page.getByRole("button", { name: /^(✓ )?大$/ }).getAttribute("aria-pressed"), "true");
    await page.reload();
    assert.equal(await page.evaluate(() => document.documentElement.dataset.textSize), "large", "kept on this device");
  });
});

test("a directory filter chosen before the app is ready filters the list once it is", async () => {
  await site.withPage({ serviceWorkers: "block" }, async (page) => {
    await open(page, "cities/komae/windows/");
    const all = await page.locator("#window-list > li:visible").count();
    const field = page.getByLabel("だれの相談か");
    const choice = await field.locator("option").nth(1).getAttribute("value");
    await field.selectOption(choice);
    await hydrated(page);
    await page.waitForFunction((all) => document.querySelectorAll("#window-list > li:not([hidden])").length < all, all);
    assert.equal(await field.inputValue(), choice, "the choice stays");
    assert.match(page.url(), /\?/, "and is in the address");
  });
});

test("a guide and an address with a query start the app as they load", async () => {
  for (const path of ["cities/izu/guides/resident/", "search/?q=%E7%9B%B8%E8%AB%87"]) {
    await site.withPage({ serviceWorkers: "block" }, async (page) => {
      await open(page, path);
      await hydrated(page);
      assert.ok(page.fetched().some((path) => path.endsWith(".wasm")), `${path} loaded the app at once`);
    });
  }
});
