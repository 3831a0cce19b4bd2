// Residents of the five cities walk the resident guide on a 390 px phone, each as they would
// describe their situation, choosing by the labels on screen the answers a person in that
// situation would pick. The walk answers whatever question the guide asks; a question the
// person was not expected to be asked (「何歳くらい」 after 妊娠・出産 alone) fails the walk.
// Each result must list the windows that person needs among its first windows, every card says
// which answers led to it, and 「相談の前に」 says what to bring. Also: the browser's Back keeps
// every answer (real history), 「いちばん困っていること」 shows only what was ticked, several
// answers are one per line on the check screen, and the start button at 特大.
import { test } from "node:test";
import assert from "node:assert/strict";
import { siteUnderTest, waitForHydration, openHeaderMenu, shownScreen } from "./harness.mjs";

const site = siteUnderTest();
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

/** Ticks the options whose labels contain these texts on the screen shown, then 次へ. */
async function choose(page, screenId, labels) {
  const screen = page.locator(`#${screenId}`);
  for (const label of labels) await screen.getByLabel(label).check();
  await screen.getByRole("button", { name: "次へ" }).click();
}

/** Walks from the intro as the person would answer; returns the questions asked, in order. */
async function walk(page, city, answers) {
  await page.goto(site.url(`cities/${city}/guides/resident/`));
  await waitForHydration(page);
  await page.getByRole("link", { name: "はじめる" }).click();
  const asked = [];
  let screen = await shownScreen(page, "guide-intro");
  for (let step = 0; step < 12; step += 1) {
    if (screen === "guide-check") {
      await page.getByRole("link", { name: "この回答で相談先を見る" }).click();
      screen = await shownScreen(page, "guide-check");
      continue;
    }
    if (screen.startsWith("guide-o-")) return asked;
    const question = screen.replace(/^guide-q-/, "");
    const title = await page.textContent(`#${screen} h2`);
    assert.ok(question in answers, `${city}: the guide asked 「${title}」 (${question}), which this person was not expected to be asked`);
    asked.push(question);
    await choose(page, screen, [answers[question]].flat());
    screen = await shownScreen(page, screen);
  }
  assert.fail("the walk did not end");
}

/** The result shown: first and secondary window names, and each shown card's 「案内した理由」. */
const result = (page) =>
  page.evaluate(() => {
    const section = [...document.querySelectorAll(".guide-result")].find((s) => !s.hidden);
    const cards = (list) => (list ? [...list.querySelectorAll("[data-pick]")].filter((li) => !li.hidden) : []);
    const lists = section.querySelectorAll("[data-picks]");
    const secondary = section.querySelector("[data-secondary]");
    const shown = [...cards(lists[0]), ...(secondary && !secondary.hidden ? cards(lists[1]) : [])];
    const because = shown.map((card) => {
      const line = card.querySelector(".pick-card__because");
      const items = [...line.querySelectorAll("[data-because]")].filter((item) => !item.hidden).map((item) => item.textContent);
      return { name: card.querySelector("h4 a").textContent, items, text: line.innerText };
    });
    const prepare = [...section.querySelectorAll("[data-prepare]")].filter((item) => !item.hidden).map((item) => item.innerText);
    return {
      outcome: section.dataset.outcome,
      first: cards(lists[0]).map((li) => li.querySelector("h4 a").textContent),
      because,
      prepare,
      text: section.innerText,
    };
  });

const NO = "いいえ";
const SELF = "自分のこと";
const FAMILY = "家族のこと";
const CARE = "介護のこと";
const DISABILITY = "障がいのこと";
const CHILD = "妊娠・出産、子育て";
const SCHOOL = "学校のこと";
const MONEY = "お金、仕事";
const ALONE = "ひきこもり";
const OTHER = "そのほか（";
const GO = "行ける（";
const HARD = "行くのがむずかしい";

