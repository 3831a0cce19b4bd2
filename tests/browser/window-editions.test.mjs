// The window cards in the language editions (狛江, from content/cities/komae/windows.en.toml and
// windows.easy.toml): an English window page keeps the window's Japanese name (lang="ja"), gives
// its rōmaji and says in English what the window does; the language selector leads there from
// the Japanese page; the English and やさしい日本語 directories list every window; all axe clean.
import { test } from "node:test";
import assert from "node:assert/strict";
import { siteUnderTest, waitForHydration, waitForUrl, distRoot, axeClean } from "./harness.mjs";

const site = siteUnderTest(distRoot);
const desktop = { viewport: { width: 1280, height: 900 } };

/** An element's text as read, without the ふりがな readings over its kanji. */
const textWithoutReadings = (locator) =>
  locator.evaluate((element) => {
    const copy = element.cloneNode(true);
    copy.querySelectorAll("rt").forEach((reading) => reading.remove());
    return copy.textContent.trim();
  });

test("the selector leads from a Japanese window page to its English page: Japanese name, rōmaji, what it does", async () => {
  await site.withPage(desktop, async (page) => {
    await page.goto(site.url("cities/komae/windows/kodomo-katei-shien-center/"));
    await waitForHydration(page);
    const selector = page.getByRole("navigation", { name: "言語 Language" });
    await selector.getByRole("link", { name: "English" }).click();
    await waitForUrl(page, site.url("en/cities/komae/windows/kodomo-katei-shien-center/"));
    await waitForHydration(page);
    assert.equal(await page.getAttribute("html", "lang"), "en");
    assert.equal(await page.getByRole("heading", { level: 1 }).innerText(), "Kodomo Katei Shien Sentā");
    const name = page.locator("#page-body dd[lang=ja]");
    assert.equal(await textWithoutReadings(name), "子ども家庭支援センター", "the Japanese name, marked as Japanese");
    const main = await page.locator("main").innerText();
    assert.match(main, /Reading\s*Kodomo Katei Shien Sentā/);
    assert.match(main, /takes all kinds of questions about raising children/, "what the window does, in English");
    const japanese = page.getByRole("link", { name: "Everything the plan says about this window (in Japanese)" });
    assert.equal(await japanese.getAttribute("href"), "/cities/komae/windows/kodomo-katei-shien-center/");
    await axeClean(page, "an English window page");
  });
});

test("the English directory lists every window with its Japanese name and reading, each leading to its page", async () => {
  await site.withPage(desktop, async (page) => {
    await page.goto(site.url("en/cities/komae/windows/"));
    await waitForHydration(page);
    assert.equal(await page.getByRole("heading", { level: 1 }).innerText(), "Consultation windows in Komae City");
    const cards = page.locator("main li.window-card");
    assert.equal(await cards.count(), 18, "every window of 狛江");
    const csw = cards.filter({ hasText: "Komyuniti Sōsharu Wākā (CSW)" });
    assert.equal(await textWithoutReadings(csw.locator("span[lang=ja]")), "コミュニティソーシャルワーカー（CSW）");
    await csw.getByRole("heading").getByRole("link").click();
    await waitForUrl(page, site.url("en/cities/komae/windows/csw/"));
    assert.match(await page.locator("main").innerText(), /Community social workers/);
    await page.goBack();
    await axeClean(page, "the English directory");
  });
});

test("the やさしい日本語 directory and window pages are axe clean and say what each window does", async () => {
  await site.withPage(desktop, async (page) => {
    await page.goto(site.url("easy/cities/komae/windows/"));
    await waitForHydration(page);
    assert.equal(await page.getAttribute("html", "lang"), "ja");
    assert.equal(await page.locator("main li.window-card").count(), 18);
    await axeClean(page, "the やさしい日本語 directory");
    await page.goto(site.url("easy/cities/komae/windows/madoguchi-3/"));
    await waitForHydration(page);
    const main = await textWithoutReadings(page.locator("main"));
    assert.match(main, /生活保護（生活の ための お金の 助け）を 申しこむ 窓口です。/);
    await axeClean(page, "a やさしい日本語 window page");
  });
});
