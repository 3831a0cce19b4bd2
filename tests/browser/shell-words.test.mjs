// The site shell speaks the page's language: on an English page the skip link, the menu button,
// the text-size control, the pager and the footer are in English, and on a やさしい日本語 page in
// やさしい日本語. The words come in the page's data (resolved from the message catalogue at build
// time), so hydration changes nothing, and a client-side navigation to a page in another
// language brings that language's words with its fragment.
import { test } from "node:test";
import assert from "node:assert/strict";
import { siteUnderTest, waitForHydration, waitForUrl, distRoot, openHeaderMenu, axeClean, recordMutations } from "./harness.mjs";

const site = siteUnderTest(distRoot);
const phone = { viewport: { width: 390, height: 844 } };


/** The shell's words a reader meets on the page shown, found by role and label. */
async function shellWords(page, words) {
  assert.equal(await page.getByRole("link", { name: words.skip, exact: true }).count(), 1, `skip link「${words.skip}」`);
  assert.equal(await page.getByRole("button", { name: words.menu }).count(), 1, `menu button「${words.menu}」`);
  await openHeaderMenu(page);
  const sizes = page.getByRole("group", { name: words.textSize, exact: true });
  assert.equal(await sizes.count(), 1, `text-size control「${words.textSize}」`);
  assert.deepEqual(await sizes.getByRole("button").allTextContents(), words.sizes);
  assert.equal(await page.getByRole("button", { name: words.furigana, exact: true }).count(), 1);
  assert.equal(await page.getByRole("search", { name: words.search }).count(), 1, `search「${words.search}」`);
  const footer = page.getByRole("contentinfo");
  assert.match(await footer.textContent(), new RegExp(words.privacy));
  assert.equal(await footer.getAttribute("lang"), null, "the footer is in the page's language");
  assert.equal(await page.locator("header.site-header").getAttribute("lang"), null, "so is the header");
}

const english = {
  skip: "Skip to main content",
  menu: "Menu",
  textSize: "Text size",
  sizes: ["Standard", "Large", "Extra large"],
  furigana: "Furigana",
  search: "Search the Japanese pages",
  privacy: "This site uses no cookies",
  pager: "Previous and next pages",
  next: "Next page",
};
const easy = {
  skip: "ページの 中身へ 行く",
  menu: "メニュー",
  textSize: "文字の 大きさ",
  sizes: ["ふつう", "大きい", "とても 大きい"],
  furigana: "ふりがな",
  search: "ふつうの 日本語の ページを 探す",
  privacy: "この サイトは クッキーを 使いません。",
  pager: "前と 次の ページ",
  next: "次の ページ",
};

// A window page has a pager among its city's windows.
const windowPage = "cities/izu/windows/kodomo-katei-center/";

for (const [edition, prefix, words] of [["English", "en/", english], ["やさしい日本語", "easy/", easy]]) {
  test(`the shell of a ${edition} page is in ${edition}, unchanged by hydration, and axe clean`, async () => {
    await site.withPage(phone, async (page) => {
      await page.addInitScript(recordMutations);
      await page.goto(site.url(`${prefix}${windowPage}`));
      await waitForHydration(page);
      await page.waitForTimeout(300);
      assert.deepEqual(await page.evaluate(() => window.__mutations), [], "hydration changes nothing");
      await shellWords(page, words);
      const pager = page.getByRole("navigation", { name: words.pager });
      assert.equal(await pager.count(), 1, `pager「${words.pager}」`);
      assert.match(await pager.textContent(), new RegExp(words.next));
      await axeClean(page, `/${prefix}${windowPage}`);
      assert.deepEqual(page.problems(), []);
    });
  });
}

test("on an English page the site's name and navigation are English (site.toml's [en]); the menu's Japanese pages say so", async () => {
  const html = await (await fetch(site.url(`en/${windowPage}`))).text();
  assert.match(html, /<a href="\/en\/"><span class="site-name__title">Tsunagu<\/span>/, "the site's name, to the English home page");
  assert.match(html, /<nav aria-label="Main menu \(pages in Japanese\)" class="main-nav"><ul><li><a href="\/guides\/" hreflang="ja">/, "the navigation");
  assert.doesNotMatch(html, /<header lang="ja"|<footer[^>]*lang="ja"/, "no lang=ja around the English words");
});

test("a client-side navigation between languages brings the shell's words along", async () => {
  await site.withPage(phone, async (page) => {
    await page.goto(site.url("en/cities/izu/"));
    await waitForHydration(page);
    await page.evaluate(() => (window.__sameDocument = true));
    // English → Japanese by a link in the body (a client-side navigation).
    await page.getByRole("link", { name: "Izu's consultation windows" }).click();
    await waitForUrl(page, site.url("cities/izu/windows/"));
    await page.getByRole("heading", { level: 1, name: "伊豆市の相談窓口" }).waitFor();
    await page.getByRole("link", { name: "本文へ移動", exact: true }).waitFor({ state: "attached" });
    assert.equal(await page.getByRole("button", { name: "メニュー" }).count(), 1);
    // …and back to the English page (Japanese → English, on the client too).
    await page.goBack();
    await waitForUrl(page, site.url("en/cities/izu/"));
    await page.getByRole("heading", { level: 1, name: "Izu City's plan" }).waitFor();
    await page.getByRole("link", { name: english.skip, exact: true }).waitFor({ state: "attached" });
    await shellWords(page, english);
    assert.equal(await page.evaluate(() => window.__sameDocument), true, "no page load on the way");
    assert.deepEqual(page.problems(), []);
  });
});
