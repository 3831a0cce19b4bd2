// Records what the browser tests verified, for the accessibility results page. When
// TSUNAGU_A11Y_RESULTS names a file (scripts/test.sh sets it), each call appends one JSON line:
// axe-core's results on a page (`recordAxe`), or a test that verified success criteria and
// passed (`recordCheck`, called after the test's last assertion, so a failed test claims
// nothing). `tsunagu build --test-results FILE` then publishes the run; the reader is
// src/content/accessibility/run.rs, and the format below is its format 1.
import { appendFileSync, mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { projectRoot } from "./harness.mjs";

/** The record format `tsunagu build --test-results` reads. */
export const RUN_FORMAT = 1;

/** The file this run appends to, or null when the run records nothing. */
export const resultsFile = process.env.TSUNAGU_A11Y_RESULTS ? resolve(projectRoot, process.env.TSUNAGU_A11Y_RESULTS) : null;

/** Today in Japan, YYYY-MM-DD (the date the results page shows). */
export function todayInJapan() {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Tokyo", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
}

/** The success criteria an axe-core rule's tags name: `wcag1410` is 1.4.10. */
export function criteriaOfTags(tags) {
  return tags.flatMap((tag) => {
    const match = /^wcag(\d)(\d)(\d{1,2})$/.exec(tag);
    return match ? [`${match[1]}.${match[2]}.${match[3]}`] : [];
  });
}

function append(record) {
  if (!resultsFile) return;
  mkdirSync(dirname(resultsFile), { recursive: true });
  appendFileSync(resultsFile, JSON.stringify({ format: RUN_FORMAT, date: todayInJapan(), ...record }) + "\n");
}

/**
 * Records axe-core's `results` on the page at `path` (under the site's base; "" is the home
 * page), with how many of each kind of content the page holds: the results page calls a
 * criterion 非該当 when no tested page has the content it is about.
 */
export async function recordAxe(page, path, results) {
  if (!resultsFile) return;
  const features = await page.evaluate(() => ({
    media: document.querySelectorAll("video, audio, object, embed, iframe").length,
    moving:
      document.querySelectorAll("marquee, blink").length +
      document.getAnimations().filter((animation) => animation.playState === "running").length,
    images: document.querySelectorAll("img, input[type='image']").length,
    posting: [...document.forms].filter((form) => form.method === "post").length,
  }));
  const counts = (rules) =>
    rules
      .map((rule) => ({ rule: rule.id, criteria: criteriaOfTags(rule.tags), nodes: rule.nodes.length }))
      .filter((rule) => rule.criteria.length > 0);
  const browser = page.context().browser();
  append({
    kind: "axe",
    page: path,
    version: results.testEngine.version,
    browser: `Chromium ${browser ? browser.version() : ""}`.trim(),
    passes: counts(results.passes),
    violations: counts(results.violations),
    incomplete: counts(results.incomplete),
    features,
  });
}

/** Records that a browser test verified `criteria` (e.g. ["2.1.1"]) and passed; `what` says how, in Japanese. */
export function recordCheck(criteria, what) {
  append({ kind: "check", criteria, what });
}
