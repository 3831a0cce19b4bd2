// The page kinds of the bundled sample that the size budget and Lighthouse measure, each by one
// address. A new page kind (the training course, say) adds one line here and both tests cover it.
import assert from "node:assert/strict";
import { waitForHydration } from "./harness.mjs";

/** [page kind, path under the site's base]; the guide result's path is found by walking. */
export const PAGE_KINDS = [
  ["home", ""],
  ["plan page", "cities/izu/comprehensive-consultation/"],
  ["directory (all cities)", "windows/"],
  ["window page", "cities/komae/windows/csw/"],
  ["guide intro", "cities/izu/guides/resident/"],
  ["guide result", null],
  ["whole plan (print)", "cities/komae/plan/"],
  ["search results", "search/?q=%E3%81%B2%E3%81%8D%E3%81%93%E3%82%82%E3%82%8A"],
  ["emergency", "emergency/"],
  ["training module", "training/law-and-programmes/"],
  ["training self-check", "training/law-and-programmes/check/"],
  ["trainer's case cards", "training/trainer/"],
  ["guide map", "cities/izu/guides/resident/map/"],
];

/** A guide result's address, reached by answering each question with its first option. */
export async function guideResultPath(site) {
  return site.withPage({ serviceWorkers: "block" }, async (page) => {
    await page.goto(site.url("cities/izu/guides/resident/"));
    await waitForHydration(page);
    await page.click("#guide-start");
    for (let step = 0; step < 40; step++) {
      const shown = await page.$$eval(".guide-screen", (all) => all.filter((s) => !s.hidden).map((s) => s.id)[0] ?? "");
      if (shown.startsWith("guide-result") || (await page.$(".guide-result:not([hidden])"))) break;
      if (shown === "guide-check") {
        await page.click("#guide-see-result");
      } else {
        const form = page.locator(`#${shown} form`);
        await form.locator("input").first().check();
        await form.locator("button[type=submit]").click();
      }
      await page.waitForFunction((was) => ![...document.querySelectorAll(".guide-screen")].some((s) => !s.hidden && s.id === was), shown);
    }
    assert.ok(await page.$(".guide-result:not([hidden])"), "the walk reached a result");
    const url = new URL(page.url());
    return url.pathname.slice(1) + url.search;
  });
}

/** Every page kind (or those `wanted` accepts) with its path, the guide result's found by walking. */
export async function pageKinds(site, wanted = () => true) {
  const kinds = [];
  for (const [kind, path] of PAGE_KINDS.filter(([kind]) => wanted(kind))) kinds.push([kind, path ?? (await guideResultPath(site))]);
  return kinds;
}