// Each situation as the person would tell it, what they would answer, and the windows that
// must be among the first ones (from the city's plan, as windows.toml names them).
const situations = [
  // いわき市
  { city: "iwaki", says: "父（78歳）のもの忘れが増えた。介護保険を申請したい",
    answers: { danger: NO, who: FAMILY, trouble: [CARE], "care-need": "介護保険を申請したい", age: "65歳以上", mobility: GO },
    first: ["地域包括支援センター", "地区保健福祉センター"] },
  { city: "iwaki", says: "中学生の息子が学校に行けない。家計も苦しいが、いちばんは学校のこと",
    answers: { danger: NO, who: FAMILY, trouble: [SCHOOL, MONEY], main: SCHOOL, age: "18歳未満", mobility: GO },
    first: ["子ども家庭支援員", "地区保健福祉センター"], outcome: "several-fields" },
  { city: "iwaki", says: "妊娠中で、ひとりで不安",
    answers: { danger: NO, who: SELF, trouble: [CHILD], "child-need": "妊娠・出産のこと", mobility: GO },
    first: ["母子保健コンシェルジュ", "地区保健福祉センター"] },
  { city: "iwaki", says: "80代の母の世話をしている。50代の自分は仕事がなく、家から出られない。いちばんはひきこもり",
    answers: { danger: NO, who: [SELF, FAMILY], trouble: [CARE, MONEY, ALONE], main: ALONE, age: ["65歳以上", "40〜64歳"], mobility: HARD },
    first: ["いわき市生活・就労支援センター", "地区保健福祉センター"], outcome: "several-fields" },
  { city: "iwaki", says: "このごろ眠れず、気分が落ちこむ（40代）",
    answers: { danger: NO, who: SELF, trouble: [OTHER], "other-need": "体や心の健康", age: "40〜64歳", mobility: GO },
    first: ["地区保健福祉センター"] },
  { city: "iwaki", says: "40代の息子がひきこもっている。お金も心配だが、いちばんはひきこもり。息子は外に出られない",
    answers: { danger: NO, who: FAMILY, trouble: [MONEY, ALONE], main: ALONE, age: "40〜64歳", mobility: HARD },
    first: ["いわき市生活・就労支援センター", "地区保健福祉センター"], outcome: "several-fields" },
  { city: "iwaki", says: "夫婦げんかが絶えず、小学生の子どもにも影響が出ている",
    answers: { danger: NO, who: FAMILY, trouble: [OTHER], "other-need": "家庭や家族の中", age: "18歳未満", mobility: GO },
    first: ["子ども家庭支援員", "地区保健福祉センター"] },
  { city: "iwaki", says: "子どもの学校のことと子育てに悩んでいる。いちばんは子育て",
    answers: { danger: NO, who: FAMILY, trouble: [CHILD, SCHOOL], main: CHILD, "child-need": "子育てのこと（", age: "18歳未満", mobility: GO },
    first: ["子育てコンシェルジュ", "地区保健福祉センター"], outcome: "several-fields" },
  // 伊豆市
  { city: "izu", says: "土肥に住む母（80代）の介護保険を申請したい",
    answers: { danger: NO, who: FAMILY, trouble: [CARE], "care-need": "介護保険を申請したい", age: "65歳以上", area: "土肥地区", mobility: GO },
    first: ["土肥地区地域包括支援センター", "伊豆市福祉相談センター"] },
  { city: "izu", says: "3歳の子のことばが遅い",
    answers: { danger: NO, who: FAMILY, trouble: [CHILD], "child-need": "子どもの育ちや発達", age: "18歳未満", mobility: GO },
    first: ["こども家庭センター", "児童発達支援センターおひさま", "伊豆市福祉相談センター"] },
  { city: "izu", says: "持病があって体調が不安。50代でひとり暮らし",
    answers: { danger: NO, who: SELF, trouble: [OTHER], "other-need": "体や心の健康", age: "40〜64歳", mobility: GO },
    first: ["伊豆市福祉相談センター"] },
  { city: "izu", says: "修善寺に住む父の介護と、自分が仕事を失ったこと。いちばんは仕事",
    answers: { danger: NO, who: [SELF, FAMILY], trouble: [CARE, MONEY], main: MONEY, age: ["65歳以上", "40〜64歳"], area: "修善寺地区", mobility: GO },
    first: ["生活困窮者自立相談支援機関", "伊豆市福祉相談センター"], outcome: "several-fields" },
  { city: "izu", says: "中学生の娘が不登校",
    answers: { danger: NO, who: FAMILY, trouble: [SCHOOL], age: "18歳未満", mobility: GO },
    first: ["こども家庭センター", "伊豆市福祉相談センター"] },
  { city: "izu", says: "妊娠がわかったが、頼れる人がいない",
    answers: { danger: NO, who: SELF, trouble: [CHILD], "child-need": "妊娠・出産のこと", mobility: GO },
    first: ["こども家庭センター", "伊豆市福祉相談センター"] },
  // 狛江市
  { city: "komae", says: "75歳の母の介護保険の申請をしたい",
    answers: { danger: NO, who: FAMILY, trouble: [CARE], "care-need": "介護保険を申請したい", age: "65歳以上", mobility: GO },
    first: ["福祉総合相談窓口 ⑤介護保険", "地域包括支援センター"] },
  { city: "komae", says: "もの忘れが進んだ80代の母の介護と、小学生の子の子育てが重なっている。いちばんは母の介護",
    answers: { danger: NO, who: FAMILY, trouble: [CARE, CHILD], main: CARE, "care-need": "相談したい", age: ["65歳以上", "18歳未満"], mobility: GO },
    first: ["地域包括支援センター", "コミュニティソーシャルワーカー（CSW）"], outcome: "several-fields" },
  { city: "komae", says: "こころの不調で仕事に行けない（30代）",
    answers: { danger: NO, who: SELF, trouble: [OTHER], "other-need": "体や心の健康", age: "18〜39歳", mobility: GO },
    first: ["福祉総合相談窓口 ②障害・高齢の相談", "コミュニティソーシャルワーカー（CSW）"] },
  { city: "komae", says: "小学生の子の発達が気になる",
    answers: { danger: NO, who: FAMILY, trouble: [CHILD], "child-need": "子どもの育ちや発達", age: "18歳未満", mobility: GO },
    first: ["子ども家庭支援センター"] },
  { city: "komae", says: "70代のひとり暮らしで、話し相手がいない。どのエリアかはわからない",
    answers: { danger: NO, who: SELF, trouble: [ALONE], age: "65歳以上", area: "わからない", mobility: GO },
    first: ["地域包括支援センター", "コミュニティソーシャルワーカー（CSW）"] },
  { city: "komae", says: "夫の暴言に悩んでいる。子どもはいない（40代）",
    answers: { danger: NO, who: SELF, trouble: [OTHER], "other-need": "家庭や家族の中", age: "40〜64歳", mobility: GO },
    first: ["コミュニティソーシャルワーカー（CSW）"] },
  { city: "komae", says: "収入が減って家賃が払えない。障がいもあるが、いちばんはお金",
    answers: { danger: NO, who: SELF, trouble: [DISABILITY, MONEY], main: MONEY, age: "40〜64歳", mobility: GO },
    first: ["こまYELL", "コミュニティソーシャルワーカー（CSW）"], outcome: "several-fields" },
  // 三条市
  { city: "sanjo", says: "祖母の介護保険を申請したい",
    answers: { danger: NO, who: FAMILY, trouble: [CARE], "care-need": "介護保険を申請したい", age: "65歳以上", mobility: GO },
    first: ["地域包括支援センター"] },
  { city: "sanjo", says: "20代の息子が家から出ない。本人は窓口に行けない",
    answers: { danger: NO, who: FAMILY, trouble: [ALONE], age: "18〜39歳", mobility: HARD },
    first: ["三条こもりびと支援センター"] },
  { city: "sanjo", says: "30代の自分はひきこもりがちで、70代の親はひとりで出かけられない。ふたりとも孤立している",
    answers: { danger: NO, who: [SELF, FAMILY], trouble: [ALONE], age: ["18〜39歳", "65歳以上"], mobility: GO },
    first: ["三条こもりびと支援センター", "地域包括支援センター"] },
  { city: "sanjo", says: "2歳の子の発達が心配",
    answers: { danger: NO, who: FAMILY, trouble: [CHILD], "child-need": "子どもの育ちや発達", age: "18歳未満", mobility: GO },
    first: ["子ども家庭サポートセンター"] },
  { city: "sanjo", says: "体調が悪いが、どこに相談すればいいか分からない（60代）",
    answers: { danger: NO, who: SELF, trouble: [OTHER], "other-need": "体や心の健康", age: "40〜64歳", mobility: GO },
    first: ["福祉保健部 地域包括ケア推進課"] },
  { city: "sanjo", says: "妊娠していて、生活費も足りない。いちばんはお金",
    answers: { danger: NO, who: SELF, trouble: [CHILD, MONEY], main: MONEY, age: "18〜39歳", mobility: GO },
    first: ["社会福祉協議会", "福祉保健部 地域包括ケア推進課"], outcome: "several-fields" },
  { city: "sanjo", says: "高校生の娘が不登校で、家族の関係もぎくしゃくしている。いちばんは学校",
    answers: { danger: NO, who: FAMILY, trouble: [SCHOOL, OTHER], main: SCHOOL, age: "18歳未満", mobility: GO },
    first: ["子ども家庭サポートセンター", "福祉保健部 地域包括ケア推進課"], outcome: "several-fields" },
  // 山口市
  { city: "yamaguchi", says: "父の介護保険を申請したい",
    answers: { danger: NO, who: FAMILY, trouble: [CARE], "care-need": "介護保険を申請したい", age: "65歳以上", mobility: GO },
    first: ["地域包括支援センター"] },
  { city: "yamaguchi", says: "気分が落ちこんで眠れない（30代）",
    answers: { danger: NO, who: SELF, trouble: [OTHER], "other-need": "体や心の健康", age: "18〜39歳", mobility: GO },
    first: ["保健センター", "こころの健康相談"] },
  { city: "yamaguchi", says: "妊娠している",
    answers: { danger: NO, who: SELF, trouble: [CHILD], "child-need": "妊娠・出産のこと", mobility: GO },
    first: ["母子健康サポートセンター"] },
  { city: "yamaguchi", says: "夫婦の仲が悪く、5歳の子どもにあたってしまう",
    answers: { danger: NO, who: SELF, trouble: [OTHER], "other-need": "家庭や家族の中", age: "18歳未満", mobility: GO },
    first: ["家庭児童相談室", "やまぐち「まちの福祉相談室」"] },
  { city: "yamaguchi", says: "息子がひきこもり、親の介護もある。いちばんはひきこもり",
    answers: { danger: NO, who: FAMILY, trouble: [CARE, ALONE], main: ALONE, age: "40〜64歳", mobility: GO },
    first: ["ひきこもり地域支援センター", "やまぐち「まちの福祉相談室」"], outcome: "several-fields" },
  { city: "yamaguchi", says: "子どもがいじめにあっている",
    answers: { danger: NO, who: FAMILY, trouble: [SCHOOL], age: "18歳未満", mobility: GO },
    first: ["教育相談室"] },
  { city: "yamaguchi", says: "障がいがあり、お金にも困っている。どれがいちばんかは決められない",
    answers: { danger: NO, who: SELF, trouble: [DISABILITY, MONEY], main: "わからない", age: "40〜64歳", mobility: GO },
    exactlyFirst: ["やまぐち「まちの福祉相談室」"], outcome: "several-fields" },
];

