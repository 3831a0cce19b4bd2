// A guide's map: the page renders its drawing and the same content as a list; the list has
// every question the guide asks (counted on the guide page itself); axe-core finds nothing at
// 390 px; the staff guide and the course link to it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { AxeBuilder } from "@axe-core/playwright";
import { siteUnderTest, waitForHydration, distRoot } from "./harness.mjs";

const site = siteUnderTest(distRoot);

for (const city of ["komae", "izu"]) {
  for (const flow of ["staff", "resident"]) {
    test(`the ${city} ${flow} guide's map draws the flow and lists every question, and axe finds nothing at 390 px`, async () => {
      await site.withPage({ viewport: { width: 390, height: 844 } }, async (page) => {
        await page.goto(site.url(`cities/${city}/guides/${flow}/`));
        // The guide page has one screen per question, each with its title.
        const asked = await page.$$eval("section.guide-screen[data-question]", (screens) =>
          screens.map((screen) => document.getElementById(screen.getAttribute("aria-labelledby")).textContent.trim()),
        );
        assert.ok(asked.length >= 3, `${asked.length} questions on the guide page`);
        await page.goto(site.url(`cities/${city}/guides/${flow}/map/`));
        await waitForHydration(page);
        const svg = page.locator("svg.flow-map__svg");
        assert.equal(await svg.getAttribute("role"), "img");
        assert.match(await svg.getAttribute("aria-label"), /全体図/);
        const box = await svg.boundingBox();
        assert.ok(box && box.width > 200 && box.height > 200, `drawn: ${JSON.stringify(box)}`);
        const listed = await page.$$eval(".flow-map__list > li > .flow-map__entry", (entries) =>
          entries.map((entry) => entry.textContent).filter((text) => text.startsWith("質問：")),
        );
        assert.deepEqual([...listed].sort(), asked.map((title) => `質問：${title}`).sort(), "every question of the guide is listed");
        const drawnTitles = await page.$$eval("text.flow-map__title", (texts) => texts.filter((t) => t.textContent.startsWith("質問：")).length);
        assert.equal(drawnTitles, listed.length, "every listed question is drawn");
        const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
        assert.deepEqual(results.violations.map((v) => `${v.id} ${v.nodes.map((n) => n.target).join(" ")}`), []);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px (only the drawing's own region may)`);
        assert.deepEqual(page.problems(), []);
      });
    });
  }
}

test("the staff guide's intro and the course link to the maps", async () => {
  await site.withPage({}, async (page) => {
    await page.goto(site.url("cities/komae/guides/staff/"));
    assert.equal(await page.getAttribute("a:text('このガイドの全体図')", "href"), "/cities/komae/guides/staff/map/");
    await page.goto(site.url("training/"));
    assert.equal(await page.getAttribute("li:has-text('職員向けガイドの全体図') a:text('狛江市')", "href"), "/cities/komae/guides/staff/map/");
  });
});
