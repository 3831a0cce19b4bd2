// The guide as residents and staff walk it: one question per screen on a phone, focus on each
// question's heading, answers in the address, Back, check your answers with Change links,
// Start again, the urgent screen, the live count, the sensitive mode, the quick exit (button
// and Shift ×3), resuming a stored walk, and odd addresses or stored state that give a friendly
// restart. axe-core checks every screen of every walk.
import { test } from "node:test";
import assert from "node:assert/strict";
import { siteUnderTest, waitForHydration, waitForUrl, distRoot, axeClean } from "./harness.mjs";

const site = siteUnderTest(distRoot);
// With the browser's back-forward cache on, as browsers have it (Playwright turns it off): the
// guide's page is a whole page load of its own, so Back to it after a look at another page
// finds the sensitive walk, kept in memory only, in the page the cache restores.
const cached = siteUnderTest(distRoot, "/", { backForwardCache: true });
const phone = { viewport: { width: 390, height: 800 }, isMobile: true, hasTouch: true };
const EXIT = "https://tenki.jp/";

/** The ids of the guide's screens now shown. */
const shownScreens = (page) =>
  page.$$eval(".guide-screen, #guide-problem", (all) => all.filter((s) => !s.hidden && s.offsetParent !== null).map((s) => s.id));

const focusedId = (page) => page.evaluate(() => document.activeElement?.id ?? "");

/** Waits until exactly this screen shows. */
async function onScreen(page, id) {
  await page.waitForFunction((id) => {
    const shown = [...document.querySelectorAll(".guide-screen, #guide-problem")].filter((s) => !s.hidden);
    return shown.length === 1 && shown[0].id === id;
  }, id, { timeout: 10000 });
}

/** Answers the question on screen by ticking these option values and pressing 次へ. */
async function answer(page, question, values) {
  await onScreen(page, `guide-q-${question}`);
  for (const value of values) await page.check(`#guide-${question}-${value}`);
  await page.click(`#guide-q-${question} button[type=submit]`);
}

/** The names on the result's shown window cards: { first, secondary }. */
const resultWindows = (page) =>
  page.evaluate(() => {
    const section = [...document.querySelectorAll(".guide-result")].find((s) => !s.hidden);
    const names = (list) => (list ? [...list.querySelectorAll("[data-pick]")].filter((li) => !li.hidden).map((li) => li.querySelector("h4 a").textContent) : []);
    const lists = section.querySelectorAll("[data-picks]");
    const secondary = section.querySelector("[data-secondary]");
    return { outcome: section.dataset.outcome, first: names(lists[0]), secondary: secondary && !secondary.hidden ? names(lists[1]) : [] };
  });

// Each walk's windows, as a resident in that situation would need them, cross-checked with the
// city's resident.toml (the picks whose condition holds; a window shows once, first if any of
// its applying picks is) and windows.toml (the names on the cards).
const walks = [
  {
    city: "iwaki", who: "family", age: "elderly", trouble: ["care"], need: ["care-need", "worry"], mobility: "can-go",
    first: ["地域包括支援センター", "地区保健福祉センター"], why: "介護のことは高齢者の総合相談窓口の地域包括支援センター、あわせて市の総合的な窓口の地区保健福祉センター",
    secondary: [], whySecondary: "介護だけの困りごとで、どちらの窓口にも行ける：ほかの分野の窓口は要らない",
  },
  {
    city: "sanjo", who: "self", age: "young", trouble: ["isolation"], mobility: "can-go",
    first: ["三条こもりびと支援センター"], why: "ひきこもりの相談は、ひきこもり（こもりびと）支援の窓口が最初",
    secondary: ["福祉保健部 地域包括ケア推進課", "第2層生活支援コーディネーター", "青少年育成センター"],
    whySecondary: "分野をまたぐ支援をまとめる市の課、居場所や活動につなぐ地域の調整役、若い人の相談を受ける青少年育成センター（こもりびと支援センターは最初の窓口なので、ここには出ない）",
  },
  {
    city: "yamaguchi", who: "self", age: "adult", trouble: ["money"], mobility: "can-go",
    first: ["パーソナル・サポートセンターやまぐち"], why: "お金や仕事のことは、生活困窮者の自立相談支援の窓口が最初",
    secondary: ["福祉事務所", "市社会福祉協議会", "やまぐち「まちの福祉相談室」", "福祉総合相談窓口"],
    whySecondary: "生活保護の福祉事務所、貸付けの社会福祉協議会、分野を問わない相談室と総合相談窓口",
  },
  {
    city: "komae", who: "family", age: "adult", trouble: ["care", "money"], main: "unknown", mobility: "can-go",
    first: ["コミュニティソーシャルワーカー（CSW）"], outcome: "several-fields", why: "困りごとが重なるときは、分野を問わず受け止める CSW が最初",
    secondary: ["福祉総合相談窓口 ②障害・高齢の相談", "地域包括支援センター", "こまYELL", "福祉総合相談窓口 ③生活保護"],
    whySecondary: "介護の分野（障害・高齢の相談窓口、地域包括支援センター）とお金の分野（こまYELL、生活保護の窓口）を、あわせて",
  },
  {
    city: "izu", who: "family", age: "elderly", trouble: ["care"], need: ["care-need", "worry"], area: "shuzenji", mobility: "can-go",
    first: ["修善寺地区地域包括支援センター", "伊豆市福祉相談センター"], why: "住んでいる地区の地域包括支援センターと、市の福祉相談センター",
    secondary: ["居場所・認知症カフェ", "ロコトレ教室", "住民主体のサービスB"],
    whySecondary: "高齢の方の介護には、居場所・認知症カフェ、介護予防の教室、修善寺地区で行う住民主体のサービスB（ほかの地区の地域包括支援センターは出ない）",
  },
];

