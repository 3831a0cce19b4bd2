// When the app (the WASM) starts: at once on a page that needs it as it loads (any address with
// a query), and elsewhere only when the reader first reaches a control, so reading a page
// downloads no WASM. A choice made before the app is ready is not lost. A guide page, the
// search page and a course page load their own small WASM instead, and the app only for the
// header's controls; a self-check loads the course's only once an answer is chosen, and scores
// answers submitted before it had loaded. While a press waits for a WASM, a status says it is
// loading, and if the WASM fails to come, that it did and to press again.
import { test } from "node:test";
import assert from "node:assert/strict";
import { AxeBuilder } from "@axe-core/playwright";
import { siteUnderTest } from "./harness.mjs";

const site = siteUnderTest();
const hydrated = (page) => page.waitForFunction(() => document.documentElement.dataset.hydrated === "true", null, { timeout: 20000 });

/** Opens `path` with every request recorded; `page.fetched()` lists the WASM and JS asked for. */
async function open(page, path) {
  const requests = [];
  page.on("request", (request) => requests.push(new URL(request.url()).pathname));
  page.fetched = () => requests.filter((path) => /\.(wasm|js)$/.test(path) && !path.endsWith("/sw.js"));
  await page.goto(site.url(path));
  await page.waitForLoadState("networkidle");
}

