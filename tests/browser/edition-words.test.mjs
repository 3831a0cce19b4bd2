// Every element of an edition page in the page's language: the site's name, tagline, notice and
// menu (site.toml's [en] and [easy] tables), the scope line, the table of contents, the search
// box (which says the search is of the Japanese pages), the notice when a page cannot be
// loaded, and the one not-found page, which says it in every edition. What stays Japanese is
// marked: the menu's links lead to Japanese pages (hreflang="ja"), and a site without names
// for an edition (the test fixture) shows the Japanese ones with lang="ja".
import { test } from "node:test";
import assert from "node:assert/strict";
import { resolve } from "node:path";
import { siteUnderTest, waitForHydration, distRoot, projectRoot, openHeaderMenu, axeClean } from "./harness.mjs";

const sample = siteUnderTest(distRoot);
const fixture = siteUnderTest(resolve(projectRoot, process.env.TSUNAGU_DIST_OTHER ?? "dist-other"), "/other/");
const desktop = { viewport: { width: 1280, height: 900 } };

const editions = [
  {
    name: "English",
    prefix: "en/",
    site: "Tsunagu",
    tagline: "Where to ask for help",
    menu: "Main menu (pages in Japanese)",
    glossary: "Glossary",
    notice: "This is sample data.",
    scope: "From Izu City's plan",
    contents: "On this page",
    search: "Search the Japanese pages",
    failed: "The page did not load",
    retry: "Try loading it again",
    lang: "en",
  },
  {
    name: "やさしい日本語",
    prefix: "easy/",
    site: "つなぐ",
    tagline: "こまった ときに 相談する 窓口の 案内",
    menu: "おもな メニュー（ふつうの 日本語の ページ）",
    glossary: "ことばの 説明",
    notice: "見本の データです。",
    scope: "静岡県 伊豆市の 計画",
    contents: "この ページに 書いて ある こと",
    search: "ふつうの 日本語の ページを 探す",
    failed: "ページを 出せません でした",
    retry: "もう一度 読み込む",
    lang: "ja",
  },
];

/** Text as a reader sees it, without the ふりがな readings. */
const shown = (locator) =>
  locator.evaluate((element) => {
    const copy = element.cloneNode(true);
    copy.querySelectorAll("rt").forEach((rt) => rt.remove());
    return copy.textContent.replace(/\s+/g, " ").trim();
  });

for (const words of editions) {
  test(`the site's names, menu, scope, contents and search of a ${words.name} page are in ${words.name}, and axe clean`, async () => {
    await sample.withPage(desktop, async (page) => {
      await page.goto(sample.url(`${words.prefix}cities/izu/`));
      await waitForHydration(page);
      const name = page.locator(".site-name a");
      assert.match(await shown(name), new RegExp(`^${words.site}`));
      assert.match(await shown(name), new RegExp(words.tagline));
      assert.equal(await name.getAttribute("href"), `/${words.prefix}`, "the name leads to the edition's home page");
      assert.equal(await name.getAttribute("lang"), null, "in the page's language");
      assert.match(await page.title(), new RegExp(`｜${words.site}$`));
      await openHeaderMenu(page);
      const menu = page.getByRole("navigation", { name: words.menu, exact: true });
      const glossary = menu.getByRole("link", { name: words.glossary, exact: true });
      assert.equal(await glossary.getAttribute("href"), "/glossary/");
      assert.equal(await glossary.getAttribute("hreflang"), words.lang === "ja" ? null : "ja", "a Japanese page, said so");
      assert.equal(await menu.locator("ul").getAttribute("lang"), null);
      assert.equal(await page.getByRole("search", { name: words.search, exact: true }).count(), 1);
      assert.match(await shown(page.getByRole("contentinfo")), new RegExp(words.notice));
      const scope = page.locator(".page__scope");
      assert.equal(await shown(scope), words.scope);
      assert.equal(await scope.getAttribute("lang"), null);
      assert.equal(await page.getByRole("navigation", { name: words.contents, exact: true }).count(), 1);
      const emergency = page.locator(".site-header .emergency-link");
      assert.equal(await emergency.getAttribute("href"), `/${words.prefix}emergency/`, "the edition's emergency page");
      await axeClean(page, `/${words.prefix}cities/izu/`);
      assert.deepEqual(page.problems(), []);
    });
  });

  test(`a ${words.name} page that cannot load its next page says so in ${words.name}`, async () => {
    await sample.withPage({ ...desktop, serviceWorkers: "block" }, async (page) => {
      await page.goto(sample.url(`${words.prefix}cities/izu/`));
      await waitForHydration(page);
      await page.route("**/_fragments/**", (route) => route.abort());
      await page.locator("#page-body").getByRole("link", { name: /^(If you need help right now|いますぐ 助けが ほしい とき)$/ }).click();
      const heading = page.getByRole("heading", { level: 1, name: words.failed, exact: true });
      await heading.waitFor();
      assert.equal(await page.evaluate(() => document.activeElement?.id), "page-title", "focus on the notice's heading");
      assert.match(await page.title(), new RegExp(`^${words.failed}｜${words.site}$`));
      assert.equal(await page.getAttribute("html", "lang"), words.lang);
      const retry = page.getByRole("link", { name: words.retry, exact: true });
      assert.equal(await retry.getAttribute("href"), `/${words.prefix}emergency/`);
      await axeClean(page, `the load-failed notice on /${words.prefix}`);
      await retry.click();
      await page.waitForLoadState("load");
      assert.match(page.url(), new RegExp(`/${words.prefix}emergency/$`));
    });
  });
}