for (const person of situations) {
  test(`${person.city}: 「${person.says}」`, async () => {
    await site.withPage(phone, async (page) => {
      const asked = await walk(page, person.city, person.answers);
      const unasked = Object.keys(person.answers).filter((question) => !asked.includes(question));
      assert.deepEqual(unasked, [], `every answer this person has was asked for (asked: ${asked.join(" → ")})`);
      const shown = await result(page);
      if (person.outcome) assert.equal(shown.outcome, person.outcome);
      for (const name of person.first ?? []) {
        assert.ok(shown.first.includes(name), `${name} is among the first windows: ${shown.first.join("、")}`);
      }
      if (person.exactlyFirst) assert.deepEqual(shown.first, person.exactlyFirst, "「わからない」 keeps the general window alone first");
      for (const card of shown.because) {
        assert.ok(card.items.length > 0 || card.text.includes("回答にかかわらず"), `${card.name} says why: ${card.text}`);
        assert.match(card.text, /^案内した理由：.+と答えたため$|回答にかかわらず/, `${card.name}: ${card.text}`);
      }
      assert.ok(shown.prepare.length > 0 && shown.prepare.every((item) => item.includes("持っていくもの：") && item.includes("伝えること：")), `「相談の前に」 says what to bring and say: ${shown.prepare}`);
      assert.ok(shown.text.indexOf("相談の前に") < shown.text.indexOf("まず相談する窓口"), "what to bring comes before the windows");
      assert.deepEqual(page.problems(), []);
    });
  });
}

