// The window directory as residents and staff use it: filters by mouse and by keyboard, the
// state kept in the URL (and surviving a reload), the live count, the empty state, hostile
// queries, a window page with its tel: link or its 所管課, the comparison view and the chart.
import { test } from "node:test";
import assert from "node:assert/strict";
import { siteUnderTest, waitForHydration, waitForUrl, distRoot } from "./harness.mjs";

const site = siteUnderTest(distRoot);

/** The windows the list shows now, with their data attributes. */
const visibleItems = (page) =>
  page.$$eval("#window-list > li", (items) =>
    items.filter((li) => !li.hidden && li.offsetParent !== null).map((li) => ({ ...li.dataset, name: li.querySelector("h3").textContent })));
const allItems = (page) => page.$$eval("#window-list > li", (items) => items.length);
const countText = (page) => page.textContent("#filter-count");

test("choosing who it is for with the mouse filters the list, says how many, and goes in the URL", async () => {
  await site.withPage({ viewport: { width: 390, height: 800 }, isMobile: true, hasTouch: true }, async (page) => {
    await page.goto(site.url("cities/izu/windows/"));
    await waitForHydration(page);
    const total = await allItems(page);
    assert.ok(total >= 10, `伊豆市 lists its windows (${total})`);
    assert.equal((await visibleItems(page)).length, total);
    await page.selectOption("#filter-for", "children");
    await waitForUrl(page, /\?for=children$/);
    const shown = await visibleItems(page);
    assert.ok(shown.length > 0 && shown.length < total, `some but not all windows remain (${shown.length}/${total})`);
    for (const item of shown) {
      const audiences = item.audiences.split(" ");
      assert.ok(audiences.includes("children") || audiences.includes("general"), `${item.name} is for children or everyone`);
    }
    assert.equal(await countText(page), `「子ども・子育て」で絞り込み：${total}件のうち${shown.length}件の窓口を表示しています。`);
    assert.equal(await page.getAttribute("#filter-count", "role"), "status", "the count is announced");

    await page.reload();
    await waitForHydration(page);
    await page.waitForFunction(() => document.querySelector("#filter-for").value === "children");
    assert.equal((await visibleItems(page)).length, shown.length, "a reload keeps the filter from the URL");

    await page.click("text=条件をすべて解除");
    await waitForUrl(page, /\/cities\/izu\/windows\/$/);
    assert.equal((await visibleItems(page)).length, total);
    assert.equal(await countText(page), `${total}件の窓口をすべて表示しています。`);
    assert.deepEqual(page.problems(), []);
  });
});

test("the area filter keeps only the windows of that 地区", async () => {
  await site.withPage({}, async (page) => {
    await page.goto(site.url("cities/izu/windows/"));
    await waitForHydration(page);
    const options = await page.$$eval("#filter-area option", (os) => os.map((o) => o.value).filter(Boolean));
    assert.equal(options.length, 4, "伊豆市 has four 地区");
    await page.selectOption("#filter-area", options[0]);
    await waitForUrl(page, new RegExp(`\\?area=${options[0]}$`));
    const shown = await visibleItems(page);
    assert.ok(shown.length > 0);
    for (const item of shown) {
      assert.ok(item.areas === "" || item.areas.split(" ").includes(options[0]), `${item.name} serves ${options[0]} or the whole city`);
    }
    assert.ok(shown.some((item) => item.areas === ""), "windows for the whole city stay in an area's list");
    assert.ok(shown.some((item) => item.areas !== ""), "and so do the area's own windows");
  });
});