for (const walk of walks) {
  test(`a resident of ${walk.city} is walked to the right window on a phone, with axe clean at every step`, async () => {
    await site.withPage(phone, async (page) => {
      await page.goto(site.url(`cities/${walk.city}/guides/resident/`));
      await waitForHydration(page);
      await onScreen(page, "guide-intro");
      await axeClean(page, "the intro");
      await page.click("#guide-start");
      await onScreen(page, "guide-q-danger");
      assert.equal(await focusedId(page), "guide-q-danger-title", "focus is on the question's heading");
      assert.match(await page.textContent("#guide-q-danger [data-progress]"), /^1問目・このあと多くて\d問$/);
      assert.match(await page.textContent("#guide-q-danger [data-in-play]"), /^いまの回答から案内できる窓口：\d+か所（この先の質問に答えるほど絞りこまれます）$/);
      await axeClean(page, "danger");
      const steps = [["danger", ["no"]], ["who", [walk.who]], ["trouble", walk.trouble]];
      if (walk.main) steps.push(["main", [walk.main]]);
      if (walk.need) steps.push([walk.need[0], [walk.need[1]]]);
      steps.push(["age", [walk.age]]);
      if (walk.area) steps.push(["area", [walk.area]]);
      steps.push(["mobility", [walk.mobility]]);
      for (const [index, [question, values]] of steps.entries()) {
        await answer(page, question, values);
        const next = steps[index + 1];
        if (next) {
          await onScreen(page, `guide-q-${next[0]}`);
          assert.equal(await focusedId(page), `guide-q-${next[0]}-title`);
          // Once the (smooth) scroll settles, the focused heading is clear of the sticky exit bar.
          await page.waitForFunction((id) => {
            const heading = document.getElementById(id).getBoundingClientRect();
            const bar = document.querySelector(".guide__exit").getBoundingClientRect();
            return heading.top >= bar.bottom - 1 && heading.bottom <= innerHeight;
          }, `guide-q-${next[0]}-title`, { timeout: 3000 });
          assert.match(await page.textContent(`#guide-q-${next[0]} [data-progress]`), new RegExp(`^${index + 2}問目`));
          assert.ok(page.url().includes(`${question}=${values.join(".")}`), `the answer to ${question} is in the address: ${page.url()}`);
          await axeClean(page, next[0]);
        }
      }
      await onScreen(page, "guide-check");
      assert.equal(await focusedId(page), "guide-check-title");
      const rows = await page.$$eval(".check-answers__row:not([hidden])", (rows) => rows.map((r) => r.dataset.row));
      assert.deepEqual(rows, steps.map(([question]) => question), "every answer on the way is listed");
      await axeClean(page, "check your answers");
      await page.click("#guide-see-result");
      await page.waitForFunction(() => [...document.querySelectorAll(".guide-result")].some((s) => !s.hidden));
      const result = await resultWindows(page);
      assert.equal(result.outcome, walk.outcome ?? (walk.trouble.length > 1 ? "several-fields" : "one-field"));
      assert.deepEqual(result.first, walk.first, walk.why);
      assert.deepEqual(result.secondary, walk.secondary, walk.whySecondary);
      assert.ok(!result.first.some((name) => result.secondary.includes(name)), "a window is first or secondary, not both");
      // The 相談メモ lists the first windows and the answers, as text.
      const memo = await page.textContent("#guide-memo");
      for (const name of result.first) assert.ok(memo.includes(name), `the memo names ${name}`);
      assert.ok(memo.includes("どんなことで困っていますか"), "the memo has the answers");
      assert.ok((await page.textContent(".guide-result:not([hidden])")).includes("110"), "every result says when to call 110");
      await axeClean(page, "the result");
      // The result is a shareable address: opening it again shows the same windows.
      const shared = page.url();
      assert.ok(!shared.includes("at="), `the result's address carries only answers: ${shared}`);
      await page.goto(shared);
      await waitForHydration(page);
      await page.waitForFunction(() => [...document.querySelectorAll(".guide-result")].some((s) => !s.hidden));
      assert.deepEqual(await resultWindows(page), result);
      assert.deepEqual(page.problems(), []);
      assert.deepEqual(page.foreignRequests(), []);
    });
  });
}

