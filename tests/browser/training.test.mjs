// The staff course as a learner uses it: take a module, answer a self-check wrong then right,
// do a case, see the record survive a reload, export it, clear it, import it back, print the
// record; damaged stored records are ignored; axe-core on every training screen at 390 px and
// at 200 % zoom.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import { siteUnderTest, waitForHydration, distRoot, routesOf } from "./harness.mjs";

const site = siteUnderTest(distRoot);
const KEY = "tsunagu.training.v1";
const stored = (page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? "null"), KEY);
const recordCell = (page, key) => page.textContent(`[data-record='${key}']`);

test("a learner takes a module, answers a self-check wrong then right, does a case, and the record survives a reload", async () => {
  await site.withPage({}, async (page) => {
    await page.goto(site.url("training/"));
    await waitForHydration(page);
    await page.click("a:text('3 支援会議と重層的支援会議：同意と守秘義務')");
    await page.waitForFunction(() => document.querySelector("h1")?.textContent.startsWith("3 支援会議"));
    await page.click("button:text('このモジュールを学習済みにする')");
    await page.waitForFunction(() => document.querySelector("[data-training-module] [role=status]")?.textContent.includes("学習済み"));

    await page.click("a:text('確認テストを受ける（3問）')");
    await page.waitForSelector("form[data-training-quiz='meetings-and-consent']");
    await waitForHydration(page); // the course's own WASM scores it (a whole page load: it starts again)
    // Wrong first: 重層的支援会議 for a case without consent.
    await page.check("label:text-is('重層的支援会議')");
    await page.check("label:text-is('本人の同意書をそろえる義務')");
    await page.check("label:text-is('どちらでもよいので、確かめる必要はない')");
    await page.click("button:text('答え合わせをする')");
    assert.match(await page.textContent("[data-score]"), /3問中0問正解/);
    assert.match(await page.textContent("[data-question='q1'] [data-verdict]"), /ちがいます/);
    assert.equal(await page.getAttribute("[data-question='q1'] details", "open"), "", "the explanation opens");
    assert.equal((await stored(page)).quizzes["meetings-and-consent"].right, 0);
    // Then right.
    await page.check("label:text-is('支援会議')");
    await page.check("label:text-is('守秘義務')");
    await page.uncheck("label:text-is('どちらでもよいので、確かめる必要はない')");
    await page.check("label:text-is('いわき市の計画は第106条の6としている')");
    await page.check("label:text-is('狛江市の講義資料の見出しは「法106条の5」と書いている')");
    await page.click("button:text('答え合わせをする')");
    assert.match(await page.textContent("[data-score]"), /3問中3問正解/);
    assert.match(await page.textContent("[data-question='q3'] [data-verdict]"), /正解です/);

    await page.goto(site.url("training/cases/komae-8050/"));
    await waitForHydration(page);
    await page.check("label:text-is('地域包括支援センター')");
    await page.check("label:text-is('多機関協働事業に相談し、重層的支援会議で話し合う')");
    await page.check("label:text-is('いいえ、同意しだいではない')");
    await page.click("button:text('決めたので、ガイドの答えとくらべる')");
    const compare = await page.textContent("[data-case-compare]");
    assert.match(compare, /進め方：× ガイドとちがう/);
    assert.match(compare, /支援会議で話し合う/);
    assert.match(compare, /同意：× ガイドとちがう/);
    assert.equal(await page.getAttribute("[data-case-answer]", "open"), "", "the guide's answer opens");
    assert.match(await page.textContent("[data-case-answer]"), /相談支援包括化推進員/);

    await page.goto(site.url("training/progress/"));
    await page.reload();
    await waitForHydration(page);
    await page.waitForFunction(() => !document.querySelector("#training-controls").hidden);
    assert.match(await recordCell(page, "module:meetings-and-consent"), /^\d{4}-\d\d-\d\d 学習済み$/);
    assert.match(await recordCell(page, "quiz:meetings-and-consent"), /3問中3問正解/);
    assert.match(await recordCell(page, "case:komae-8050"), /ガイドとちがう点あり/);
    assert.equal(await recordCell(page, "module:law-and-programmes"), "まだ");
    assert.deepEqual(page.problems(), []);
    assert.deepEqual(page.foreignRequests(), []);
  });
});

