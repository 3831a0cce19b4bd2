// The resident guide in やさしい日本語 and in English: a resident of 狛江 or 伊豆 walks it by the
// labels in that language and reaches the SAME result as the same answers in Japanese (the same
// outcome, the same first windows, the same address), in the same test. Each edition guide has
// its own <html lang>, the windows' Japanese names are marked lang="ja" on the English page, the
// language selector links the guide's editions, and every screen is axe clean on a 390 px phone.
import { test } from "node:test";
import assert from "node:assert/strict";
import { siteUnderTest, waitForHydration, axeClean, shownScreen } from "./harness.mjs";

const site = siteUnderTest();
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

// Each edition's words for the buttons and the answers a walk uses (substrings of the labels).
const editions = {
  ja: {
    prefix: "", lang: "ja", start: "はじめる", next: "次へ", seeResult: "この回答で相談先を見る",
    no: "いいえ", self: "自分のこと", family: "家族のこと", care: "介護のこと", money: "お金、仕事",
    apply: "介護保険を申請したい", elderly: "65歳以上", canGo: "行ける（",
  },
  easy: {
    prefix: "easy/", lang: "ja", start: "はじめる", next: "つぎへ", seeResult: "この 答えで 相談する 場所を 見る",
    no: "いいえ", self: "自分の こと", family: "家族の こと", care: "介護の こと、体が", money: "お金、仕事",
    apply: "介護保険を 申しこみたい", elderly: "65さい 以上", canGo: "行ける（",
  },
  en: {
    prefix: "en/", lang: "en", start: "Start", next: "Next", seeResult: "See where to ask",
    no: "No. There is no danger", self: "Myself", family: "Someone in my family", care: "Care for an older person",
    money: "Money, work or housing", apply: "Apply for long-term care insurance", elderly: "65 or older", canGo: "Yes (on their own",
  },
};

// Situations as answers by meaning; an area keeps its Japanese name in every edition.
const situations = [
  { city: "komae", says: "75歳の母の介護保険の申請をしたい",
    answers: { danger: "no", who: ["family"], trouble: ["care"], "care-need": "apply", age: "elderly", mobility: "canGo" } },
  { city: "izu", says: "土肥に住む母（80代）の介護保険を申請したい",
    answers: { danger: "no", who: ["family"], trouble: ["care"], "care-need": "apply", age: "elderly", area: "=土肥地区", mobility: "canGo" } },
  { city: "izu", says: "修善寺に住む父の介護と、自分が仕事を失ったこと。いちばんは仕事",
    answers: { danger: "no", who: ["self", "family"], trouble: ["care", "money"], main: "money", age: "elderly", area: "=修善寺地区", mobility: "canGo" } },
];

/** Walks the guide in one edition by its labels; returns the result and what the walk saw. */
async function walk(page, edition, situation, { axe = false } = {}) {
  const words = editions[edition];
  const where = `${words.prefix}cities/${situation.city}/guides/resident/`;
  await page.goto(site.url(where));
  await waitForHydration(page);
  assert.equal(await page.getAttribute("html", "lang"), words.lang, `${where}: <html lang>`);
  if (axe) await axeClean(page, `${where} (intro)`);
  await page.locator("#guide-intro").getByRole("link", { name: words.start }).first().click();
  let screen = await shownScreen(page, "guide-intro");
  for (let step = 0; step < 12; step += 1) {
    if (screen === "guide-check") {
      if (axe) await axeClean(page, `${where} (check)`);
      await page.getByRole("link", { name: words.seeResult }).click();
      screen = await shownScreen(page, "guide-check");
      continue;
    }
    if (screen.startsWith("guide-o-")) break;
    const question = screen.replace(/^guide-q-/, "");
    const meant = situation.answers[question];
    assert.ok(meant, `${edition} ${situation.city}: asked ${question}, which this walk did not expect`);
    const form = page.locator(`#${screen}`);
    for (const answer of [meant].flat()) {
      const label = answer.startsWith("=") ? answer.slice(1) : words[answer];
      await form.getByLabel(label).check();
    }
    if (axe && question === "trouble") await axeClean(page, `${where} (a question)`);
    await form.getByRole("button", { name: words.next }).click();
    screen = await shownScreen(page, screen);
  }
  assert.match(screen, /^guide-o-/, `${edition} ${situation.city}: the walk reached a result`);
  if (axe) await axeClean(page, `${where} (result)`);
  return page.evaluate(() => {
    const section = [...document.querySelectorAll(".guide-result")].find((s) => !s.hidden);
    const cards = (list) => [...list.querySelectorAll("[data-pick]")].filter((li) => !li.hidden);
    const lists = section.querySelectorAll("[data-picks]");
    const first = cards(lists[0]);
    return {
      outcome: section.dataset.outcome,
      query: location.search,
      first: first.map((li) => li.querySelector("h4 a").textContent.trim()),
      nameLangs: first.map((li) => li.querySelector("h4 a").getAttribute("lang")),
      links: first.map((li) => new URL(li.querySelector("h4 a").href).pathname),
      reasons: first.map((li) => li.querySelector("h4 + p").textContent.trim()),
      because: first.map((li) => li.querySelector(".pick-card__because").innerText.trim()),
      heading: section.querySelector("h2").textContent.trim(),
    };
  });
}

for (const situation of situations) {
  test(`${situation.city}: 「${situation.says}」 reaches the same windows in 日本語, やさしい日本語 and English`, async () => {
    await site.withPage(phone, async (page) => {
      const japanese = await walk(page, "ja", situation);
      assert.ok(japanese.first.length > 0, "the Japanese walk shows first windows");
      for (const edition of ["easy", "en"]) {
        const walked = await walk(page, edition, situation);
        assert.equal(walked.outcome, japanese.outcome, `${edition}: the same outcome`);
        assert.equal(walked.query, japanese.query, `${edition}: the same answers in the address`);
        assert.deepEqual(walked.first, japanese.first, `${edition}: the same first windows`);
        assert.notDeepEqual(walked.reasons, japanese.reasons, `${edition}: the reasons are in the edition's words`);
        assert.notEqual(walked.heading, japanese.heading, `${edition}: the result's heading is in the edition's words`);
        const prefix = `/${editions[edition].prefix}cities/${situation.city}/windows/`;
        assert.ok(walked.links.every((link) => link.startsWith(prefix)), `${edition}: cards link the windows' ${edition} pages: ${walked.links}`);
        if (edition === "en") {
          assert.ok(walked.nameLangs.every((lang) => lang === "ja"), `window names are lang="ja": ${walked.nameLangs}`);
          assert.ok(walked.because.every((line) => line.startsWith("Suggested")), walked.because.join(" / "));
        }
      }
      assert.deepEqual(page.problems(), []);
    });
  });
}

test("the edition guide screens are axe clean on a 390 px phone, and the selector links the guide's editions", async () => {
  await site.withPage(phone, async (page) => {
    for (const edition of ["easy", "en"]) await walk(page, edition, situations[1], { axe: true });
    await page.goto(site.url("cities/izu/guides/resident/"));
    const links = await page.$$eval("nav.language-selector a[hreflang], nav.language-selector a[rel~='alternate']", (as) =>
      as.map((a) => a.getAttribute("href")),
    );
    assert.ok(links.some((href) => href.endsWith("/easy/cities/izu/guides/resident/")), `やさしい日本語 linked: ${links}`);
    assert.ok(links.some((href) => href.endsWith("/en/cities/izu/guides/resident/")), `English linked: ${links}`);
    assert.deepEqual(page.problems(), []);
  });
});