test("a staffer routes a case to the 支援会議 without consent, then changes the answer to reach the 重層的支援会議", async () => {
  await site.withPage({}, async (page) => {
    await page.goto(site.url("cities/iwaki/guides/staff/"));
    await waitForHydration(page);
    await page.click("#guide-start");
    await answer(page, "fields", ["care", "poverty"]);
    await answer(page, "urgency", ["later"]);
    await answer(page, "consent", ["no"]);
    await onScreen(page, "guide-check");
    await page.click("#guide-see-result");
    await onScreen(page, "guide-o-shien-kaigi");
    const text = await page.textContent("#guide-o-shien-kaigi");
    assert.match(text, /社会福祉法第106条の6/, "the legal basis in a sentence");
    assert.match(text, /守秘義務/, "the confidentiality duty");
    // Without consent, the coordinator takes the case to the 支援会議; the fields ticked (care,
    // poverty) bring their windows as partners, with the city's general window.
    const partners = ["地区保健福祉センター", "地域包括支援センター", "いわき市生活・就労支援センター", "生活保護面接相談員"];
    assert.deepEqual(await resultWindows(page), { outcome: "shien-kaigi", first: ["包括化推進員"], secondary: partners });
    await axeClean(page, "the staff result");
    // Change the consent from the check screen: the Change link names the question for screen readers.
    await page.click(".guide-result:not([hidden]) a[data-to-check]");
    await onScreen(page, "guide-check");
    const change = page.locator(".check-answers__row[data-row=consent] a");
    assert.match(await change.textContent(), /^変更：本人は、ほかの機関と情報を共有することに同意していますか$/);
    await change.click();
    await onScreen(page, "guide-q-consent");
    assert.equal(await page.isChecked("#guide-consent-no"), true, "the earlier answer is ticked");
    await answer(page, "consent", ["yes"]);
    await onScreen(page, "guide-check");
    assert.equal(await page.textContent(".check-answers__row[data-row=consent] [data-answer]"), "同意している", "Change returns to the check screen");
    await page.click("#guide-see-result");
    await onScreen(page, "guide-o-jusou-kaigi");
    assert.match(await page.textContent("#guide-o-jusou-kaigi"), /重層的支援会議/);
    assert.deepEqual(await resultWindows(page), { outcome: "jusou-kaigi", first: ["包括化推進員"], secondary: partners }, "with consent, the same coordinator and partners, at the 重層的支援会議");
    assert.deepEqual(page.problems(), []);
  });
});

test("danger first: yes shows 110, 119 and 189 at once, with no more questions and no check screen", async () => {
  await site.withPage(phone, async (page) => {
    await page.goto(site.url("cities/sanjo/guides/resident/?at=danger"));
    await waitForHydration(page);
    await answer(page, "danger", ["yes"]);
    await onScreen(page, "guide-o-emergency");
    assert.equal(await focusedId(page), "guide-o-emergency-title");
    const text = await page.textContent("#guide-o-emergency");
    for (const number of ["110", "119", "189"]) assert.ok(text.includes(number), `${number} is shown`);
    assert.match(page.url(), /\?danger=yes$/);
    await axeClean(page, "the emergency screen");
  });
});

