// The language editions: every page kind carries the language selector (日本語 / やさしい日本語 /
// English, each named in its own language with its own `lang`); it leads to the same page in the
// other edition where that page exists, and says so (leading to that edition's home page) where
// it does not. Each edition page is prerendered with its own <html lang> (and hreflang
// alternates when the site's origin is known), speaks English in the shell and marks Japanese names inside English text as
// lang="ja", keeps the emergency numbers as tap-to-call links, and is axe clean.
import { test } from "node:test";
import assert from "node:assert/strict";
import { siteUnderTest, waitForHydration, waitForUrl, distRoot, withoutReadings, axeClean } from "./harness.mjs";

const site = siteUnderTest(distRoot);
const desktop = { viewport: { width: 1280, height: 900 } };

/** The selector's items as a reader meets them: text, lang, link, whether current. */
const selectorItems = (page) =>
  page.$$eval("nav.language-selector li", (items) =>
    items.map((li) => ({
      text: li.textContent,
      lang: li.getAttribute("lang"),
      href: li.querySelector("a")?.getAttribute("href") ?? null,
      current: li.querySelector("[aria-current]") !== null,
    })),
  );

const pageKinds = [
  ["the home page", "", "en/"],
  ["the emergency page", "emergency/", "en/emergency/"],
  ["a city's page", "cities/komae/", "en/cities/komae/"],
  ["a programme page (no other edition)", "programmes/outreach/", null],
  ["a city's directory", "cities/izu/windows/", "en/cities/izu/windows/"],
  ["a window page", "cities/izu/windows/kodomo-katei-center/", "en/cities/izu/windows/kodomo-katei-center/"],
  ["the directory of all cities (no other edition)", "windows/", null],
  ["a staff guide (no other edition)", "cities/sanjo/guides/staff/", null],
];

for (const [kind, route, english] of pageKinds) {
  test(`the language selector on ${kind} names each edition in its own language`, async () => {
    await site.withPage(desktop, async (page) => {
      await page.goto(site.url(route));
      await waitForHydration(page);
      const selector = page.getByRole("navigation", { name: "言語 Language" });
      assert.equal(await selector.count(), 1, `${kind}: one labelled language selector`);
      const items = await selectorItems(page);
      assert.deepEqual(items.map((item) => item.lang), ["ja", "ja", "en"]);
      assert.ok(items[0].text.startsWith("日本語") && items[0].current, `${kind}: 日本語 is the current edition`);
      assert.ok(items[1].text.startsWith("やさしい日本語"));
      if (english) {
        assert.equal(items[2].text, "English");
        assert.equal(items[2].href, `/${english}`);
        await selector.getByRole("link", { name: "English" }).click();
        await waitForUrl(page, site.url(english));
        await waitForHydration(page);
        assert.equal(await page.getAttribute("html", "lang"), "en");
        const after = await selectorItems(page);
        assert.ok(after[2].current, "English is now the current edition");
        assert.equal(after[0].href, `/${route}`, "and 日本語 leads back to the same page");
      } else {
        assert.equal(items[2].text, "English（not yet in English）", `${kind}: the selector says the page is not in English`);
        assert.equal(items[2].href, "/en/", "and leads to the English home page");
        assert.equal(items[1].text, "やさしい日本語（このページは まだ ありません）");
      }
    });
  });
}

// The sample has no `origin`, so no page names its alternates: hreflang needs whole addresses
// (tests/prerendered_html.rs checks them on a build with an origin).
test("each edition page has its own <html lang> and Japanese names marked lang=ja", async () => {
  const page = await (await fetch(site.url("en/cities/izu/"))).text();
  // The words as read, without the ふりがな the build writes over Japanese words.
  const html = withoutReadings(page);
  assert.match(html, /<html lang="en">/);
  assert.doesNotMatch(html, /<link rel="alternate" hreflang=/, "no origin: no relative hreflang");
  assert.match(html, /<span lang="ja">修善寺地区<\/span>/, "a Japanese name inside English text");
  assert.match(html, /<header class="site-header">/, "the shell speaks the page's language");
  assert.match(html, /<a href="#main" target="_self" class="skip-link">Skip to main content<\/a>/);
  const japanese = await (await fetch(site.url("cities/izu/"))).text();
  assert.match(japanese, /<html lang="ja">/);
  const easy = await (await fetch(site.url("easy/cities/izu/"))).text();
  assert.match(easy, /<html lang="ja">/);
  const lonely = await (await fetch(site.url("programmes/outreach/"))).text();
  assert.doesNotMatch(lonely, /<link rel="alternate" hreflang=/, "a page in one language has no alternates");
});

const editionPages = [
  ["the English home page", "en/"],
  ["the やさしい日本語 home page", "easy/"],
  ["the English emergency page", "en/emergency/"],
  ["the やさしい日本語 emergency page", "easy/emergency/"],
  ["the English page of Yamaguchi", "en/cities/yamaguchi/"],
  ["the やさしい日本語 page of Iwaki", "easy/cities/iwaki/"],
];

for (const [what, route] of editionPages) {
  test(`${what} is axe clean and keeps the emergency numbers as tap-to-call links`, async () => {
    await site.withPage(desktop, async (page) => {
      await page.goto(site.url(route));
      await waitForHydration(page);
      await axeClean(page, `/${route}`);
      if (route.endsWith("emergency/")) {
        for (const number of ["110", "119", "189"]) {
          assert.ok(await page.locator(`main a[href="tel:${number}"]`).count() >= 1, `${route}: ${number} is tap-to-call`);
        }
      }
    });
  });
}

test("the English home page lists the English pages, and a Japanese page opened from it is in Japanese", async () => {
  await site.withPage(desktop, async (page) => {
    await page.goto(site.url("en/"));
    await waitForHydration(page);
    await page.getByRole("link", { name: "Izu City's plan" }).click();
    await waitForUrl(page, site.url("en/cities/izu/"));
    await page.getByRole("heading", { level: 1, name: "Izu City's plan" }).waitFor();
    assert.equal(await page.getAttribute("html", "lang"), "en");
    await page.getByRole("link", { name: "Izu's consultation windows" }).click();
    await waitForUrl(page, site.url("cities/izu/windows/"));
    await page.getByRole("heading", { level: 1, name: "伊豆市の相談窓口" }).waitFor();
    assert.equal(await page.getAttribute("html", "lang"), "ja", "client-side navigation sets the page's language");
  });
});
