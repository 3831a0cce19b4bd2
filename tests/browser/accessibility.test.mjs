// Every page, hydrated, as a phone and a desktop would show it: axe-core (WCAG 2.2 A/AA
// rules) finds nothing, the layout reflows at 320 CSS px (= 400 % zoom of 1280 px), and no
// page writes a console error, sets a cookie or sends a request to another host.
import { test } from "node:test";
import assert from "node:assert/strict";
import { AxeBuilder } from "@axe-core/playwright";
import { siteUnderTest, waitForHydration, routesOf, distRoot } from "./harness.mjs";

const site = siteUnderTest(distRoot);

const routes = routesOf(distRoot);
const describe = (violations) =>
  violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join("; ")})`).join("\n");

test("axe-core finds no violations on any page, and no page errs, tracks or calls out", async () => {
  await site.withPage({}, async (page) => {
    const failures = [];
    for (const route of [...routes, "404.html"]) {
      await page.goto(site.url(route));
      await waitForHydration(page);
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
      if (results.violations.length > 0) failures.push(`/${route}:\n${describe(results.violations)}`);
    }
    assert.deepEqual(failures, [], failures.join("\n"));
    assert.deepEqual(page.problems(), []);
    assert.deepEqual(page.foreignRequests(), []);
    assert.deepEqual(await page.context().cookies(), []);
  });
});

test("with the largest text size on a 320 px phone: no violations and no sideways scrolling", async () => {
  await site.withPage({ viewport: { width: 320, height: 740 }, isMobile: true, hasTouch: true }, async (page) => {
    for (const route of [
      "cities/izu/comprehensive-consultation/", "windows/", "cities/izu/windows/", "cities/komae/windows/csw/", "cities/sanjo/indicators/", "programmes/compare/",
      "cities/izu/guides/resident/", "cities/izu/guides/resident/?danger=no&who=family&age=elderly&at=trouble",
      "cities/izu/guides/resident/?danger=no&who=family&age=elderly&trouble=care&area=shuzenji&mobility=hard&at=check",
      "cities/izu/guides/resident/?danger=no&who=family&age=elderly&trouble=care&area=shuzenji&mobility=hard",
    ]) {
      await page.goto(site.url(route));
      await waitForHydration(page);
      await page.click(".text-size button[value='x-large']");
      await page.waitForFunction(() => document.documentElement.dataset.textSize === "x-large");
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
      assert.equal(results.violations.length, 0, `/${route}: ${describe(results.violations)}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `/${route} scrolls sideways by ${overflow}px at 320px with the largest text`);
    }
  });
});

test("at 320 CSS px wide nothing but a table region scrolls sideways", async () => {
  await site.withPage({ viewport: { width: 320, height: 640 } }, async (page) => {
    for (const route of routes) {
      await page.goto(site.url(route));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `/${route} scrolls sideways by ${overflow}px at 320px`);
    }
  });
});

test("body text is at least 16px with a line height of about 1.7", async () => {
  await site.withPage({}, async (page) => {
    await page.goto(site.url("overview/"));
    const { size, lineHeight } = await page.evaluate(() => {
      const style = getComputedStyle(document.querySelector(".prose p"));
      return { size: parseFloat(style.fontSize), lineHeight: parseFloat(style.lineHeight) };
    });
    assert.ok(size >= 16, `${size}px`);
    assert.ok(lineHeight / size >= 1.6 && lineHeight / size <= 1.8, `line-height ${lineHeight / size}`);
  });
});
