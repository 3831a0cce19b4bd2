// Every page, hydrated, as a phone and a desktop would show it: axe-core (WCAG 2.2 A/AA
// rules) finds nothing, the layout reflows at 320 CSS px (= 400 % zoom of 1280 px), and no
// page writes a console error, sets a cookie or sends a request to another host.
import { test } from "node:test";
import assert from "node:assert/strict";
import { AxeBuilder } from "@axe-core/playwright";
import { siteUnderTest, waitForHydration, routesOf, distRoot, openHeaderMenu } from "./harness.mjs";
import { recordAxe, recordCheck } from "./accessibility-record.mjs";

const site = siteUnderTest(distRoot);

const routes = routesOf(distRoot);
// axe runs on every page but the language editions' window pages, which are one template
// filled from the windows' edition files: of those, one city's (狛江's) stand for the rest, so
// the run stays within its time as cities are added. Every page still gets the 320 px check.
const editionWindowPage = /^(easy|en)\/cities\/([^/]+)\/windows\/[^/]+\/$/;
const axeRoutes = routes.filter((route) => {
  const match = route.match(editionWindowPage);
  return !match || match[2] === "komae";
});
const describe = (violations) =>
  violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join("; ")})`).join("\n");

test("axe-core finds no violations on any page (the editions' window pages: one city's), and no page errs, tracks or calls out", async () => {
  assert.ok(axeRoutes.some((route) => editionWindowPage.test(route)), "the sample holds edition window pages");
  await site.withPage({}, async (page) => {
    const failures = [];
    for (const route of [...axeRoutes, "404.html"]) {
      await page.goto(site.url(route));
      await waitForHydration(page);
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
      await recordAxe(page, route, results);
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
      "cities/izu/guides/resident/", "cities/izu/guides/resident/?danger=no&who=family&at=trouble",
      "cities/izu/guides/resident/?danger=no&who=family&trouble=care&care-need=worry&age=elderly&area=shuzenji&mobility=hard&at=check",
      "cities/izu/guides/resident/?danger=no&who=family&trouble=care&care-need=worry&age=elderly&area=shuzenji&mobility=hard",
    ]) {
      await page.goto(site.url(route));
      await waitForHydration(page);
      // The guide's addresses show the screen they name (a question, the check screen, a result).
      const screen = route.endsWith("at=check") ? "#guide-check" : route.endsWith("mobility=hard") ? ".guide-result" : route.endsWith("at=trouble") ? "#guide-q-trouble" : null;
      if (screen) await page.waitForSelector(`${screen}:not([hidden])`);
      await openHeaderMenu(page);
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
  recordCheck(["1.4.10"], `幅 320 CSS px（1280 px の 400 % 拡大に当たる）で、全 ${routes.length} ページが表の領域のほかは横にスクロールしない`);
});

// Pages of every kind (the largest, the tables, the chart, the guide's screens) at 200 % zoom
// of a 1280 px window, and with WCAG's text spacing (1.4.12): nothing clipped, nothing sideways.
const samplePages = [
  "", "cities/izu/comprehensive-consultation/", "windows/", "cities/komae/windows/csw/", "cities/sanjo/indicators/",
  "programmes/compare/", "glossary/", "cities/komae/plan/", "cities/izu/guides/resident/?danger=no&who=family&at=trouble",
];
const clipped = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll("body *")]
      .filter((el) => {
        if (el.clientWidth <= 1 || el.clientHeight <= 1 || el.closest("[hidden], .visually-hidden")) return false;
        const style = getComputedStyle(el);
        const clipsX = ["hidden", "clip"].includes(style.overflowX) && el.scrollWidth > el.clientWidth + 1;
        const clipsY = ["hidden", "clip"].includes(style.overflowY) && el.scrollHeight > el.clientHeight + 1;
        return clipsX || clipsY;
      })
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
  );
const sideways = (page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test("at 200 % zoom every kind of page keeps all its text, with nothing clipped and no sideways scrolling", async () => {
  await site.withPage({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 }, async (page) => {
    for (const route of samplePages) {
      await page.goto(site.url(route));
      await waitForHydration(page);
      assert.ok((await sideways(page)) <= 0, `/${route} scrolls sideways at 200 %`);
      assert.deepEqual(await clipped(page), [], `/${route} clips text at 200 %`);
    }
  });
  recordCheck(["1.4.4"], `${samplePages.length} 種類のページを 200 % に拡大（1280 px の画面で 640 CSS px）して、文字が切れず横にスクロールしない`);
});

test("with WCAG's text spacing (line 1.5, paragraphs 2, letters 0.12, words 0.16) nothing is clipped or overlaps the screen edge", async () => {
  await site.withPage({ viewport: { width: 390, height: 700 } }, async (page) => {
    for (const route of samplePages) {
      await page.goto(site.url(route));
      await waitForHydration(page);
      // Set through the CSSOM, as a reader's style sheet would apply it (the page policy blocks inline <style>).
      await page.evaluate(() => {
        for (const el of document.querySelectorAll("body *")) {
          el.style.setProperty("line-height", "1.5", "important");
          el.style.setProperty("letter-spacing", "0.12em", "important");
          el.style.setProperty("word-spacing", "0.16em", "important");
          if (el.tagName === "P") el.style.setProperty("margin-bottom", "2em", "important");
        }
      });
      assert.ok((await sideways(page)) <= 0, `/${route} scrolls sideways with wider text spacing`);
      assert.deepEqual(await clipped(page), [], `/${route} clips text with wider text spacing`);
    }
  });
  recordCheck(["1.4.12"], `${samplePages.length} 種類のページで、行間 1.5・段落 2・文字間 0.12・単語間 0.16 に広げても文字が切れず横にスクロールしない`);
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