test("keyboard only: Tab reaches the filters, arrow keys choose, Enter on the button clears", async () => {
  await site.withPage({}, async (page) => {
    await page.goto(site.url("windows/"));
    await waitForHydration(page);
    const total = await allItems(page);
    let id = "";
    for (let i = 0; i < 60 && id !== "filter-programme"; i++) {
      await page.keyboard.press("Tab");
      id = await page.evaluate(() => document.activeElement.id);
    }
    assert.equal(id, "filter-programme", "Tab reaches the programme filter");
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
    assert.notEqual(outline, "none", "the focused filter is visibly marked");
    await page.keyboard.press("ArrowDown");
    await waitForUrl(page, /\?programme=1$/);
    const shown = await visibleItems(page);
    assert.ok(shown.length > 0 && shown.length < total);
    for (const item of shown) assert.ok(item.programmes.split(" ").includes("1"), `${item.name} takes part in 第1号`);
    for (let i = 0; i < 5 && id !== "BUTTON"; i++) {
      await page.keyboard.press("Tab");
      id = await page.evaluate(() => document.activeElement.tagName);
    }
    assert.equal(id, "BUTTON");
    await page.keyboard.press("Enter");
    await page.waitForFunction((n) => [...document.querySelectorAll("#window-list > li")].filter((li) => !li.hidden).length === n, total);
    assert.equal(await page.evaluate(() => document.querySelector("#filter-programme").value), "");
  });
});

test("a shared link with city and audience opens filtered; a filter with no match says so", async () => {
  await site.withPage({}, async (page) => {
    await page.goto(site.url("windows/?city=komae&for=elderly"));
    await waitForHydration(page);
    await page.waitForFunction(() => document.querySelector("#filter-city").value === "komae");
    const shown = await visibleItems(page);
    assert.ok(shown.length > 0);
    assert.ok(shown.every((item) => item.city === "komae"), "only 狛江市's windows");
    assert.equal(await page.isVisible("#window-list-empty"), false);

    // 山口市's plan has no 参加支援 table, so nothing matches.
    await page.selectOption("#filter-city", "yamaguchi");
    await page.selectOption("#filter-for", "");
    await page.selectOption("#filter-programme", "2");
    await waitForUrl(page, /\?programme=2&city=yamaguchi$/);
    assert.equal((await visibleItems(page)).length, 0);
    assert.equal(await page.isVisible("#window-list-empty"), true, "the empty state explains what to do");
    assert.match(await countText(page), /のうち0件/);
  });
});

test("hostile or stale filter queries show the whole list without errors or injected markup", async () => {
  await site.withPage({}, async (page) => {
    for (const [query, tidied] of [
      ["?for=%3Cimg%20src%3Dx%20onerror%3D%22window.__injected%3D1%22%3E", ""],
      ["?programme=99&programme=-1&city=../../etc&area=%00", ""],
      ["?for=elderly&for=children&for=" + "x".repeat(5000), "?for=elderly"],
      ["?city=tokyo&for=seniors&area=%3Cscript%3E", ""],
    ]) {
      await page.goto(site.url(`cities/izu/windows/${query}`));
      await waitForHydration(page);
      await page.waitForFunction((q) => location.search === q, tidied);
      const total = await allItems(page);
      const shownCount = (await visibleItems(page)).length;
      if (tidied) {
        assert.equal(await page.evaluate(() => document.querySelector("#filter-for").value), "elderly", "the first usable value wins");
      } else {
        assert.equal(shownCount, total, `${query.slice(0, 40)}: nothing filtered`);
        assert.equal(await page.evaluate(() => document.querySelector("#filter-for").value), "");
      }
      assert.equal(await page.locator("img[src='x']").count(), 0, "no markup from the query reaches the page");
      assert.equal(await page.evaluate(() => window.__injected), undefined);
    }
    assert.deepEqual(page.problems(), []);
  });
});