test("a single-topic result says which answer led to each window", async () => {
  await site.withPage(phone, async (page) => {
    await walk(page, "yamaguchi", { danger: NO, who: FAMILY, trouble: [SCHOOL], age: "18歳未満", mobility: GO });
    const shown = await result(page);
    const school = shown.because.find((card) => card.name === "教育相談室");
    assert.deepEqual(school.items, ["「学校のこと、不登校、いじめ」"], "the card names the answer chosen, not every option its pick names");
  });
});

test("山口's まちの福祉相談室 and ふくまる相談室 are said to be one place", async () => {
  await site.withPage(phone, async (page) => {
    // A 65-year-old with a disability: the 地域包括支援センター's card names the 相談室 beside it.
    await walk(page, "yamaguchi", { danger: NO, who: SELF, trouble: [DISABILITY], age: "65歳以上", mobility: GO });
    const { text } = await result(page);
    assert.ok(!/(?<!通称：)ふくまる相談室/.test(text), "ふくまる相談室 is never named without saying it is the まちの福祉相談室's other name");
    assert.ok(text.includes("「まちの福祉相談室」（通称：ふくまる相談室）"));
  });
});

test("「いちばん困っていること」 offers only what was ticked, and several answers are one per line on the check screen", async () => {
  await site.withPage(phone, async (page) => {
    await page.goto(site.url("cities/komae/guides/resident/?at=danger"));
    await waitForHydration(page);
    await choose(page, "guide-q-danger", [NO]);
    await choose(page, await shownScreen(page, "guide-q-danger"), [SELF]);
    await choose(page, await shownScreen(page, "guide-q-who"), [CARE, MONEY, ALONE]);
    const screen = await shownScreen(page, "guide-q-trouble");
    assert.equal(screen, "guide-q-main");
    const offered = await page.$$eval("#guide-q-main .guide-choice", (all) => all.filter((c) => c.offsetParent !== null).map((c) => c.querySelector("label").textContent));
    assert.equal(offered.length, 4, `the three ticked troubles and 「わからない」: ${offered}`);
    assert.ok(offered[0].startsWith("介護のこと") && offered[1].startsWith("お金") && offered[2].startsWith("ひきこもり") && offered[3] === "わからない");
    // Back to the troubles, untick one: it is no longer offered.
    await page.goBack();
    await shownScreen(page, "guide-q-main");
    await page.locator("#guide-q-trouble").getByLabel(ALONE).uncheck();
    await page.locator("#guide-q-trouble").getByRole("button", { name: "次へ" }).click();
    await shownScreen(page, "guide-q-trouble");
    const again = await page.$$eval("#guide-q-main .guide-choice", (all) => all.filter((c) => c.offsetParent !== null).length);
    assert.equal(again, 3);
    await choose(page, "guide-q-main", [MONEY]);
    await choose(page, await shownScreen(page, "guide-q-main"), ["40〜64歳"]);
    await choose(page, await shownScreen(page, "guide-q-age"), [GO]);
    await shownScreen(page, "guide-q-mobility");
    const row = await page.locator('[data-row="trouble"] [data-answer]').innerText();
    assert.deepEqual(row.split("\n").map((line) => line.trim()).filter(Boolean).length, 2, `one ticked trouble per line: ${JSON.stringify(row)}`);
  });
});

