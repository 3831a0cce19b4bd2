// Keyboard only: the skip link, the navigation, the text size and the table of contents.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { siteUnderTest, waitForHydration, routesOf, distRoot } from "./harness.mjs";
import { recordCheck } from "./accessibility-record.mjs";

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
  recordCheck(["2.4.1"], "最初の Tab で「本文へ移動」リンクに届き、Enter で本文に移れる");
});

test("Tab and Enter choose a text size and follow a navigation link", async () => {
  await site.withPage({}, async (page) => {
    await page.goto(site.url(""));
    await waitForHydration(page);
    let current;
    const unmarked = [];
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press("Tab");
      current = await focused(page);
      if (current.outline === "none") unmarked.push(current.text);
      if (current.text.includes("大") && current.tag === "BUTTON") break;
    }
    assert.equal(current.text, "大");
    await page.keyboard.press("Enter");
    assert.equal(await page.evaluate(() => document.documentElement.dataset.textSize), "large");
    // After the text size: the ふりがな switch, the language selector's links, the search box, then the navigation.
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press("Tab");
      current = await focused(page);
      if (current.outline === "none") unmarked.push(current.text);
      if (current.text === "用語集") break;
    }
    assert.equal(current.text, "用語集");
    assert.deepEqual(unmarked, [], "every link and button Tab reaches shows its focus");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.querySelector("h1")?.textContent === "用語集");
    assert.equal((await focused(page)).id, "page-title", "focus lands on the new page's heading");
  });
  recordCheck(["2.1.1"], "キーボードだけで、文字サイズを選び、ナビゲーションのリンクをたどれる");
  recordCheck(["2.4.7"], "Tab で移る「本文へ移動」、文字サイズのボタン、ナビゲーションのリンクのすべてにフォーカスの枠が見える");
});

// Every entry of every table of contents, on a phone and a desktop, with real Japanese glyphs
// (the test command installs Noto CJK): Enter on the entry brings its section to the top of the
// window, or, near the end of a short page, scrolls as far as the page goes with it in view.
for (const [label, viewport] of [["390 px", { width: 390, height: 700 }], ["1280 px", { width: 1280, height: 800 }]]) {
  test(`every table-of-contents entry moves the reading position to its section at ${label}`, async () => {
    const withToc = routesOf(distRoot).filter((route) => readFileSync(join(distRoot, route, "index.html"), "utf8").includes('class="toc"'));
    assert.ok(withToc.length >= 10, `only ${withToc.length} pages have a table of contents`);
    let jumps = 0;
    // Without the offline worker: twice in CI, after some hundred pages in one context with the
    // worker in control, one page's app neither hydrated nor failed within 20 s (on /easy/:
    // {"app":"on-demand","controlled":true}). That stall is the worker's to find (see the
    // offline tests); this test is about the table of contents.
    await site.withPage({ viewport, serviceWorkers: "block" }, async (page) => {
      for (const route of withToc) {
        await page.goto(site.url(route));
        await waitForHydration(page);
        const count = await page.locator(".toc a").count();
        for (let index = 0; index < count; index++) {
          await page.evaluate(() => window.scrollTo(0, 0));
          const entry = page.locator(".toc a").nth(index);
          const target = decodeURIComponent((await entry.getAttribute("href")).slice(1));
          await entry.focus();
          await page.keyboard.press("Enter");
          try {
            await page.waitForFunction((id) => {
              const box = document.getElementById(id).getBoundingClientRect();
              const atEnd = window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
              return (box.top >= -5 && box.top < 200) || (atEnd && box.top >= -5 && box.bottom <= window.innerHeight);
            }, target, { timeout: 3000 });
          } catch {
            const top = await page.evaluate((id) => Math.round(document.getElementById(id).getBoundingClientRect().top), target);
            assert.fail(`/${route}: the entry #${target} left its section at ${top}px from the top`);
          }
          assert.ok(page.url().endsWith(`#${encodeURIComponent(target)}`) || decodeURIComponent(page.url()).endsWith(`#${target}`), page.url());
          jumps++;
        }
      }
    });
    console.log(`table of contents at ${label}: ${jumps} entries on ${withToc.length} pages`);
  });
}