test("the record is exported to a file, cleared, imported back, and printed with its dates", async () => {
  await site.withPage({ acceptDownloads: true }, async (page) => {
    await page.goto(site.url("training/progress/"));
    await page.evaluate((key) => localStorage.setItem(key, JSON.stringify({ version: 1, modules: { "five-cities": "2026-11-30" }, quizzes: { "five-cities": { right: 2, total: 3, date: "2026-11-30" } }, cases: {} })), KEY);
    await page.reload();
    await waitForHydration(page);
    await page.waitForFunction(() => document.querySelector("[data-record='module:five-cities']")?.textContent.includes("2026-11-30"));

    const [download] = await Promise.all([page.waitForEvent("download"), page.click("button:text('記録をファイルに書き出す')")]);
    const folder = mkdtempSync(join(tmpdir(), "training-"));
    const file = join(folder, download.suggestedFilename());
    await download.saveAs(file);
    assert.equal(JSON.parse(readFileSync(file, "utf8")).modules["five-cities"], "2026-11-30");

    page.once("dialog", (dialog) => dialog.accept());
    await page.click("button:text('この端末の記録を消す')");
    await page.waitForFunction(() => document.querySelector("#training-status")?.textContent.includes("消しました"));
    assert.equal(await stored(page), null);
    assert.equal(await recordCell(page, "module:five-cities"), "まだ");

    // A file that is not a record changes nothing.
    const junk = join(folder, "junk.json");
    writeFileSync(junk, "{\"version\": 9}");
    await page.setInputFiles("#training-import", junk);
    await page.waitForFunction(() => document.querySelector("#training-status")?.textContent.includes("読めませんでした"));
    assert.equal(await stored(page), null);

    await page.setInputFiles("#training-import", file);
    await page.waitForFunction(() => document.querySelector("#training-status")?.textContent.includes("読み込みました"));
    assert.equal((await stored(page)).quizzes["five-cities"].right, 2);
    assert.match(await recordCell(page, "quiz:five-cities"), /3問中2問正解（2026-11-30）/);

    await page.emulateMedia({ media: "print" });
    assert.equal(await page.isVisible("#training-controls"), false, "no controls on paper");
    assert.equal(await page.isVisible(".main-nav"), false);
    assert.equal(await page.isVisible("table.training-record"), true);
    assert.match(await page.textContent(".training-record__print-note"), /印刷日：\d{4}-\d\d-\d\d/);
    assert.deepEqual(page.problems(), []);
  });
});

for (const junk of ["", "{", "null", "{\"version\":0}", "{\"version\":1,\"modules\":{\"<x>\":\"2026-11-30\"}}", "x".repeat(70000)]) {
  test(`a stored record of ${JSON.stringify(junk.slice(0, 30))} is ignored without an error`, async () => {
    await site.withPage({}, async (page) => {
      await page.goto(site.url("training/progress/"));
      await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, junk]);
      await page.reload();
      await waitForHydration(page);
      await page.waitForFunction(() => !document.querySelector("#training-controls").hidden);
      assert.equal(await recordCell(page, "module:law-and-programmes"), "まだ");
      assert.deepEqual(page.problems(), []);
    });
  });
}

test("the self-check works without the script: the answers and explanations are in a disclosure", async () => {
  await site.withPage({ javaScriptEnabled: false }, async (page) => {
    await page.goto(site.url("training/law-and-programmes/check/"));
    await page.click("[data-question='q1'] summary");
    assert.match(await page.textContent("[data-question='q1'] details"), /正解：社会福祉法第106条の5/);
  });
});

test("axe-core finds nothing on any training screen, at 390 px and at 200 % zoom, before and after answering", async () => {
  const routes = routesOf(distRoot).filter((route) => route.startsWith("training/"));
  assert.ok(routes.length >= 6 + 6 + 14 + 2, `${routes.length} training routes`);
  for (const viewport of [{ width: 390, height: 844 }, { width: 640, height: 720 }]) {
    await site.withPage({ viewport }, async (page) => {
      for (const route of routes) {
        await page.goto(site.url(route));
        await waitForHydration(page);
        if (route.endsWith("/check/")) {
          await page.click("button:text('答え合わせをする')");
        } else if (route.startsWith("training/cases/") && route !== "training/cases/") {
          await page.check(".training-case input[type=radio] >> nth=0");
          await page.click("button:text('決めたので、ガイドの答えとくらべる')");
        }
        const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
        assert.deepEqual(results.violations.map((v) => `${route}: ${v.id} ${v.nodes.map((n) => n.target).join(" ")}`), []);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.ok(overflow <= 0, `${route} at ${viewport.width}px scrolls sideways by ${overflow}px`);
      }
      assert.deepEqual(page.problems(), []);
    });
  }
});

test("the trainer's page has a card for every case, one to a printed page, and axe finds nothing", async () => {
  await site.withPage({ viewport: { width: 390, height: 844 } }, async (page) => {
    await page.goto(site.url("training/cases/"));
    const cases = await page.$$eval(".training-cases a", (links) => links.map((link) => link.textContent));
    await page.goto(site.url("training/"));
    await page.click("a:text('講師用：事例カード')");
    await page.waitForFunction(() => document.querySelector("h1")?.textContent.includes("事例カード"));
    const cards = await page.$$eval("article.training-card h2", (headings) => headings.map((heading) => heading.textContent));
    assert.equal(cases.length, 14);
    assert.deepEqual(cards, cases, "one card per case, in the list's order");
    const first = page.locator("article.training-card").first();
    for (const part of ["話し合う問い", "職員向けガイドの答え", "話し合いのためのメモ"]) {
      assert.ok((await first.innerText()).includes(part), part);
    }
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
    assert.deepEqual(results.violations.map((v) => `${v.id} ${v.nodes.map((n) => n.target).join(" ")}`), []);

    await page.emulateMedia({ media: "print" });
    const breaks = await page.$$eval("article.training-card", (all) =>
      all.map((card) => [getComputedStyle(card).breakAfter, getComputedStyle(card).breakInside]),
    );
    assert.equal(breaks.length, 14);
    assert.deepEqual(breaks.slice(0, -1), Array(13).fill(["page", "avoid"]), "a new page after every card but the last");
    assert.deepEqual(breaks.at(-1), ["auto", "avoid"]);
    assert.equal(await page.locator(".toc").isVisible(), false, "the contents list does not print");
    assert.deepEqual(page.problems(), []);
  });
});
