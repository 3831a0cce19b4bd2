// Keyboard only: the skip link, the navigation, the text size and the table of contents.
import { test } from "node:test";
import assert from "node:assert/strict";
import { siteUnderTest, waitForHydration, distRoot } from "./harness.mjs";

const site = siteUnderTest(distRoot);

const focused = (page) => page.evaluate(() => {
  const el = document.activeElement;
  return { tag: el.tagName, id: el.id, text: el.textContent.trim().slice(0, 30), outline: getComputedStyle(el).outlineStyle };
});

test("the first Tab reaches a visible skip link that moves focus to the main content", async () => {
  await site.withPage({}, async (page) => {
    await page.goto(site.url("programmes/outreach/"));
    await waitForHydration(page);
    await page.keyboard.press("Tab");
    const skip = await focused(page);
    assert.equal(skip.text, "本文へ移動");
    assert.notEqual(skip.outline, "none", "focus is visible");
    const box = await page.locator(".skip-link").boundingBox();
    assert.ok(box && box.y >= 0, "the skip link is on screen when focused");
    await page.keyboard.press("Enter");
    assert.equal((await focused(page)).id, "main");
  });
});

test("Tab and Enter choose a text size and follow a navigation link", async () => {
  await site.withPage({}, async (page) => {
    await page.goto(site.url(""));
    await waitForHydration(page);
    let current;
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press("Tab");
      current = await focused(page);
      if (current.text.includes("大") && current.tag === "BUTTON") break;
    }
    assert.equal(current.text, "大");
    await page.keyboard.press("Enter");
    assert.equal(await page.evaluate(() => document.documentElement.dataset.textSize), "large");
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press("Tab");
      current = await focused(page);
      if (current.text === "用語集") break;
    }
    assert.equal(current.text, "用語集");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.querySelector("h1")?.textContent === "用語集");
    assert.equal((await focused(page)).id, "page-title", "focus lands on the new page's heading");
  });
});

test("a table-of-contents entry moves the reading position to its section", async () => {
  await site.withPage({ viewport: { width: 390, height: 700 } }, async (page) => {
    await page.goto(site.url("meetings/"));
    await waitForHydration(page);
    const entry = page.locator(".toc a").nth(1);
    const target = (await entry.getAttribute("href")).slice(1);
    await entry.focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction((id) => {
      const box = document.getElementById(decodeURIComponent(id)).getBoundingClientRect();
      return box.top >= -5 && box.top < 200;
    }, target);
    assert.match(page.url(), new RegExp(`#${target}$`));
  });
});