/** The self-check's status beside its submit button: a polite live region, there from the start. */
const selfCheckStatus = (page) => page.locator("form.training-quiz .training-quiz__submit [role='status'][data-load-status]");
/** The app's status, last in every page's body: a polite live region, there from the start. */
const appStatus = (page) => page.locator("body > #load-status[role='status']");
/** Its lines shown now. */
const shownLines = async (status) => status.locator("[data-when]").evaluateAll((lines) => lines.filter((line) => !line.hidden).map((line) => line.textContent));
const failedWords = "読み込めませんでした。通信を確かめて、もう一度押してください。";
/** axe-core's WCAG 2.2 A/AA and best-practice violations on the page as it is now. */
const axeViolations = async (page) =>
  (await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze()).violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join("; ")}`,
  );

/**
 * Makes the first request matching `pattern` fail, as on a dropped connection (after `until`,
 * when given, resolves: a slow load that then fails); later ones pass. Returns the list of the
 * dropped paths.
 */
async function dropFirst(page, pattern, until) {
  const dropped = [];
  await page.route(pattern, async (route) => {
    if (dropped.length === 0) {
      dropped.push(new URL(route.request().url()).pathname);
      await until;
      await route.abort("connectionreset");
    } else await route.continue();
  });
  return dropped;
}

/** The WASM files a page fetched, by name without the hash. */
const wasmFetched = (page) => page.fetched().filter((path) => path.endsWith(".wasm")).map((path) => path.split("/").pop().replace(/-[0-9a-f]{16}_bg\.wasm$/, ""));

test("reading a plan page fetches the start script only; links are plain links until the app starts", async () => {
  await site.withPage({ serviceWorkers: "block" }, async (page) => {
    await open(page, "cities/komae/");
    assert.deepEqual(page.fetched().map((path) => path.replace(/-[0-9a-f]{16}/, "")), ["/start.js"]);
    const link = page.locator("#page-body a[href^='/glossary/']").first();
    const name = (await link.textContent()).trim();
    await link.click();
    await page.waitForURL(/\/glossary\/(#.*)?$/);
    assert.match(await page.title(), /用語集/, `the link 「${name}」 opened the glossary`);
    assert.ok(!page.fetched().some((path) => path.endsWith(".wasm")), "following a link loaded the next page, not the app");
  });
});

test("a text size chosen before the app is ready is applied once it is, and kept", async () => {
  await site.withPage({ serviceWorkers: "block" }, async (page) => {
    await open(page, "");
    assert.ok(!page.fetched().some((path) => path.endsWith(".wasm")));
    await page.getByRole("button", { name: "大", exact: true }).click();
    await hydrated(page);
    assert.ok(page.fetched().some((path) => path.endsWith(".wasm")), "reaching the button started the app");
    await page.waitForFunction(() => document.documentElement.dataset.textSize === "large");
    // Pressed, its name gains the ✓ the style sheet adds.
    assert.equal(await page.getByRole("button", { name: /^(✓ )?大$/ }).getAttribute("aria-pressed"), "true");
    await page.reload();
    assert.equal(await page.evaluate(() => document.documentElement.dataset.textSize), "large", "kept on this device");
  });
});

test("a switch pressed again after the app failed to come is switched once, its loader asked for afresh", async () => {
  await site.withPage({ serviceWorkers: "block" }, async (page) => {
    // The first requests for the app's loader and its WASM fail, as on a dropped connection (a
    // browser keeps a failed module import failed, so the retry must ask at a fresh address).
    const loader = await dropFirst(page, "**/tsunagu-web-*.js*");
    const wasm = await dropFirst(page, "**/tsunagu-web-*_bg.wasm");
    await open(page, "");
    const furigana = page.locator(".furigana-switch");
    assert.equal(await furigana.getAttribute("aria-pressed"), "false");
    await furigana.click();
    await page.waitForFunction(() => "loadFailed" in document.documentElement.dataset);
    assert.equal(await page.evaluate(() => document.documentElement.dataset.app), "on-demand", "what works on demand stays shown");
    assert.equal(await page.evaluate(() => document.documentElement.getAttribute("data-furigana")), null, "nothing applied without the app");
    // Asked to press again, the reader does: the readings show, not shown-then-hidden.
    await furigana.click();
    await hydrated(page);
    await page.waitForFunction(() => document.querySelector(".furigana-switch").getAttribute("aria-pressed") === "true");
    await page.waitForTimeout(300);
    assert.equal(await furigana.getAttribute("aria-pressed"), "true", "switched once: the failed press was not replayed too");
    assert.equal(await page.evaluate(() => "loadFailed" in document.documentElement.dataset), false, "the mark goes once the app has come");
    assert.deepEqual([loader.length, wasm.length], [1, 1], `the first loader and WASM requests were dropped: ${loader} ${wasm}`);
    assert.equal(wasmFetched(page).filter((name) => name === "tsunagu-web").length, 2, "the press asked for the app again");
    assert.deepEqual(page.problems().filter((problem) => !/Failed to load resource|ERR_CONNECTION_RESET|Failed to fetch dynamically imported module/.test(problem)), []);
  });
});

test("a text size pressed while the app is slow to come says it is loading, then that it failed, and the next press clears that", async () => {
  await site.withPage({ serviceWorkers: "block" }, async (page) => {
    // The first request for the app's WASM hangs until released, then fails, as on a dropped
    // connection; later ones pass.
    let release;
    const dropped = await dropFirst(page, "**/tsunagu-web-*_bg.wasm", new Promise((resolve) => (release = resolve)));
    await open(page, "");
    const status = appStatus(page);
    assert.deepEqual(await shownLines(status), [], "nothing said while nothing waits");
    const large = page.getByRole("button", { name: /^(✓ )?大$/ });
    await large.click();
    await status.getByText("読み込んでいます…").waitFor({ state: "visible" });
    release();
    await status.getByText(failedWords).waitFor({ state: "visible" });
    assert.deepEqual(await shownLines(status), [failedWords], "the failure replaces the loading line");
    assert.deepEqual(await axeViolations(page), [], "the page with the message shown");
    assert.notEqual(await page.evaluate(() => document.documentElement.dataset.textSize), "large", "nothing applied without the app");
    await large.click();
    await hydrated(page);
    await page.waitForFunction(() => document.documentElement.dataset.textSize === "large");
    assert.deepEqual(await shownLines(status), [], "the retry that brought the app cleared the message");
    assert.equal(dropped.length, 1, "the first request failed");
  });
});

test("a directory filter chosen before the app is ready filters the list once it is", async () => {
  await site.withPage({ serviceWorkers: "block" }, async (page) => {
    await open(page, "cities/komae/windows/");
    const all = await page.locator("#window-list > li:visible").count();
    const field = page.getByLabel("だれの相談か");
    const choice = await field.locator("option").nth(1).getAttribute("value");
    await field.selectOption(choice);
    await hydrated(page);
    await page.waitForFunction((all) => document.querySelectorAll("#window-list > li:not([hidden])").length < all, all);
    assert.equal(await field.inputValue(), choice, "the choice stays");
    assert.match(page.url(), /\?/, "and is in the address");
  });
});

test("a directory filter whose app fails to come stays in view, and the choice is applied when the next one brings it", async () => {
  await site.withPage({ serviceWorkers: "block" }, async (page) => {
    await dropFirst(page, "**/tsunagu-web-*_bg.wasm");
    await open(page, "cities/komae/windows/");
    const all = await page.locator("#window-list > li:visible").count();
    const field = page.getByLabel("だれの相談か");
    const choice = await field.locator("option").nth(1).getAttribute("value");
    await field.selectOption(choice);
    await page.waitForFunction(() => "loadFailed" in document.documentElement.dataset);
    assert.equal(await field.isVisible(), true, "the filter the reader is using stays in view");
    // The reader comes back to the filter: reaching it asks for the app again.
    await page.evaluate(() => document.activeElement?.blur());
    await field.focus();
    await hydrated(page);
    await page.waitForFunction((all) => document.querySelectorAll("#window-list > li:not([hidden])").length < all, all);
    assert.equal(await field.inputValue(), choice, "the choice held through the failure is applied");
  });
});

test("an address with a query starts the app as it loads", async () => {
  await site.withPage({ serviceWorkers: "block" }, async (page) => {
    await open(page, "cities/komae/windows/?audience=elderly");
    await hydrated(page);
    assert.deepEqual(wasmFetched(page), ["tsunagu-web"], "the directory loaded the app at once");
  });
});

test("search results load the search page's own WASM at once, never the app", async () => {
  await site.withPage({ serviceWorkers: "block" }, async (page) => {
    await open(page, "search/?q=%E7%9B%B8%E8%AB%87");
    await hydrated(page);
    await page.waitForFunction(() => document.querySelectorAll("#search-results .search-result").length > 0);
    // The page's own fields and buttons are the module's: choosing a filter needs no app.
    await page.getByLabel("種類").selectOption("window");
    await page.waitForURL(/kind=window$/);
    await page.waitForLoadState("networkidle");
    assert.deepEqual(wasmFetched(page), ["tsunagu-search"]);
    assert.deepEqual(page.problems(), []);
  });
});

/** The id of the guide screen shown. */
const screenShown = (page) => page.$$eval(".guide-screen", (all) => all.filter((s) => !s.hidden).map((s) => s.id).join(" "));
/** Answers the question shown with its first option. */
async function answerFirst(page) {
  const shown = await screenShown(page);
  await page.locator(`#${shown} form input`).first().check();
  await page.locator(`#${shown} form button[type=submit]`).click();
  await page.waitForFunction((was) => ![...document.querySelectorAll(".guide-screen")].some((s) => !s.hidden && s.id === was), shown);
}

