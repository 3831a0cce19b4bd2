// Emergency help everywhere: the header's 「緊急のとき」 link on every kind of page (home,
// programme, directory, window, guide, the not-found page) opens the one emergency page, by
// mouse, by keyboard and without JavaScript; its numbers are tap-to-call links that never wrap
// (「119番」 on one line at 390 px and 特大); it is axe clean and fits 320 px at 特大 and 200 %
// zoom; and the guide's danger screen shows the same numbers from that page.
import { test } from "node:test";
import assert from "node:assert/strict";
import { siteUnderTest, waitForHydration, distRoot, openHeaderMenu, axeClean } from "./harness.mjs";

const site = siteUnderTest(distRoot);
const phone = { viewport: { width: 390, height: 800 }, isMobile: true, hasTouch: true };
const TITLE = "いますぐ助けが必要なとき";
const NUMBERS = [
  ["tel:110", "110番"],
  ["tel:119", "119番"],
  ["tel:189", "189"],
];

/** Every shown tap-to-call link in `scope`: href, text, its line boxes and white-space. */
const telLinks = (page, scope) =>
  page.$$eval(`${scope} a[href^="tel:"]`, (links) =>
    links
      .filter((a) => a.offsetParent !== null)
      .map((a) => ({ href: a.getAttribute("href"), text: a.textContent, lines: a.getClientRects().length, whiteSpace: getComputedStyle(a).whiteSpace })),
  );

function assertNumbers(links, where) {
  for (const [href, text] of NUMBERS) {
    const link = links.find((link) => link.href === href);
    assert.ok(link, `${where}: ${text} is a tap-to-call link`);
    assert.equal(link.text, text);
  }
  for (const link of links) {
    assert.equal(link.whiteSpace, "nowrap", `${where}: ${link.text} is kept on one line`);
    assert.equal(link.lines, 1, `${where}: ${link.text} does not break across lines`);
  }
}

const pageKinds = [
  ["the home page", ""],
  ["a programme page", "programmes/outreach/"],
  ["a city's directory", "cities/izu/windows/"],
  ["a window page", "cities/komae/windows/csw/"],
  ["a guide", "cities/sanjo/guides/resident/"],
  ["the not-found page", "no-such-page/"],
];

for (const [kind, route] of pageKinds) {
  test(`the header's emergency link on ${kind} opens the emergency page`, async () => {
    await site.withPage(phone, async (page) => {
      if (route === "no-such-page/") {
        // python's http.server has no custom 404 page: serve 404.html for the unknown path, as a host would.
        const notFound = await (await fetch(site.url("404.html"))).text();
        await page.route("**/no-such-page/", (route) => route.fulfill({ status: 404, contentType: "text/html", body: notFound }));
      }
      await page.goto(site.url(route));
      await waitForHydration(page);
      const link = page.locator(".site-header").getByRole("link", { name: /緊急のとき/ });
      assert.equal(await link.count(), 1);
      assert.ok(await link.isVisible(), "the link shows at the top of the page");
      await link.click();
      await page.waitForFunction((title) => document.querySelector("h1")?.textContent === title, TITLE);
      assert.match(page.url(), /\/emergency\/$/);
      assertNumbers(await telLinks(page, "#page-body"), `/emergency/ from ${kind}`);
      // The only console line allowed is Chromium's note that a not-found document was a 404.
      assert.deepEqual(page.problems().filter((problem) => !problem.includes("status of 404")), []);
    });
  });
}

test("the emergency link works by keyboard alone and without JavaScript", async () => {
  await site.withPage({}, async (page) => {
    await page.goto(site.url("glossary/"));
    await waitForHydration(page);
    let focused = "";
    for (let step = 0; step < 8 && !focused.includes("緊急のとき"); step++) {
      await page.keyboard.press("Tab");
      focused = await page.evaluate(() => document.activeElement?.textContent ?? "");
    }
    assert.match(focused, /緊急のとき/, "Tab reaches the emergency link near the top");
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
    assert.notEqual(outline, "none", "the focused link shows a focus ring");
    await page.keyboard.press("Enter");
    await page.waitForFunction((title) => document.querySelector("h1")?.textContent === title, TITLE);
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), "H1", "focus moves to the new page's heading");
  });
  await site.withPage({ javaScriptEnabled: false }, async (page) => {
    await page.goto(site.url("cities/izu/"));
    await page.locator(".site-header").getByRole("link", { name: /緊急のとき/ }).click();
    await page.waitForURL(/\/emergency\/$/);
    assert.equal(await page.textContent("h1"), TITLE);
    assertNumbers(await telLinks(page, "#page-body"), "the emergency page without JavaScript");
  });
});

for (const [size, options] of [
  ["a 390 px phone at 特大", { ...phone }],
  ["a 320 px phone at 特大", { viewport: { width: 320, height: 740 }, isMobile: true, hasTouch: true }],
  ["200 % zoom of a 1280 px window", { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 }],
]) {
  test(`the emergency page reads on ${size}: numbers on one line, no sideways scrolling, axe clean`, async () => {
    await site.withPage(options, async (page) => {
      await page.goto(site.url("emergency/"));
      await waitForHydration(page);
      if (size.includes("特大")) {
        await openHeaderMenu(page);
        await page.locator(".text-size").getByRole("button", { name: /特大$/ }).click();
        await page.waitForFunction(() => document.documentElement.dataset.textSize === "x-large");
      }
      assertNumbers(await telLinks(page, "#page-body"), size);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `no sideways scrolling (${overflow}px)`);
      await axeClean(page, `/emergency/ on ${size}`);
    });
  });
}

test("the guide's danger screen shows the emergency page's numbers, tap-to-call and on one line at 特大", async () => {
  await site.withPage(phone, async (page) => {
    await page.goto(site.url("emergency/"));
    await waitForHydration(page);
    const pageNumbers = await page.$eval("#numbers ~ ul", (list) => list.textContent);
    await openHeaderMenu(page);
    await page.locator(".text-size").getByRole("button", { name: /特大$/ }).click();
    await page.goto(site.url("cities/iwaki/guides/resident/"));
    await waitForHydration(page);
    await page.getByRole("link", { name: "はじめる" }).click();
    await page.locator(".guide-screen:not([hidden])").getByLabel(/^はい。/).check();
    await page.getByRole("button", { name: "次へ" }).click();
    await page.waitForFunction(() => !document.getElementById("guide-o-emergency")?.hidden);
    const screen = "#guide-o-emergency";
    assert.equal(await page.$eval(`${screen} .guide-result__urgent ul`, (list) => list.textContent), pageNumbers, "the same words as the emergency page");
    assertNumbers(await telLinks(page, screen), "the danger screen at 特大");
    await axeClean(page, "the danger screen at 特大");
    assert.deepEqual(page.problems(), []);
  });
});