test("the browser's Back (real history) keeps every answer, as the on-page 戻る does", async () => {
  await site.withPage(phone, async (page) => {
    await page.goto(site.url("cities/izu/guides/resident/"));
    await waitForHydration(page);
    await page.getByRole("link", { name: "はじめる" }).click();
    await choose(page, await shownScreen(page, "guide-intro"), [NO]);
    await choose(page, await shownScreen(page, "guide-q-danger"), [FAMILY]);
    await choose(page, await shownScreen(page, "guide-q-who"), [CARE]);
    await choose(page, await shownScreen(page, "guide-q-trouble"), ["心配"]);
    assert.equal(await shownScreen(page, "guide-q-care-need"), "guide-q-age");
    const checked = (id) => page.isChecked(id);
    await page.goBack();
    assert.equal(await shownScreen(page, "guide-q-age"), "guide-q-care-need");
    assert.equal(await checked("#guide-care-need-worry"), true, "Back finds 介護 answered");
    await page.goBack();
    assert.equal(await shownScreen(page, "guide-q-care-need"), "guide-q-trouble");
    assert.equal(await checked("#guide-trouble-care"), true);
    await page.goBack();
    assert.equal(await shownScreen(page, "guide-q-trouble"), "guide-q-who");
    assert.equal(await checked("#guide-who-family"), true);
    await page.goBack();
    assert.equal(await shownScreen(page, "guide-q-who"), "guide-q-danger");
    assert.equal(await checked("#guide-danger-no"), true);
    // Forward again: the answers are still there, and going on from the middle keeps them.
    await page.goForward();
    assert.equal(await shownScreen(page, "guide-q-danger"), "guide-q-who");
    assert.equal(await checked("#guide-who-family"), true);
    await page.locator("#guide-q-who").getByRole("button", { name: "次へ" }).click();
    assert.equal(await shownScreen(page, "guide-q-who"), "guide-q-trouble");
    assert.equal(await checked("#guide-trouble-care"), true);
    assert.deepEqual(page.problems(), []);
  });
});

