// The printable whole plan: printed to PDF by Chromium on A4 with a plausible page count, every
// in-document link landing on an element, no table row cut across pages, axe-core clean, and
// linked from each plan page.
import { test } from "node:test";
import assert from "node:assert/strict";
import { AxeBuilder } from "@axe-core/playwright";
import { siteUnderTest, waitForHydration } from "./harness.mjs";

const site = siteUnderTest();

/** The number of pages in a PDF: its page objects (`/Type /Page`, not `/Pages`). */
function pdfPageCount(pdf) {
  return (pdf.toString("latin1").match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

test("each city's whole plan prints to a plausible number of A4 pages", async () => {
  for (const city of ["iwaki", "izu", "komae", "sanjo", "yamaguchi"]) {
    await site.withPage({}, async (page) => {
      await page.goto(site.url(`cities/${city}/plan/`));
      await waitForHydration(page);
      const chapters = await page.locator(".plan-chapter").count();
      assert.ok(chapters >= 4, `${city}: ${chapters} chapters`);
      await page.emulateMedia({ media: "print" });
      const pdf = await page.pdf({ format: "A4", printBackground: false });
      const pages = pdfPageCount(pdf);
      // The cover and the contents take a page each, every chapter starts a page, and a chapter
      // is at most a few pages: 2 + chapters ≤ pages ≤ 2 + 8 × chapters.
      assert.ok(pages >= 2 + chapters && pages <= 2 + 8 * chapters, `${city}: ${pages} pages for ${chapters} chapters`);
      assert.deepEqual(page.problems(), []);
    });
  }
});

test("every in-document link of the whole plan lands on an element, and ids are unique", async () => {
  await site.withPage({}, async (page) => {
    await page.goto(site.url("cities/sanjo/plan/"));
    await waitForHydration(page);
    const { dead, repeated, links } = await page.evaluate(() => {
      const anchors = [...document.querySelectorAll('main a[href^="#"]')];
      const dead = anchors
        .map((a) => decodeURIComponent(a.getAttribute("href").slice(1)))
        .filter((id) => !document.getElementById(id));
      const ids = [...document.querySelectorAll("[id]")].map((element) => element.id);
      const repeated = ids.filter((id, at) => ids.indexOf(id) !== at);
      return { dead, repeated, links: anchors.length };
    });
    assert.ok(links > 50, `${links} in-document links`);
    assert.deepEqual(dead, [], "links that land nowhere");
    assert.deepEqual(repeated, [], "ids used twice");
  });
});

test("printed, no table row of the whole plan is cut across two pages", async () => {
  await site.withPage({}, async (page) => {
    await page.goto(site.url("cities/sanjo/plan/"));
    await page.emulateMedia({ media: "print" });
    // Rows and tables are asked not to break (print.css); Chromium's computed style says so.
    const breaking = await page.evaluate(() =>
      [...document.querySelectorAll(".plan-chapter tr, .plan-chapter .table-scroll")]
        .filter((element) => getComputedStyle(element).breakInside !== "avoid")
        .map((element) => element.outerHTML.slice(0, 80)),
    );
    assert.deepEqual(breaking, []);
    const chapterBreaks = await page.evaluate(() =>
      [...document.querySelectorAll(".plan-chapter")].every((chapter) => getComputedStyle(chapter).breakBefore === "page"),
    );
    assert.ok(chapterBreaks, "every chapter starts a new page");
  });
});

test("axe-core finds nothing on the whole plan, and each plan page links to it", async () => {
  await site.withPage({}, async (page) => {
    await page.goto(site.url("cities/iwaki/plan/"));
    await waitForHydration(page);
    const results = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
      .analyze();
    assert.deepEqual(results.violations.map((v) => `${v.id}: ${v.nodes.length}`), []);
    await page.goto(site.url("cities/iwaki/positioning/"));
    await page.getByRole("link", { name: "計画全体を印刷する" }).click();
    await page.waitForURL(/\/cities\/iwaki\/plan\/$/);
    await page.locator("#plan-contents-title").waitFor();
  });
});