test("Back keeps the earlier answer, the browser's Back works too, and Start again clears the walk", async () => {
  await site.withPage({}, async (page) => {
    await page.goto(site.url("cities/izu/guides/resident/?at=danger"));
    await waitForHydration(page);
    await answer(page, "danger", ["no"]);
    await answer(page, "who", ["other"]);
    await onScreen(page, "guide-q-trouble");
    await page.click("#guide-back");
    await onScreen(page, "guide-q-who");
    assert.equal(await focusedId(page), "guide-q-who-title");
    assert.equal(await page.isChecked("#guide-who-other"), true, "Back shows the answer given");
    await page.click("#guide-back");
    await onScreen(page, "guide-q-danger");
    assert.equal(await page.isChecked("#guide-danger-no"), true);
    await page.goBack();
    await onScreen(page, "guide-q-who");
    await page.goForward();
    await onScreen(page, "guide-q-danger");
    await page.click("#guide-restart");
    await onScreen(page, "guide-intro");
    assert.match(page.url(), /\/cities\/izu\/guides\/resident\/$/);
    await page.click("#guide-start");
    await onScreen(page, "guide-q-danger");
    assert.equal(await page.isChecked("#guide-danger-no"), false, "Start again begins with nothing ticked");
    assert.deepEqual(page.problems(), []);
  });
});

test("several troubles: an exclusive option stands alone, an empty answer is explained, and the live count moves", async () => {
  await site.withPage({}, async (page) => {
    await page.goto(site.url("cities/yamaguchi/guides/resident/?danger=no&who=self&age=adult&at=trouble"));
    await waitForHydration(page);
    await onScreen(page, "guide-q-trouble");
    assert.doesNotMatch(await page.getAttribute("#guide-q-trouble fieldset", "aria-describedby"), /error/, "no error before a mistake");
    await page.click("#guide-q-trouble button[type=submit]");
    assert.equal(await page.isVisible("#guide-q-trouble-error"), true, "the error says what to do");
    assert.equal(await focusedId(page), "guide-q-trouble-error", "focus moves to the error");
    assert.match(await page.title(), /^エラー：/);
    assert.match(await page.textContent("#guide-q-trouble-error"), /「あてはまるものはない」か「わからない」/);
    assert.match(await page.getAttribute("#guide-q-trouble fieldset", "aria-describedby"), /guide-q-trouble-error/);
    await axeClean(page, "the error");
    const count = () => page.textContent("#guide-q-trouble [data-in-play]");
    const before = await count();
    await page.check("#guide-trouble-money");
    await page.waitForFunction((before) => document.querySelector("#guide-q-trouble [data-in-play]").textContent !== before, before);
    const money = Number((await count()).match(/(\d+)か所/)[1]);
    assert.ok(money < Number(before.match(/(\d+)か所/)[1]), `choosing money narrows the windows (${before} → ${money})`);
    assert.equal(await page.isVisible("#guide-q-trouble-error"), false);
    await page.check("#guide-trouble-care");
    await page.check("#guide-trouble-none");
    assert.equal(await page.isChecked("#guide-trouble-money"), false, "「あてはまるものはない」 unticks the others");
    assert.equal(await page.isChecked("#guide-trouble-care"), false);
    await page.check("#guide-trouble-school");
    assert.equal(await page.isChecked("#guide-trouble-none"), false, "another option unticks 「あてはまるものはない」");
  });
});

test("keyboard only: Tab to the options, arrows choose, Enter goes on", async () => {
  await site.withPage({}, async (page) => {
    await page.goto(site.url("cities/komae/guides/resident/"));
    await waitForHydration(page);
    await page.focus("#guide-start");
    await page.keyboard.press("Enter");
    await onScreen(page, "guide-q-danger");
    await page.keyboard.press("Tab");
    for (let i = 0; i < 10 && (await focusedId(page)) !== "guide-danger-yes"; i++) await page.keyboard.press("Tab");
    assert.equal(await focusedId(page), "guide-danger-yes", "Tab reaches the first option");
    await page.keyboard.press("ArrowDown");
    assert.equal(await page.isChecked("#guide-danger-no"), true, "an arrow key chooses the next option");
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
    assert.notEqual(outline, "none", "focus is visible");
    await page.keyboard.press("Enter");
    await onScreen(page, "guide-q-who");
    assert.equal(await focusedId(page), "guide-q-who-title");
  });
});

