// The glossary at hand, keyboard only: Tab to a term in a course module, open its definition
// with Enter, read it, close it with Escape and find focus back on the term; axe-core finds
// nothing with it open; without the script a click opens it too (a native popover).
import { test } from "node:test";
import assert from "node:assert/strict";
import { AxeBuilder } from "@axe-core/playwright";
import { siteUnderTest, waitForHydration, distRoot } from "./harness.mjs";

const site = siteUnderTest(distRoot);
const MODULE = "training/meetings-and-consent/";
const focused = (page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    return { term: element?.classList.contains("glossary-term") ?? false, text: element?.textContent ?? "", target: element?.getAttribute("popovertarget") ?? "" };
  });

test("keyboard only: Tab to a term, Enter opens its definition in place, Escape closes it and focus returns", async () => {
  await site.withPage({ viewport: { width: 390, height: 844 } }, async (page) => {
    await page.goto(site.url(MODULE));
    await waitForHydration(page);
    let now = await focused(page);
    for (let presses = 0; presses < 300 && !now.term; presses += 1) {
      await page.keyboard.press("Tab");
      now = await focused(page);
    }
    assert.ok(now.term, "Tab reaches a glossary term");
    const popover = page.locator(`[id='${now.target}']`);
    assert.equal(await popover.isVisible(), false, "closed until asked");
    await page.keyboard.press("Enter");
    await page.waitForFunction((id) => document.getElementById(id)?.matches(":popover-open"), now.target);
    assert.ok(await popover.isVisible(), "the definition shows");
    const text = await popover.innerText();
    assert.ok(text.includes(now.text.trim()), `the popover names the term 「${now.text}」: ${text}`);
    assert.match(text, /用語集で「.+」を見る/);
    assert.ok(text.length > now.text.length + 40, `a definition, not just the term: ${text}`);
    assert.equal(new URL(page.url()).pathname, `/${MODULE}`, "the page did not navigate");
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
    assert.deepEqual(results.violations.map((v) => `${v.id} ${v.nodes.map((n) => n.target).join(" ")}`), []);
    await page.keyboard.press("Escape");
    await page.waitForFunction((id) => !document.getElementById(id)?.matches(":popover-open"), now.target);
    assert.equal(await popover.isVisible(), false, "Escape closes it");
    const after = await focused(page);
    assert.deepEqual([after.term, after.target], [true, now.target], "focus is back on the term");
    // The term's button tells assistive technology that it controls a popover.
    const expanded = await page.evaluate(() => {
      const button = document.activeElement;
      return button.popoverTargetElement?.id ?? null;
    });
    assert.equal(expanded, now.target);
    assert.deepEqual(page.problems(), []);
  });
});

test("a term in a case opens its definition by a click without the script, and its link leads to the glossary", async () => {
  await site.withPage({ javaScriptEnabled: false }, async (page) => {
    await page.goto(site.url("training/cases/komae-8050/"));
    // The case's terms are in the guide's answer, behind its disclosure.
    await page.click("summary:text('ガイドの答えと理由を見る')");
    const term = page.locator("button.glossary-term:visible").first();
    const target = await term.getAttribute("popovertarget");
    await term.click();
    const popover = page.locator(`[id='${target}']`);
    assert.ok(await popover.isVisible(), "opened without the script");
    const glossary = await popover.locator("a:text-matches('用語集で')").getAttribute("href");
    assert.match(glossary, /^\/glossary\/#term-/);
    await popover.locator("button:text('閉じる')").click();
    assert.equal(await popover.isVisible(), false, "the close button closes it");
  });
});
