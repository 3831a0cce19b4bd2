// Search as new staff use it to reach the staff course: a staff query typed in the header's box,
// narrowed to the course with the form's kind filter (kept in the URL), a result followed to a
// module's section, Back to the same results; axe-core on the filtered results; a self-check's
// answers are never a result; the 五十音 index marks the course's pages without JavaScript.
import { test } from "node:test";
import assert from "node:assert/strict";
import { siteUnderTest, waitForHydration, waitForUrl, distRoot, axeClean } from "./harness.mjs";

const site = siteUnderTest(distRoot);

const pageLinks = (page) => page.$$eval("#search-results .search-result__page a", (links) => links.map((a) => a.getAttribute("href")));
const resultsShown = (page) => page.waitForFunction(() => /検索結果/.test(document.querySelector("#search-status")?.textContent ?? ""));

test("staff type 交通整理, keep only the course with the kind filter, follow a result to the module's section and come Back", async () => {
  await site.withPage({}, async (page) => {
    await page.goto(site.url("training/"));
    await waitForHydration(page);
    await page.getByRole("searchbox", { name: "サイト内検索" }).fill("交通整理");
    await page.keyboard.press("Enter");
    await waitForUrl(page, /\/search\/\?q=/);
    await resultsShown(page);
    const everything = await pageLinks(page);
    assert.ok(everything.some((href) => !href.startsWith("/training/")), `beyond the course too: ${everything}`);

    await page.getByLabel("種類").selectOption({ label: "職員研修" });
    await waitForUrl(page, /kind=training$/);
    await page.waitForFunction(() => {
      const links = [...document.querySelectorAll("#search-results .search-result__page a")];
      return links.length > 0 && links.every((a) => a.getAttribute("href").startsWith("/training/"));
    });
    const course = await pageLinks(page);
    assert.equal(course[0], "/training/komae-window-and-sheet/", `the module on the lecture's 交通整理 first: ${course}`);
    assert.match(await page.textContent("#search-results .search-result__kind"), /^職員研修$/, "the result says it is the course's");
    await axeClean(page, "the results filtered to the course");

    const section = page.locator("#search-results a.search-result__heading[href='/training/komae-window-and-sheet/#triage']");
    assert.equal(await section.textContent(), "相談の交通整理と人材育成");
    await section.click();
    await waitForUrl(page, /\/training\/komae-window-and-sheet\/#triage$/);
    await page.waitForFunction(() => {
      const top = document.getElementById("triage")?.getBoundingClientRect().top;
      return top !== undefined && top >= -2 && top < window.innerHeight / 2;
    });
    await page.goBack();
    await waitForUrl(page, /\/search\/\?q=.*kind=training$/);
    await page.waitForFunction(() => document.querySelectorAll("#search-results .search-result").length > 0);
    assert.equal(await page.inputValue("#search-kind"), "training");
    assert.deepEqual(await pageLinks(page), course, "Back shows the same filtered results");
    assert.deepEqual(page.problems(), []);
    assert.deepEqual(page.foreignRequests(), []);
  });
});

test("a case is found by its theme and opens at its story; a self-check's answers are never a result", async () => {
  await site.withPage({}, async (page) => {
    await page.goto(site.url("search/?q=%E3%83%80%E3%83%96%E3%83%AB%E3%82%B1%E3%82%A2&kind=training")); // ダブルケア
    await waitForHydration(page);
    await resultsShown(page);
    const found = await pageLinks(page);
    assert.ok(found.includes("/training/cases/iwaki-double-care/"), `the いわき市 case: ${found}`);
    assert.ok(found.every((href) => !href.endsWith("/check/") && href !== "/training/trainer/" && href !== "/training/progress/"), `${found}`);
    const story = page.locator("#search-results a.search-result__heading[href='/training/cases/iwaki-double-care/#story']");
    assert.equal(await story.textContent(), "相談の場面");
    const label = await page.$eval("#search-results .search-result:has(a[href='/training/cases/iwaki-double-care/']) .search-result__kind", (span) => span.textContent);
    assert.equal(label, "職員研修・いわき市", "a case carries the city whose staff guide answers it");
    await story.click();
    await waitForUrl(page, /\/training\/cases\/iwaki-double-care\/#story$/);
    assert.equal(await page.getAttribute("details[data-case-answer]", "open"), null, "the guide's answer stays closed");

    // A question of a self-check (its answers and explanations are on that page only).
    await page.goto(site.url("search/?q=%E5%AE%88%E7%A7%98%E7%BE%A9%E5%8B%99&kind=training")); // 守秘義務
    await resultsShown(page);
    const checks = await pageLinks(page);
    assert.ok(checks.length > 0 && checks.every((href) => !href.endsWith("/check/")), `${checks}`);
  });
});

test("without JavaScript the 五十音 index lists the course's modules, marked as the course's", async () => {
  await site.withPage({ javaScriptEnabled: false }, async (page) => {
    await page.goto(site.url("search/"));
    const entries = await page.$$eval("#search-az li", (items) => items.map((li) => {
      const copy = li.cloneNode(true);
      copy.querySelectorAll("rt").forEach((reading) => reading.remove());
      return copy.textContent.replace(/\s+/g, " ").trim();
    }));
    assert.ok(entries.includes("新任職員研修 （職員研修）"), `${entries.filter((e) => e.includes("研修"))}`);
    assert.ok(entries.some((entry) => entry.startsWith("4 福祉総合相談窓口とつなぐシート") && entry.endsWith("（職員研修）")), "a module is listed");
    assert.deepEqual(await page.$$eval("#search-kind option", (options) => options.map((o) => o.textContent)),
      ["すべて", "市の計画", "制度の解説", "相談窓口", "用語集", "ガイド", "職員研修"]);
  });
});