test("a guide page loads the guide's own WASM, not the app; its answers never start the app, the header's controls do and leave the guide as it is", async () => {
  await site.withPage({ serviceWorkers: "block" }, async (page) => {
    await open(page, "cities/izu/guides/resident/?danger=no");
    await hydrated(page);
    assert.deepEqual(wasmFetched(page), ["tsunagu-guide"], "only the guide's WASM at load, even with answers in the address");
    const first = await screenShown(page);
    await answerFirst(page);
    const second = await screenShown(page);
    assert.notEqual(second, first);
    assert.match(page.url(), /\?danger=no&/, "the step is in the address");
    assert.deepEqual(wasmFetched(page), ["tsunagu-guide"], "answering does not start the app");

    // The header's text size starts the app; the click is replayed, and the guide stays put.
    await page.getByRole("button", { name: "大", exact: true }).click();
    await page.waitForFunction(() => document.documentElement.dataset.textSize === "large");
    assert.deepEqual(wasmFetched(page).sort(), ["tsunagu-guide", "tsunagu-web"]);
    assert.equal(await screenShown(page), second, "the app left the guide's screen as it was");
    await page.getByRole("button", { name: /^(✓ )?標準$/ }).click();
    await page.waitForFunction(() => document.documentElement.dataset.textSize !== "large");

    // With both running, the guide still walks, and the browser's Back shows the screen before.
    await answerFirst(page);
    assert.notEqual(await screenShown(page), second);
    await page.goBack();
    await page.waitForFunction((want) => [...document.querySelectorAll(".guide-screen")].some((s) => !s.hidden && s.id === want), second);
    assert.equal(await screenShown(page), second);

    // Leaving the guide by a link is a whole page load of the next page.
    await page.locator("nav.breadcrumbs a").last().click();
    await page.waitForFunction(() => !document.getElementById("guide"));
    assert.ok(!page.url().includes("/guides/resident/"), page.url());
    assert.deepEqual(page.problems(), []);
  });
});