test("the sensitive mode keeps nothing in the address, the history or storage", async () => {
  await cached.withPage(phone, async (page) => {
    await page.goto(site.url("cities/iwaki/guides/resident/"));
    await waitForHydration(page);
    const bare = page.url();
    const historyBefore = await page.evaluate(() => history.length);
    await page.check("#guide-sensitive");
    assert.equal(await page.isDisabled("#guide-remember"), true, "keeping a walk is off in the sensitive mode");
    await page.click("#guide-start");
    await answer(page, "danger", ["no"]);
    await answer(page, "who", ["self"]);
    await answer(page, "trouble", ["money"]);
    await answer(page, "age", ["adult"]);
    await answer(page, "mobility", ["can-go"]);
    await onScreen(page, "guide-check");
    assert.equal(await page.isVisible("#guide-sensitive-note"), true, "the reader sees the mode is on");
    assert.ok(!(await page.title()).includes("回答の確認"), "the tab title (kept in the browser's history) names no screen");
    await page.click("#guide-see-result");
    await onScreen(page, "guide-o-one-field");
    const result = await resultWindows(page);
    // Money trouble, able to go: the 生活困窮 window and the city's general window, and the
    // 生活保護 counsellor beside them.
    assert.deepEqual(result, {
      outcome: "one-field",
      first: ["いわき市生活・就労支援センター", "地区保健福祉センター"],
      secondary: ["生活保護面接相談員"],
    });
    assert.equal(page.url(), bare, "the address never changed");
    assert.equal(await page.evaluate(() => history.length), historyBefore, "no history entries were added");
    assert.equal(await page.evaluate(() => localStorage.length - (localStorage.getItem("tsunagu.text-size.v1") === null ? 0 : 1)), 0, "nothing stored");
    const links = await page.$$eval("#guide a[data-guide-link]", (links) => links.map((a) => a.getAttribute("href")));
    assert.ok(links.every((href) => !/(danger|who|age|trouble|mobility)=/.test(href)), `no link on the page carries the answers: ${links}`);
    await axeClean(page, "the sensitive mode");
    // A look at a window's page and back: where the browser restores the page from its
    // back-forward cache (memory and all), the walk is still there; where it does not (the cache
    // is a browser's choice: Chromium drops pages under load or memory pressure), the guide
    // starts again at the intro, because nothing was kept anywhere. Either way the address is
    // bare and nothing is stored.
    await page.click(".guide-result:not([hidden]) [data-pick]:not([hidden]) h4 a");
    await page.waitForFunction(() => !document.querySelector("#guide"));
    // A page the cache restores fires no `load` again: wait for the address only.
    await page.goBack({ waitUntil: "commit" });
    const back = await page.waitForFunction(() => {
      const shown = [...document.querySelectorAll(".guide-screen, #guide-problem")].filter((s) => !s.hidden);
      return shown.length === 1 && ["guide-o-one-field", "guide-intro"].includes(shown[0].id) ? shown[0].id : null;
    }, null, { timeout: 10000 });
    assert.equal(page.url(), bare, "the address is bare after Back");
    assert.equal(await page.evaluate(() => localStorage.length - (localStorage.getItem("tsunagu.text-size.v1") === null ? 0 : 1)), 0, "nothing stored after Back");
    if ((await back.jsonValue()) === "guide-o-one-field") {
      assert.deepEqual(await resultWindows(page), result);
      await page.click("#guide-back");
      await onScreen(page, "guide-check");
      assert.equal(page.url(), bare);
    } else {
      const reasons = await page.evaluate(() => JSON.stringify(performance.getEntriesByType("navigation")[0]?.notRestoredReasons ?? null));
      console.log(`the back-forward cache did not restore the guide, so it started again at the intro: ${reasons}`);
      assert.equal(await page.isChecked("#guide-sensitive"), false, "a fresh intro, with nothing of the walk");
    }
    // A reload forgets the walk.
    await page.reload();
    await waitForHydration(page);
    await onScreen(page, "guide-intro");
    assert.equal(await page.isChecked("#guide-sensitive"), false);
  });
});