test("Back from a window page returns to the filtered list, and a link with another filter applies it", async () => {
  await site.withPage({}, async (page) => {
    await page.goto(site.url("cities/izu/windows/"));
    await waitForHydration(page);
    await page.selectOption("#filter-for", "children");
    await waitForUrl(page, /\?for=children$/);
    const shown = (await visibleItems(page)).length;
    await page.click("#window-list > li:not([hidden]) h3 a");
    await page.waitForFunction(() => !document.querySelector("#window-list"));
    await page.goBack();
    await waitForUrl(page, /\/cities\/izu\/windows\/\?for=children$/);
    await page.waitForFunction(() => document.querySelector("#filter-for")?.value === "children");
    await page.waitForFunction((n) => [...document.querySelectorAll("#window-list > li")].filter((li) => !li.hidden).length === n, shown);
    assert.match(await countText(page), /「子ども・子育て」で絞り込み/);

    // A link to the same list with another query (e.g. from a page or a bookmark bar).
    await page.evaluate(() => {
      const link = document.createElement("a");
      link.href = "/cities/izu/windows/?for=elderly";
      link.id = "test-link";
      link.textContent = "高齢の窓口";
      document.querySelector("#page-body").prepend(link);
    });
    await page.click("#test-link");
    await waitForUrl(page, /\?for=elderly$/);
    await page.waitForFunction(() => document.querySelector("#filter-for")?.value === "elderly");
    assert.deepEqual(page.problems(), []);
  });
});

test("choosing the same count twice is announced again, with the conditions", async () => {
  await site.withPage({}, async (page) => {
    await page.goto(site.url("cities/izu/windows/"));
    await waitForHydration(page);
    await page.evaluate(() => {
      window.__announcements = [];
      new MutationObserver(() => window.__announcements.push(document.querySelector("#filter-count").textContent))
        .observe(document.querySelector("#filter-count"), { childList: true, characterData: true, subtree: true });
    });
    await page.selectOption("#filter-for", "disability");
    await page.selectOption("#filter-for", "disability"); // no change: nothing new to say
    await page.selectOption("#filter-programme", "1");
    await page.waitForFunction(() => window.__announcements.some((text) => text.includes("「第1号")));
    const said = await page.evaluate(() => window.__announcements.filter(Boolean));
    assert.ok(said.some((text) => text.startsWith("「障がい」で絞り込み")), said.join("\n"));
    assert.ok(said.some((text) => text.startsWith("「障がい」「第1号 包括的相談支援事業」で絞り込み")), said.join("\n"));
  });
});

test("after a client-side navigation the fetched directory can be filtered", async () => {
  await site.withPage({}, async (page) => {
    await page.goto(site.url(""));
    await waitForHydration(page);
    await page.click(".main-nav a:text('相談窓口をさがす')");
    await page.waitForFunction(() => document.querySelectorAll("#window-list > li").length > 0);
    await page.selectOption("#filter-for", "disability");
    await waitForUrl(page, /\/windows\/\?for=disability$/);
    const shown = await visibleItems(page);
    assert.ok(shown.length > 0);
    for (const item of shown) assert.match(item.audiences, /disability|general/);
  });
});