test("the one not-found page says it in Japanese, やさしい日本語 and English, each leading to its own home page", async () => {
  await sample.withPage({ ...desktop, serviceWorkers: "block" }, async (page) => {
    // python's http.server has no custom 404 page: serve 404.html for an English address, as a host would.
    const notFound = await (await fetch(sample.url("404.html"))).text();
    await page.route("**/en/no-such-page/", (route) => route.fulfill({ status: 404, contentType: "text/html", body: notFound }));
    await page.goto(sample.url("en/no-such-page/"));
    await waitForHydration(page);
    assert.equal(await shown(page.getByRole("heading", { level: 1 })), "ページが見つかりません");
    const english = page.getByRole("region", { name: "Page not found", exact: true });
    assert.equal(await english.getAttribute("lang"), "en");
    assert.match(await english.textContent(), /There is no page at this address\./);
    const easy = page.getByRole("region", { name: "ページが ありません", exact: true });
    assert.equal(await easy.getByRole("link", { name: "やさしい日本語の ページへ" }).getAttribute("href"), "/easy/");
    await axeClean(page, "the not-found page");
    await english.getByRole("link", { name: "Go to the pages in English", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Pages in English" }).waitFor();
    // The next page (shown on the client) gets its own language and tab title.
    await page.waitForFunction(() => document.documentElement.lang === "en", null, { timeout: 5000 });
    assert.match(await page.title(), /^Pages in English｜Tsunagu$/);
    assert.deepEqual(page.problems().filter((problem) => !problem.includes("status of 404")), []);
  });
});

test("a site without English names shows the Japanese ones marked lang=ja, and its trail starts at the Japanese home page, said in English", async () => {
  await fixture.withPage(desktop, async (page) => {
    await page.goto(fixture.url("en/cities/testcity/windows/"));
    await waitForHydration(page);
    const name = page.locator(".site-name a");
    assert.equal(await name.getAttribute("lang"), "ja");
    assert.match(await shown(name), /^テスト/);
    assert.equal(await page.locator(".main-nav ul").getAttribute("lang"), "ja");
    assert.equal(await page.locator(".site-footer__notice").getAttribute("lang"), "ja");
    const trail = page.getByRole("navigation", { name: "You are here" });
    const home = trail.getByRole("link", { name: "Home (in Japanese)", exact: true });
    assert.equal(await home.getAttribute("href"), "/other/");
    assert.equal(await trail.locator("li").first().getAttribute("lang"), null, "said in the page's language");
    assert.equal(await shown(page.locator(".page__scope")), "From Test City's plan");
    await axeClean(page, "an English page of a site without English names");
  });
});

test("on an English guide the Japanese answers a card names are marked lang=ja, and so are Japanese facts", async () => {
  const guide = await (await fetch(sample.url("en/cities/izu/guides/resident/"))).text();
  assert.match(guide, /<span data-because="area:shuzenji">“<span lang="ja"><ruby>修善寺/, "an area's Japanese name in “…”");
  assert.match(guide, /<dd>Izu City, Health and Welfare Department/, "an English 所管課 is not marked");
  assert.match(guide, /<dd lang="ja"><ul class="plain-list"><li>社会福祉法/, "the Japanese law is");
  const window = await (await fetch(sample.url("en/cities/izu/windows/ibasho/"))).text();
  assert.match(window, /<dd lang="ja">伊豆市 /, "a Japanese 所管課 taken from the Japanese data is");
});