test("the header's search from a guide page loads the results page with the query", async () => {
  await site.withPage({ serviceWorkers: "block" }, async (page) => {
    await open(page, "cities/izu/guides/resident/");
    await hydrated(page);
    await page.locator("#header-search-q").fill("介護");
    await page.waitForLoadState("networkidle");
    assert.deepEqual(wasmFetched(page), ["tsunagu-guide"], "typing in the header's search box does not start the app");
    await page.locator("#header-search-q").press("Enter");
    await page.waitForURL(/\/search\/\?q=/);
    await page.waitForFunction(() => document.getElementById("search-app") && !document.getElementById("guide"));
    assert.equal(new URL(page.url()).searchParams.get("q"), "介護");
    assert.deepEqual(page.problems(), []);
  });
});

test("a course page loads the course's own WASM, not the app; its controls and glossary terms never start the app, the header's do and leave the course as it is", async () => {
  await site.withPage({ serviceWorkers: "block" }, async (page) => {
    await open(page, "training/meetings-and-consent/");
    await hydrated(page);
    assert.deepEqual(wasmFetched(page), ["tsunagu-training"], "only the course's WASM at load");
    const status = "[data-training-module] [role=status]";
    await page.getByRole("button", { name: "このモジュールを学習済みにする" }).click();
    await page.waitForFunction((selector) => document.querySelector(selector)?.textContent.includes("学習済み"), status);
    const term = page.locator("button.glossary-term").first();
    await term.click();
    await page.waitForFunction(() => document.querySelector(".glossary-popover:popover-open"));
    await page.keyboard.press("Escape");
    await page.waitForLoadState("networkidle");
    assert.deepEqual(wasmFetched(page), ["tsunagu-training"], "marking the module and opening a term do not start the app");

    // The header's text size starts the app; the click is replayed, and the course stays put.
    await page.getByRole("button", { name: "大", exact: true }).click();
    await page.waitForFunction(() => document.documentElement.dataset.textSize === "large");
    assert.deepEqual(wasmFetched(page).sort(), ["tsunagu-training", "tsunagu-web"]);
    assert.match(await page.textContent(status), /学習済み/, "the app left the course's words as they were");
    await page.getByRole("button", { name: /^(✓ )?標準$/ }).click();
    await page.waitForFunction(() => document.documentElement.dataset.textSize !== "large");

    // With the app running, a link to the self-check is a whole page load, and the course's WASM,
    // loaded once an answer is chosen, scores it there.
    await page.getByRole("link", { name: /確認テストを受ける/ }).click();
    await page.waitForURL(/\/check\/$/);
    await page.locator("[data-question='q1'] input").first().check();
    await page.getByRole("button", { name: "答え合わせをする" }).click();
    await page.waitForFunction(() => /3問中\d問に答えました/.test(document.querySelector("[data-score]")?.textContent ?? ""));
    assert.deepEqual(page.problems(), []);
  });
});

