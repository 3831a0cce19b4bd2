// A soak of the guide's browser side: 1,000 random steps a restless reader might take (answers,
// the on-page Back, Change links, Start again, the browser's Back and Forward, reloads, the
// sensitive mode on and off, keeping the walk on and off), on a resident and a staff guide.
// After every step exactly one screen shows, the one its address names (outside the sensitive
// mode), never the "could not read this link" notice (every address here was made by the guide
// itself), and no uncaught error, console error or policy violation happened.
// The random sequence is seeded (SOAK_SEED), so a failure can be replayed; SOAK_STEPS sets the length.
import { test } from "node:test";
import assert from "node:assert/strict";
import { siteUnderTest, waitForHydration, distRoot } from "./harness.mjs";

const site = siteUnderTest(distRoot);
const phone = { viewport: { width: 390, height: 800 }, isMobile: true, hasTouch: true };
const STEPS = Number(process.env.SOAK_STEPS ?? 1000);
const SEED = Number(process.env.SOAK_SEED ?? 20261130);

/** mulberry32: a small seeded generator, so a run can be repeated exactly. */
function generator(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The shown screens' ids (guide screens and the problem notice). */
const shownScreens = (page) =>
  page.$$eval(".guide-screen, #guide-problem", (all) => all.filter((screen) => !screen.hidden).map((screen) => screen.id));

/** Waits until the address and the shown screens stay the same for 150 ms (at most 3 s), so the
 * next step acts on what the reader would see, not on a screen about to be replaced. */
async function settle(page) {
  for (let attempt = 0; attempt < 3; attempt++) {
    const settled = await page
      .evaluate(
        () =>
          new Promise((resolve) => {
            const start = performance.now();
            let last = "";
            let since = start;
            const tick = () => {
              const shown = [...document.querySelectorAll(".guide-screen, #guide-problem")].filter((s) => !s.hidden).map((s) => s.id);
              const now = location.href + " " + shown.join(",");
              const time = performance.now();
              if (now !== last) {
                last = now;
                since = time;
              }
              if (time - since >= 120 || time - start > 3000) resolve(true);
              else setTimeout(tick, 20);
            };
            tick();
          }),
      )
      .catch(() => false); // the page was replaced (a reload): look again on the new one
    if (settled) return;
    await page.waitForLoadState("domcontentloaded").catch(() => {});
  }
}

/** Waits until exactly one screen shows, and gives its id. */
async function oneScreen(page, step, log) {
  await settle(page);
  try {
    await page.waitForFunction(
      () => [...document.querySelectorAll(".guide-screen, #guide-problem")].filter((screen) => !screen.hidden).length === 1,
      null,
      { timeout: 5000 },
    );
  } catch {
    assert.fail(`step ${step}: not exactly one screen: ${JSON.stringify(await shownScreens(page))}\n${log.slice(-12).join("\n")}`);
  }
  return (await shownScreens(page))[0];
}

/** What the address says should show (outside the sensitive mode, where the address stays bare):
 * `at=check` the check screen, `at=<question>` that question, answers without `at` a result,
 * no answers the intro. */
async function screenForAddress(page) {
  const { search, sensitive } = await page.evaluate(() => ({ search: location.search, sensitive: !!document.getElementById("guide-sensitive")?.checked }));
  if (sensitive) return null;
  const params = new URLSearchParams(search);
  const at = params.get("at");
  const answers = [...params.keys()].filter((key) => key !== "at" && key !== "return");
  if (at === "check") return (screen) => screen === "guide-check";
  if (at) return (screen) => screen === `guide-q-${at}`;
  if (answers.length) return (screen) => screen.startsWith("guide-o-");
  return (screen) => screen === "guide-intro";
}

/** The visible controls of the shown screen a reader could use, by kind. */
const controlsOf = (page, screen) =>
  page.evaluate((screen) => {
    const root = document.getElementById(screen);
    const visible = (element) => !element.closest("[hidden]") && !element.disabled;
    const inputs = [...root.querySelectorAll("input[type=radio], input[type=checkbox]")].filter(visible).map((input) => input.id);
    const links = [...root.querySelectorAll("a[href]")].filter(visible).filter((a) => a.hasAttribute("data-guide-link") || a.closest(".guide-check")).map((a) => a.id || null);
    const changeLinks = [...root.querySelectorAll("a[href]")].filter(visible).map((a, index) => ({ index, text: a.textContent.trim() })).filter((a) => a.text.startsWith("変更"));
    return { inputs, links, changes: changeLinks.map((a) => a.index), hasSubmit: !!root.querySelector("button[type=submit]") };
  }, screen);

/** How often each kind of step ran, printed so a reader can see the soak reached every part. */
const tally = {};

async function soak(page, path, random, steps, log) {
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(site.url(path));
  await waitForHydration(page);
  let done = 0;
  for (let step = 0; step < steps; step++) {
    const screen = await oneScreen(page, step, log);
    assert.notEqual(screen, "guide-problem", `step ${step}: the guide could not read an address it made itself\n${log.slice(-12).join("\n")}`);
    const expected = await screenForAddress(page);
    if (expected) assert.ok(expected(screen), `step ${step}: ${screen} shows at ${page.url()}\n${log.slice(-12).join("\n")}`);
    const roll = random();
    const navVisible = await page.isVisible("#guide-back");
    let action;
    if (roll < 0.04) {
      action = "reload";
      await page.reload();
      await waitForHydration(page);
    } else if (roll < 0.1) {
      action = "browser back";
      await page.goBack().catch(() => {});
      if (!page.url().includes(path)) {
        await page.goto(site.url(path));
      }
      await waitForHydration(page);
    } else if (roll < 0.13) {
      action = "browser forward";
      await page.goForward().catch(() => {});
      await waitForHydration(page);
    } else if (roll < 0.2 && navVisible) {
      action = random() < 0.7 ? "on-page back" : "start again";
      await page.click(action === "on-page back" ? "#guide-back" : "#guide-restart");
    } else if (screen === "guide-intro") {
      const choice = random();
      if (choice < 0.2 && (await page.isVisible("#guide-sensitive"))) {
        action = "sensitive on/off";
        await page.click("#guide-sensitive");
      } else if (choice < 0.3 && (await page.isEnabled("#guide-remember").catch(() => false)) && (await page.isVisible("#guide-remember"))) {
        action = "keep walk on/off";
        await page.click("#guide-remember");
      } else if (choice < 0.4 && (await page.isVisible("#guide-forget"))) {
        action = "forget stored walk";
        await page.click("#guide-forget");
      } else {
        action = "start";
        const resume = await page.$("#guide-intro a.button:not([hidden])[data-guide-link]");
        if (resume && random() < 0.5) await resume.click();
        else await page.click("#guide-start");
      }
    } else if (screen.startsWith("guide-q-")) {
      const { inputs } = await controlsOf(page, screen);
      const checkboxes = await page.$$eval(`#${screen} input[type=checkbox]`, (all) => all.length);
      const picks = checkboxes ? 1 + Math.floor(random() * 3) : 1;
      const chosen = [];
      if (random() < 0.05) {
        action = "submit nothing";
        await page.$$eval(`#${screen} input`, (all) => all.forEach((input) => (input.checked = false)));
      } else {
        for (let i = 0; i < picks && inputs.length; i++) {
          const id = inputs[Math.floor(random() * inputs.length)];
          chosen.push(id);
          await page.click(`label[for="${id}"]`);
        }
        action = `answer ${chosen.join(",")}`;
      }
      await page.click(`#${screen} button[type=submit]`);
    } else if (screen === "guide-check") {
      const { changes } = await controlsOf(page, screen);
      if (changes.length && random() < 0.4) {
        const index = changes[Math.floor(random() * changes.length)];
        action = `change #${index}`;
        await page.$$eval(`#${screen} a[href]`, (all, index) => all[index].click(), index);
      } else {
        action = "see result";
        if (!(await page.isVisible("#guide-see-result"))) {
          const text = await page.$eval(`#${screen}`, (root) => root.innerText);
          assert.fail(`step ${step}: the check screen offers no result at ${page.url()}:\n${text}\n${log.slice(-12).join("\n")}`);
        }
        await page.click("#guide-see-result");
      }
    } else {
      action = random() < 0.5 ? "on-page back" : "start again";
      if (navVisible) await page.click(action === "on-page back" ? "#guide-back" : "#guide-restart");
      else {
        action = "reload";
        await page.reload();
        await waitForHydration(page);
      }
    }
    log.push(`${step} ${screen}: ${action} → ${page.url().replace(/^.*\/guides\//, "")}`);
    const kind = action.startsWith("answer") ? "answer" : action.startsWith("change") ? "change" : action;
    tally[kind] = (tally[kind] ?? 0) + 1;
    if (screen.startsWith("guide-o-")) tally["a result shown"] = (tally["a result shown"] ?? 0) + 1;
    assert.deepEqual(errors, [], `step ${step}: uncaught error after ${action}\n${log.slice(-12).join("\n")}`);
    done++;
  }
  await oneScreen(page, steps, log);
  // No console error and no Content-Security-Policy violation on the way (see harness.mjs).
  assert.deepEqual(page.problems(), [], log.slice(-12).join("\n"));
  return done;
}

test(`${STEPS} random guide steps end with one screen shown and no uncaught error`, { timeout: 900_000 }, async () => {
  const random = generator(SEED);
  let ran = 0;
  for (const path of ["cities/izu/guides/resident/", "cities/iwaki/guides/staff/"]) {
    const log = [];
    ran += await site.withPage(phone, (page) => soak(page, path, random, STEPS / 2, log));
  }
  console.log(`soak: ${ran} guide steps ran (seed ${SEED}): ${JSON.stringify(tally)}`);
  assert.equal(ran, STEPS);
  for (const kind of ["answer", "on-page back", "start again", "change", "see result", "reload", "browser back", "sensitive on/off", "a result shown"]) {
    assert.ok(tally[kind] > 0, `the soak took no step of the kind "${kind}"`);
  }
});