test("a window page gives its number as a tel: link, or its 所管課 when the plan gives no number", async () => {
  await site.withPage({ viewport: { width: 390, height: 800 } }, async (page) => {
    await page.goto(site.url("cities/komae/windows/"));
    await waitForHydration(page);
    const withPhone = await page.$eval("#window-list a[href^='tel:']", (a) => a.closest("li").querySelector("h3 a").getAttribute("href"));
    await page.goto(site.url(withPhone.replace(/^\//, "")));
    const tel = await page.getAttribute("#page-body a[href^='tel:']", "href");
    assert.match(tel, /^tel:\+81-\d+-\d+-\d+$/);
    assert.ok(await page.isVisible("#page-body table"), "the plan rows are shown as a table");

    await page.goto(site.url("cities/izu/windows/"));
    const first = await page.$eval("#window-list > li h3 a", (a) => a.getAttribute("href"));
    await page.goto(site.url(first.replace(/^\//, "")));
    await waitForHydration(page);
    const contact = await page.textContent("#page-body");
    assert.match(contact, /（所管課）の番号を確かめてください|この窓口の所管課は/);
    assert.equal(await page.$$eval("#page-body a[href^='tel:']", (links) => links.length), 0, "no invented number");
    assert.match(await page.textContent(".page-facts"), /伊豆市 /, "the page facts name the city's 所管課");
  });
});

test("the comparison view puts the five cities side by side for each programme", async () => {
  await site.withPage({}, async (page) => {
    await page.goto(site.url("programmes/compare/"));
    await waitForHydration(page);
    const heads = await page.$$eval("#at-a-glance + p + .table-scroll thead th", (ths) => ths.map((th) => th.textContent));
    assert.deepEqual(heads, ["事業", "いわき市", "三条市", "山口市", "狛江市", "伊豆市"]);
    const rows = await page.$$eval("#at-a-glance + p + .table-scroll tbody tr", (trs) => trs.length);
    assert.equal(rows, 6, "one row per programme");
    for (let n = 1; n <= 6; n++) assert.ok(await page.isVisible(`#programme-${n}`), `a section for 第${n}号`);
    const cities = await page.$$eval("#programme-1 + p + .table-scroll tbody tr td:nth-child(2)", (tds) => [...new Set(tds.map((td) => td.textContent))]);
    assert.deepEqual(cities.sort(), ["いわき市", "三条市", "伊豆市", "山口市", "狛江市"].sort(), "every city has 第1号 bodies");
  });
});

test("the 三条市 indicators chart has a name, a description and the table as its text alternative", async () => {
  await site.withPage({}, async (page) => {
    await page.goto(site.url("cities/sanjo/indicators/"));
    await waitForHydration(page);
    const svg = await page.$eval("svg[role='img']", (svg) => ({
      name: document.getElementById(svg.getAttribute("aria-labelledby")).textContent,
      description: document.getElementById(svg.getAttribute("aria-describedby")).textContent,
    }));
    assert.match(svg.name, /評価指標/);
    assert.match(svg.description, /上の表と同じ内容/);
    const table = await page.$$eval("#indicator-table tbody tr", (trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
    assert.equal(table.length, 4);
    assert.ok(table.every((row) => row.length === 5), "an indicator and four years");
    assert.deepEqual(table.map((row) => row[4]), ["100%", "100%", "増加", "100%"]);
    const bars = await page.$$eval("svg .chart__bar", (rects) => rects.length);
    assert.equal(bars, 3, "the three numeric targets are drawn as bars");
    assert.equal(await page.$$eval("svg text", (texts) => texts.filter((t) => t.textContent.includes("■ 100%")).length), 3, "each bar carries its value as text");
  });
});

test("with JavaScript off the directory lists every window and hides the filter it cannot run", async () => {
  await site.withPage({ javaScriptEnabled: false }, async (page) => {
    await page.goto(site.url("cities/izu/windows/?for=children"));
    const total = await allItems(page);
    assert.ok(total > 0);
    assert.equal((await visibleItems(page)).length, total, "nothing is hidden without the script");
    assert.equal(await page.isVisible("#window-filters"), false, "the filter form is not offered");
    assert.ok(await page.isVisible("a[href$='data/windows.csv']"), "the open data links are there");
  });
});

test("across cities, a 地区 keeps that city's windows for the area and for the whole city", async () => {
  await site.withPage({}, async (page) => {
    await page.goto(site.url("windows/"));
    await waitForHydration(page);
    const groups = await page.$$eval("#filter-area optgroup", (gs) => gs.map((g) => g.label));
    assert.deepEqual(groups, ["狛江市", "伊豆市"], "the cities whose plans name areas");
    await page.selectOption("#filter-area", "izu:shuzenji");
    await waitForUrl(page, /\?area=izu:shuzenji$/);
    const shown = await visibleItems(page);
    assert.ok(shown.length > 0);
    for (const item of shown) {
      assert.equal(item.city, "izu", `${item.name} is in 伊豆市`);
      assert.ok(item.areas === "" || item.areas.split(" ").includes("shuzenji"), `${item.name} serves 修善寺地区`);
    }
    assert.match(await countText(page), /^「修善寺地区（伊豆市）」で絞り込み/);
  });
});