for (const how of ["the button", "Shift pressed three times"]) {
  test(`the quick exit by ${how} replaces the page with a neutral site and forgets the walk`, async () => {
    await site.withPage({ serviceWorkers: "block" }, async (page) => {
      // The neutral site is another host: answer it here so the test never leaves the machine.
      await page.route(`${EXIT}**`, (route) => route.fulfill({ contentType: "text/html", body: "<title>天気</title><p>neutral</p>" }));
      await page.goto(site.url("cities/izu/guides/resident/"));
      await waitForHydration(page);
      await page.check("#guide-remember");
      await page.click("#guide-start");
      await answer(page, "danger", ["no"]);
      await answer(page, "who", ["self"]);
      await onScreen(page, "guide-q-trouble");
      const key = "tsunagu.guide.v1.izu.resident";
      assert.equal(await page.evaluate((key) => localStorage.getItem(key), key), "?danger=no&who=self&at=trouble", "the walk was kept");
      if (how === "the button") {
        await page.click("#guide-exit");
      } else {
        // Shift held with another key is typing, not the exit.
        for (let i = 0; i < 3; i++) await page.keyboard.press("Shift+Tab");
        await page.waitForTimeout(200);
        assert.match(page.url(), /at=trouble$/, "three Shift+Tab do not leave");
        for (let i = 0; i < 3; i++) await page.keyboard.press("Shift");
      }
      await page.waitForURL(EXIT);
      assert.equal(await page.textContent("p"), "neutral");
      await page.goBack();
      await waitForHydration(page);
      // The entry that held the last answers was replaced; earlier steps stay in the history
      // (the intro says so, and the sensitive mode keeps none).
      assert.ok(!page.url().includes("who=self"), `the page Back returns to does not hold the last answers: ${page.url()}`);
      assert.equal(await page.evaluate((key) => localStorage.getItem(key), key), null, "the stored walk is gone");
    });
  });
}

/** On 狛江市's resident guide: asks to keep the walk, answers two questions, then opens the guide
 * again from its address, landing on the intro with the walk stored. */
async function keepAWalkAndComeBack(page) {
  await page.check("#guide-remember");
  await page.click("#guide-start");
  await answer(page, "danger", ["no"]);
  await answer(page, "who", ["family"]);
  await onScreen(page, "guide-q-trouble");
  await page.goto(site.url("cities/komae/guides/resident/"));
  await waitForHydration(page);
  await onScreen(page, "guide-intro");
}

test("a stored walk resumes from the intro, and an old or damaged one is dropped with a word", async () => {
  await site.withPage({}, async (page) => {
    await page.goto(site.url("cities/komae/guides/resident/"));
    await waitForHydration(page);
    await keepAWalkAndComeBack(page);
    assert.equal(await page.isVisible("#guide-resume-link"), true);
    await page.click("#guide-resume-link");
    await onScreen(page, "guide-q-trouble");
    assert.match(page.url(), /danger=no&who=family&at=trouble$/);
    // Forgetting it from the intro.
    await page.click("#guide-restart");
    await onScreen(page, "guide-intro");
    assert.equal(await page.isVisible("#guide-resume-link"), false, "Start again starts the stored walk again too");
    // An old format or a damaged value: the intro says so and drops it.
    for (const stored of ["v0:who=self", "?who=<img src=x onerror=alert(1)>", "?danger=no&danger=yes", "x".repeat(10000)]) {
      await page.evaluate((stored) => localStorage.setItem("tsunagu.guide.v1.komae.resident", stored), stored);
      await page.reload();
      await waitForHydration(page);
      await onScreen(page, "guide-intro");
      assert.match(await page.textContent("#guide-resume"), /読み取れなかったため、消しました/, stored.slice(0, 40));
      assert.equal(await page.evaluate(() => localStorage.getItem("tsunagu.guide.v1.komae.resident")), "");
      assert.equal(await page.$("#guide img"), null, "nothing injected");
    }
    assert.deepEqual(page.problems(), []);
  });
});

