// Search as residents and staff use it (the search page runs on its own small WASM, the header's
// box elsewhere is a plain form): typing in the header's box, the results grouped by
// page with marked snippets, the filters kept in the URL, a result followed to its anchor and
// Back, the no-results suggestions, axe-core on the results at the largest text size, the
// 五十音 index without JavaScript, only same-site index files fetched, the subfolder build.
import { test } from "node:test";
import assert from "node:assert/strict";
import { AxeBuilder } from "@axe-core/playwright";
import { siteUnderTest, waitForHydration, waitForUrl, distRoot, distSubfolder, subfolderBase, openHeaderMenu } from "./harness.mjs";

const site = siteUnderTest(distRoot);
const subfolder = siteUnderTest(distSubfolder, subfolderBase);

const status = (page) => page.textContent("#search-status");
const pageLinks = (page) => page.$$eval("#search-results .search-result__page a", (links) => links.map((a) => a.getAttribute("href")));

test("a query typed in the header finds the glossary term first, with the match marked, and Back returns to the results", async () => {
  await site.withPage({}, async (page) => {
    const requests = [];
    page.on("request", (request) => requests.push(request.url()));
    await page.goto(site.url("programmes/outreach/"));
    await waitForHydration(page);
    await page.getByRole("searchbox", { name: "サイト内検索" }).fill("ｼｬｷｮｳ");
    await page.keyboard.press("Enter");
    await waitForUrl(page, /\/search\/\?q=/);
    await page.waitForFunction(() => /検索結果/.test(document.querySelector("#search-status")?.textContent ?? ""));
    assert.match(await status(page), /^「ｼｬｷｮｳ」の検索結果: \d+件/);
    assert.equal(await page.getAttribute("#search-status", "role"), "status", "the count is announced");
    assert.equal(await page.inputValue("#search-q"), "ｼｬｷｮｳ", "the page's own box shows the query");
    assert.ok(await page.isHidden("#search-az"), "the 五十音 index gives way to the results");
    const first = await page.$eval("#search-results .search-result", (section) => ({
      page: section.querySelector(".search-result__page a").textContent,
      heading: section.querySelector(".search-result__heading")?.getAttribute("href"),
      marks: [...section.querySelectorAll("mark")].map((mark) => mark.textContent),
    }));
    assert.equal(first.page, "用語集");
    assert.equal(first.heading, "/glossary/#term-shakyo");
    assert.ok(first.marks.some((text) => text === "社会福祉協議会" || text === "社協"), `marked: ${first.marks}`);

    await page.click("#search-results a[href='/glossary/#term-shakyo']");
    await waitForUrl(page, /\/glossary\/#term-shakyo$/);
    await page.waitForFunction(() => {
      const top = document.getElementById("term-shakyo")?.getBoundingClientRect().top;
      return top !== undefined && top >= -2 && top < window.innerHeight / 2;
    });
    await page.goBack();
    await waitForUrl(page, /\/search\/\?q=/);
    await page.waitForFunction(() => document.querySelectorAll("#search-results .search-result").length > 0);
    assert.equal(await page.inputValue("#search-q"), "ｼｬｷｮｳ");

    const index = requests.filter((url) => url.includes("/search/") && url.endsWith(".txt"));
    assert.ok(index.some((url) => /\/search\/[0-9a-f]{16}\/manifest\.txt$/.test(url)), "the manifest is fetched");
    assert.ok(index.every((url) => url.startsWith(site.url(""))), "only this site's index files are fetched");
    assert.ok(requests.every((url) => !url.includes("q=%") || url.includes("/search/?q=")), "the query is sent nowhere");
    assert.deepEqual(page.problems(), []);
    assert.deepEqual(page.foreignRequests(), []);
  });
});

test("the city and kind filters narrow the results and stay in the URL across a reload", async () => {
  await site.withPage({}, async (page) => {
    await page.goto(site.url("search/?q=%E3%81%B2%E3%81%8D%E3%81%93%E3%82%82%E3%82%8A"));
    await waitForHydration(page);
    await page.waitForFunction(() => /検索結果/.test(document.querySelector("#search-status")?.textContent ?? ""));
    const everywhere = await pageLinks(page);
    assert.ok(everywhere.some((href) => !href.startsWith("/cities/yamaguchi/")), "ひきこもり is found beyond 山口市");
    await page.getByLabel("市", { exact: true }).selectOption("yamaguchi");
    await waitForUrl(page, /city=yamaguchi/);
    await page.getByLabel("種類").selectOption("window");
    await waitForUrl(page, /city=yamaguchi&kind=window$/);
    await page.waitForFunction(() =>
      [...document.querySelectorAll("#search-results .search-result__page a")].every((a) => a.getAttribute("href").startsWith("/cities/yamaguchi/windows/")));
    const filtered = await pageLinks(page);
    assert.ok(filtered.includes("/cities/yamaguchi/windows/hikikomori-center/"), `filtered: ${filtered}`);
    await page.reload();
    await waitForHydration(page);
    await page.waitForFunction(() => document.querySelectorAll("#search-results .search-result").length > 0);
    assert.equal(await page.inputValue("#search-city"), "yamaguchi");
    assert.equal(await page.inputValue("#search-kind"), "window");
    assert.deepEqual(await pageLinks(page), filtered);
    assert.deepEqual(page.problems(), []);
  });
});

test("nothing found: the message says so and offers the guide, the directory and nearby words", async () => {
  await site.withPage({}, async (page) => {
    await page.goto(site.url("search/"));
    await waitForHydration(page);
    await page.getByLabel("さがすことば").fill("協議ぴよぴよ");
    await page.getByRole("button", { name: "検索する" }).click();
    await waitForUrl(page, /\?q=/);
    await page.waitForFunction(() => /見つかりませんでした/.test(document.querySelector("#search-status")?.textContent ?? ""));
    assert.ok(await page.isVisible("text=質問に答えて相談窓口をさがす（相談先ガイド）"));
    assert.ok(await page.isVisible("text=相談窓口の一覧から探す"));
    const nearby = await page.$$eval("#search-nearby a", (links) => links.map((a) => a.textContent));
    assert.ok(nearby.includes("社会福祉協議会"), `nearby: ${nearby}`);
    assert.deepEqual(page.problems(), []);
  });
});

test("the results page at the largest text size on a phone: axe-core finds nothing and nothing scrolls sideways", async () => {
  await site.withPage({ viewport: { width: 390, height: 800 }, isMobile: true, hasTouch: true }, async (page) => {
    await page.goto(site.url("search/?q=CSW"));
    await waitForHydration(page);
    await openHeaderMenu(page);
    await page.click(".text-size button[value='x-large']");
    await page.waitForFunction(() => document.querySelectorAll("#search-results .search-result").length > 0);
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
    assert.deepEqual(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join("; ")}`), []);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `the results scroll sideways by ${overflow}px`);
  });
});

test("keyboard only: the header box, the results and the quick exit are reachable and work", async () => {
  await site.withPage({ serviceWorkers: "block" }, async (page) => {
    await page.goto(site.url(""));
    await waitForHydration(page);
    await page.focus("#header-search-q");
    await page.keyboard.type("8050");
    await page.keyboard.press("Enter");
    await waitForUrl(page, /\/search\/\?q=8050$/);
    await page.waitForFunction(() => document.querySelectorAll("#search-results .search-result").length > 0);
    await page.focus("#search-kind");
    await page.keyboard.press("Tab"); // the submit button
    await page.keyboard.press("Tab"); // the first result
    const focused = await page.evaluate(() => document.activeElement?.closest("#search-results") !== null);
    assert.ok(focused, "Tab from the form reaches the results");
    const exit = await page.getAttribute("#search-exit", "href");
    await page.route("**/*", (route) => (route.request().url().startsWith(exit) ? route.fulfill({ body: "neutral" }) : route.continue()));
    await page.focus("#search-exit");
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.href.startsWith(exit));
  });
});

test("after two searches and the quick exit, Back finds no query in the history", async () => {
  await site.withPage({ serviceWorkers: "block" }, async (page) => {
    await page.goto(site.url("programmes/outreach/"));
    await waitForHydration(page);
    await page.getByRole("searchbox", { name: "サイト内検索" }).fill("8050");
    await page.keyboard.press("Enter");
    await waitForUrl(page, /\/search\/\?q=8050$/);
    await page.fill("#search-q", "虐待");
    await page.press("#search-q", "Enter");
    await waitForUrl(page, /\/search\/\?q=%E8%99%90%E5%BE%85$/);
    await page.waitForFunction(() => /検索結果/.test(document.querySelector("#search-status")?.textContent ?? ""));
    const exit = await page.getAttribute("#search-exit", "href");
    await page.route("**/*", (route) => (route.request().url().startsWith(exit) ? route.fulfill({ body: "neutral" }) : route.continue()));
    await page.click("#search-exit");
    await page.waitForURL((url) => url.href.startsWith(exit));
    await page.goBack();
    await page.waitForLoadState("domcontentloaded");
    assert.ok(!page.url().includes("q="), `Back lands on ${page.url()}`);
    assert.equal(new URL(page.url()).pathname, "/programmes/outreach/", "the page the search began from");
  });
});

test("a search from the header is a whole page load; a new one on the page replaces the address, so Back and Forward and a shared address work", async () => {
  await site.withPage({ serviceWorkers: "block" }, async (page) => {
    await page.goto(site.url("programmes/outreach/"));
    await waitForHydration(page); // the app runs here, and leaves the header's box a plain form
    await page.evaluate(() => { window.beforeSearch = true; });
    await page.getByRole("searchbox", { name: "サイト内検索" }).fill("8050");
    await page.keyboard.press("Enter");
    await waitForUrl(page, /\/search\/\?q=8050$/);
    await page.waitForFunction(() => document.querySelectorAll("#search-results .search-result").length > 0);
    assert.equal(await page.evaluate(() => window.beforeSearch), undefined, "the results page was loaded whole");
    await page.evaluate(() => { window.onResults = true; });
    await page.getByLabel("さがすことば").fill("ひきこもり");
    await page.getByRole("button", { name: "検索する" }).click();
    await waitForUrl(page, /\/search\/\?q=%E3%81%B2%E3%81%8D%E3%81%93%E3%82%82%E3%82%8A$/);
    await page.waitForFunction(() => /「ひきこもり」の検索結果/.test(document.querySelector("#search-status")?.textContent ?? ""));
    assert.equal(await page.evaluate(() => window.onResults), true, "the page's own search ran in place");
    const found = await pageLinks(page);
    await page.goBack();
    await waitForUrl(page, /\/programmes\/outreach\/$/);
    await page.goForward();
    await waitForUrl(page, /\/search\/\?q=%E3%81%B2%E3%81%8D%E3%81%93%E3%82%82%E3%82%8A$/);
    await page.waitForFunction(() => /「ひきこもり」の検索結果/.test(document.querySelector("#search-status")?.textContent ?? ""));
    assert.equal(await page.inputValue("#search-q"), "ひきこもり");
    // The address alone, opened afresh (shared, or reloaded), shows the same results.
    await page.goto(page.url());
    await page.waitForFunction(() => /「ひきこもり」の検索結果/.test(document.querySelector("#search-status")?.textContent ?? ""));
    assert.deepEqual(await pageLinks(page), found);
    assert.deepEqual(page.problems(), []);
  });
});

test("without JavaScript the search page offers the 五十音 index of pages, windows and terms", async () => {
  await site.withPage({ javaScriptEnabled: false }, async (page) => {
    await page.goto(site.url("search/?q=%E7%A4%BE%E5%8D%94"));
    assert.ok(await page.isVisible("text=検索の結果はJavaScriptで表示します"));
    assert.ok(await page.isVisible("#search-az"));
    const rows = await page.$$eval("#search-az h3", (headings) => headings.map((h) => h.textContent));
    for (const row of ["あ行", "か行", "さ行", "た行", "英数字"]) assert.ok(rows.includes(row), `rows: ${rows}`);
    const terms = await page.$$eval("#search-az a", (links) => links.map((a) => a.textContent));
    for (const entry of ["ひきこもり", "用語集", "8050問題", "アウトリーチ"]) assert.ok(terms.includes(entry), `${entry} is listed`);
    assert.ok(terms.some((text) => text.includes("地域包括支援センター")), "windows are listed");
    // The header's box is a plain form: it leads here without JavaScript too.
    await page.goto(site.url("programmes/"));
    await page.fill("#header-search-q", "CSW");
    await Promise.all([page.waitForURL(/\/search\/\?q=CSW$/), page.press("#header-search-q", "Enter")]);
  });
});

test("under a subfolder the box, the index and the result links keep the base path", async () => {
  await subfolder.withPage({}, async (page) => {
    await page.goto(subfolder.url(""));
    await waitForHydration(page);
    assert.equal(await page.getAttribute("#header-search", "action"), `${subfolderBase}search/`);
    await page.fill("#header-search-q", "つなぐシート");
    await page.keyboard.press("Enter");
    await waitForUrl(page, /\/fukushi\/jusou\/search\/\?q=/);
    await page.waitForFunction(() => document.querySelectorAll("#search-results .search-result").length > 0);
    const links = await pageLinks(page);
    assert.ok(links.length > 0 && links.every((href) => href.startsWith(subfolderBase)), `links: ${links}`);
    assert.ok(links.includes(`${subfolderBase}cities/komae/tsunagu-sheet/`));
    assert.deepEqual(page.problems(), []);
  });
});