test("at 特大 on a 390 px phone the start button comes right under the page's heading, before the settings and the 所管 box", async () => {
  await site.withPage(phone, async (page) => {
    await page.goto(site.url("cities/izu/guides/resident/"));
    await waitForHydration(page);
    await openHeaderMenu(page);
    await page.click(".text-size button[value='x-large']");
    await page.waitForFunction(() => document.documentElement.dataset.textSize === "x-large");
    await page.goto(site.url("cities/izu/guides/resident/"));
    await waitForHydration(page);
    const box = async (selector) => page.locator(selector).first().boundingBox();
    const [heading, start, settings, facts] = await Promise.all([box("#page-title"), box("#guide-start"), box(".guide-settings"), box(".page-facts")]);
    const screen = page.viewportSize().height;
    assert.ok(start.y + start.height - heading.y <= screen, `the start button is within one screen of the heading (${Math.round(start.y + start.height - heading.y)} px of ${screen})`);
    assert.ok(start.y < settings.y && start.y < facts.y, "the start button comes before the settings and the 所管 box");
    // Scrolled to the heading, as a reader arriving from a link sees it, the button is in view.
    await page.evaluate(() => document.getElementById("page-title").scrollIntoView());
    const inView = await page.locator("#guide-start").evaluate((el) => el.getBoundingClientRect().bottom <= innerHeight);
    assert.ok(inView, "the start button is on the screen under the heading");
  });
});

test("a walk started again from the intro has nothing ticked from the walk before (a shared tablet)", async () => {
  await site.withPage(phone, async (page) => {
    await page.goto(site.url("cities/izu/guides/resident/"));
    await waitForHydration(page);
    await page.click("#guide-start");
    await page.waitForSelector("#guide-q-danger:not([hidden])");
    await page.check("#guide-danger-no");
    await page.click("#guide-q-danger button[type=submit]");
    await page.waitForSelector("#guide-q-who:not([hidden])");
    await page.check("#guide-who-self");
    await page.click("#guide-q-who button[type=submit]");
    await page.waitForSelector("#guide-q-who[hidden]", { state: "attached" });
    // Back, Back, Back: to the intro, as the next person would find the tablet.
    for (let step = 0; step < 3 && !(await page.isVisible("#guide-intro")); step++) await page.goBack();
    await page.waitForSelector("#guide-intro:not([hidden])");
    await page.click("#guide-start");
    await page.waitForSelector("#guide-q-danger:not([hidden])");
    assert.deepEqual(await page.$$eval("#guide-q-danger input:checked", (inputs) => inputs.map((input) => input.id)), []);
    assert.deepEqual(page.problems(), []);
  });
});