test("a stored walk without its `?` is dropped, and the sensitive mode clears the resume link's copy of the answers", async () => {
  await site.withPage({}, async (page) => {
    await page.goto(site.url("cities/komae/guides/resident/"));
    await waitForHydration(page);
    // Stored by something other than the guide: without the `?`, a link made from it would lead off the guide.
    await page.evaluate(() => localStorage.setItem("tsunagu.guide.v1.komae.resident", "danger=no&who=family&at=age"));
    await page.reload();
    await waitForHydration(page);
    await onScreen(page, "guide-intro");
    assert.equal(await page.isVisible("#guide-resume-link"), false, "no offer to go on to an address off the guide");
    assert.match(await page.textContent("#guide-resume"), /読み取れなかったため、消しました/);
    // A real stored walk, then the sensitive mode switched on at the intro.
    await keepAWalkAndComeBack(page);
    assert.match(await page.getAttribute("#guide-resume-link", "href"), /who=family/, "the offer links to the stored walk");
    await page.check("#guide-sensitive");
    const link = await page.$eval("#guide-resume-link", (a) => ({ href: a.getAttribute("href"), query: a.dataset.query ?? "", hidden: !!a.closest("[hidden]") }));
    assert.equal(link.hidden, true, "the offer is gone");
    assert.ok(!/who=|danger=/.test(link.href + link.query), `the page keeps no copy of the answers: ${JSON.stringify(link)}`);
    assert.equal(await page.evaluate(() => localStorage.getItem("tsunagu.guide.v1.komae.resident")), null, "nor does storage");
    assert.deepEqual(page.problems(), []);
  });
});

test("odd addresses give a friendly restart: unknown ids, repeated keys, long values and script", async () => {
  await site.withPage({}, async (page) => {
    page.on("dialog", (dialog) => {
      throw new Error(`a dialog opened: ${dialog.message()}`);
    });
    for (const query of [
      "?danger=maybe",
      "?nosuch=yes",
      "?danger=no&danger=yes",
      `?danger=${"n".repeat(5000)}`,
      "?danger=%3Cscript%3Ealert(1)%3C/script%3E",
      "?who=%22%3E%3Cimg%20src=x%20onerror=alert(1)%3E",
      "?danger=yes&at=trouble",
      "?at=nowhere",
    ]) {
      await page.goto(site.url(`cities/sanjo/guides/resident/${query}`));
      await waitForHydration(page);
      await onScreen(page, "guide-problem");
      assert.match(await page.textContent("#guide-problem"), /このリンクの回答は読み取れませんでした/, query);
      assert.equal(await page.$("img[src=x], #guide script"), null, `nothing injected by ${query.slice(0, 40)}`);
      assert.match(page.url(), /\/cities\/sanjo\/guides\/resident\/$/, "the address is tidied");
    }
    await axeClean(page, "the restart notice");
    await page.click("#guide-problem a");
    await onScreen(page, "guide-intro");
    assert.deepEqual(page.problems(), []);
  });
});

test("without JavaScript the guide points to the window list instead", async () => {
  await site.withPage({ javaScriptEnabled: false }, async (page) => {
    await page.goto(site.url("cities/iwaki/guides/resident/"));
    assert.equal(await page.isVisible(".guide__needs-js"), true);
    assert.equal(await page.isVisible("#guide-start"), false, "no button that cannot work");
    assert.equal(await page.getAttribute("#guide-exit", "href"), EXIT, "the quick exit is a plain link that works without JavaScript");
    assert.equal(await page.isVisible("#guide-exit"), true);
    await page.click(".guide__needs-js a");
    await page.waitForURL(/\/cities\/iwaki\/windows\/$/);
  });
});

test("printing a result shows the result and the 相談メモ, not the guide's controls", async () => {
  await site.withPage({}, async (page) => {
    await page.goto(site.url("cities/izu/guides/resident/?danger=no&who=self&age=adult&trouble=money&mobility=can-go"));
    await waitForHydration(page);
    await onScreen(page, "guide-o-one-field");
    await page.emulateMedia({ media: "print" });
    assert.equal(await page.isVisible("#guide-memo"), true);
    assert.equal(await page.isVisible(".guide-result:not([hidden]) .pick-card:not([hidden])"), true);
    for (const control of ["#guide-exit", "#guide-nav", "#guide-print", ".main-nav"]) {
      assert.equal(await page.isVisible(control), false, `${control} is not printed`);
    }
  });
});