test("a self-check loads the course's WASM only once it is used; answers chosen and submitted before it has loaded are scored when it has", async () => {
  await site.withPage({ serviceWorkers: "block" }, async (page) => {
    // The course's WASM is held back until the learner has answered and pressed the button.
    let release;
    const held = new Promise((resolve) => (release = resolve));
    await page.route("**/tsunagu-training-*_bg.wasm", async (route) => {
      await held;
      await route.continue();
    });
    await open(page, "training/law-and-programmes/check/");
    assert.deepEqual(wasmFetched(page), [], "reading the self-check loads no WASM");
    const asked = page.waitForRequest("**/tsunagu-training-*_bg.wasm", { timeout: 5000 });
    await page.check("label:text-is('社会福祉法第106条の5')");
    await asked; // choosing an answer asks for the course's WASM
    await page.check("label:text-is('市は6つのうち1つを行わなくてよいから')");
    for (const right of ["属性を問わない相談支援", "参加支援", "地域づくりに向けた支援"]) await page.check(`label:text-is('${right}')`);
    await page.click("button:text('答え合わせをする')");
    // While the press waits, the status beside the button (a live region) says it is loading.
    const loading = selfCheckStatus(page).getByText("読み込んでいます…");
    await loading.waitFor({ state: "visible" });
    assert.equal(await page.evaluate(() => document.documentElement.dataset.hydrated), undefined, "the WASM is not there yet");
    assert.match(page.url(), /\/check\/$/, "the press did not send the form away");
    assert.equal(await page.textContent("[data-score]"), "", "nothing scored yet");

    release();
    await page.waitForFunction(() => /3問中2問正解/.test(document.querySelector("[data-score]")?.textContent ?? ""));
    assert.equal(await loading.isVisible(), false, "the loading status goes once the answers are scored");
    assert.match(await page.textContent("[data-question='q1'] [data-verdict]"), /正解です/);
    assert.match(await page.textContent("[data-question='q2'] [data-verdict]"), /ちがいます/);
    assert.match(await page.textContent("[data-question='q3'] [data-verdict]"), /正解です/);
    assert.ok(await page.isChecked("label:text-is('社会福祉法第106条の5')"), "the answers stay as chosen");
    const record = await page.evaluate(() => JSON.parse(localStorage.getItem("tsunagu.training.v1")));
    assert.equal(record.quizzes["law-and-programmes"].right, 2, "the score is recorded");
    assert.match(page.url(), /\/check\/$/);
    assert.deepEqual(wasmFetched(page), ["tsunagu-training"], "never the app");
    assert.deepEqual(page.problems(), []);
  });
});

test("a self-check whose WASM fails to come asks for it again at the next press, and then scores the answers", async () => {
  await site.withPage({ serviceWorkers: "block" }, async (page) => {
    // The first request for the course's WASM fails, as on a dropped connection; later ones pass.
    const dropped = await dropFirst(page, "**/tsunagu-training-*_bg.wasm");
    await open(page, "training/law-and-programmes/check/");
    await page.check("label:text-is('社会福祉法第106条の5')");
    await page.waitForFunction(() => "loadFailed" in document.documentElement.dataset);
    await page.check("label:text-is('市は6つのうち1つを行わなくてよいから')");
    for (const right of ["属性を問わない相談支援", "参加支援", "地域づくりに向けた支援"]) await page.check(`label:text-is('${right}')`);
    await page.click("button:text('答え合わせをする')");
    await page.waitForFunction(() => /3問中2問正解/.test(document.querySelector("[data-score]")?.textContent ?? ""));
    assert.equal(dropped.length, 1, "the first request failed");
    assert.match(page.url(), /\/check\/$/, "the press did not send the form away");
    assert.ok(await page.isChecked("label:text-is('社会福祉法第106条の5')"), "the answers stay as chosen");
  });
});

test("a self-check whose WASM fails while a press waits says so, and the next press clears that and scores the answers", async () => {
  await site.withPage({ serviceWorkers: "block" }, async (page) => {
    // The first request for the course's WASM hangs until the answers are submitted, then
    // fails, as on a dropped connection; later ones pass.
    let release;
    const dropped = await dropFirst(page, "**/tsunagu-training-*_bg.wasm", new Promise((resolve) => (release = resolve)));
    await open(page, "training/law-and-programmes/check/");
    const status = selfCheckStatus(page);
    assert.deepEqual(await shownLines(status), [], "nothing said while nothing waits");
    await page.check("label:text-is('社会福祉法第106条の5')");
    await page.check("label:text-is('市は6つのうち1つを行わなくてよいから')");
    for (const right of ["属性を問わない相談支援", "参加支援", "地域づくりに向けた支援"]) await page.check(`label:text-is('${right}')`);
    await page.click("button:text('答え合わせをする')");
    await status.getByText("読み込んでいます…").waitFor({ state: "visible" });
    release();
    await status.getByText(failedWords).waitFor({ state: "visible" });
    assert.deepEqual(await shownLines(status), [failedWords], "the failure replaces the loading line");
    assert.deepEqual(await axeViolations(page), [], "the page with the message shown");
    assert.equal(await page.textContent("[data-score]"), "", "nothing scored");
    await page.click("button:text('答え合わせをする')");
    await page.waitForFunction(() => /3問中2問正解/.test(document.querySelector("[data-score]")?.textContent ?? ""));
    assert.deepEqual(await shownLines(status), [], "the retry that brought the WASM cleared the message");
    assert.equal(dropped.length, 1, "the first request failed");
    assert.match(page.url(), /\/check\/$/, "no press sent the form away");
  });
});
