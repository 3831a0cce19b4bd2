// Runs after the other browser tests, on dist rebuilt with their record (scripts/test.sh:
// `tsunagu build --test-results`): the results page's figures are the run's, worked out here
// again from the record itself; axe-core finds nothing on the policy and results pages; every
// page's footer links the policy; a build without a record says so plainly.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import { siteUnderTest, waitForHydration, routesOf, distRoot, distSubfolder, projectRoot, withoutReadings } from "../harness.mjs";
import { resultsFile } from "../accessibility-record.mjs";

const site = siteUnderTest(distRoot);
const skip = !resultsFile || !existsSync(resultsFile) ? "no test run recorded: run scripts/test.sh (it sets TSUNAGU_A11Y_RESULTS)" : false;

/** The criteria file's ids and `none_of`, read as plain text (the build checks the file itself). */
function criteriaList() {
  const text = readFileSync(join(projectRoot, "content/accessibility/criteria.toml"), "utf8");
  return text.split("[[criteria]]").slice(1).map((entry) => ({
    id: /^id = "([^"]+)"/m.exec(entry)[1],
    noneOf: JSON.parse(/^none_of = (\[.*\])/m.exec(entry)?.[1] ?? "[]"),
  }));
}

/** What the record says, summed up the way the results page must show it. */
function expected() {
  const records = readFileSync(resultsFile, "utf8").split("\n").filter((line) => line.trim()).map((line) => JSON.parse(line));
  const pages = new Set();
  const axe = {};
  const checks = {};
  const features = { media: 0, moving: 0, images: 0, posting: 0 };
  const entry = (id) => (axe[id] ??= { passed: 0, violations: 0, incomplete: 0 });
  for (const record of records) {
    if (record.kind === "axe") {
      pages.add(record.page);
      for (const key of Object.keys(features)) features[key] += record.features[key];
      for (const rule of record.passes) for (const id of rule.criteria) entry(id).passed += rule.nodes;
      for (const rule of record.violations) for (const id of rule.criteria) entry(id).violations += Math.max(rule.nodes, 1);
      for (const rule of record.incomplete) for (const id of rule.criteria) entry(id).incomplete += rule.nodes;
    } else {
      for (const id of record.criteria) (checks[id] ??= new Set()).add(record.what);
    }
  }
  const results = criteriaList().map(({ id, noneOf }) => {
    const found = axe[id] ?? { passed: 0, violations: 0, incomplete: 0 };
    if (found.violations > 0) return { id, result: "不適合" };
    if (checks[id]) return { id, result: "適合", whats: [...checks[id]] };
    if (noneOf.length > 0 && noneOf.every((kind) => features[kind] === 0)) return { id, result: "非該当" };
    if (found.passed > 0 && found.incomplete === 0) return { id, result: "自動試験で問題なし", passed: found.passed };
    return { id, result: "要目視" };
  });
  const dates = records.map((record) => record.date).sort();
  return { records, pages: [...pages], results, dates, versions: new Set(records.filter((r) => r.kind === "axe").map((r) => r.version)) };
}

test("the results page shows the recorded run's date, tool, pages and each criterion's result", { skip }, async () => {
  const run = expected();
  assert.ok(run.pages.length >= 100, `only ${run.pages.length} pages were recorded`);
  await site.withPage({}, async (page) => {
    await page.goto(site.url("accessibility/results/"));
    const text = (selector) => page.locator(selector).innerText();
    assert.match(await text(".run-pages"), new RegExp(`^${run.pages.length} ページ`));
    assert.equal(await page.locator(".tested-pages li").count(), run.pages.length);
    for (const date of [run.dates[0], run.dates.at(-1)]) {
      const [year, month, day] = date.split("-").map(Number);
      assert.ok((await text(".run-days")).includes(`${year}年`) && (await text(".run-days")).includes(`${month}月${day}日`), date);
    }
    for (const version of run.versions) assert.ok((await text(".run-tools")).includes(`axe-core ${version}`), version);
    const rows = await page.$$eval("#main table tbody tr", (trs) =>
      trs.map((tr) => ({ id: tr.querySelector("th").textContent.trim(), cells: [...tr.querySelectorAll("td")].map((td) => td.textContent.trim()) })),
    );
    assert.deepEqual(rows.map((row) => row.id), run.results.map((result) => result.id));
    for (const result of run.results) {
      const row = rows.find((r) => r.id === result.id);
      assert.equal(row.cells.at(-2), result.result, `${result.id}: ${row.cells.at(-1)}`);
      if (result.passed) assert.ok(row.cells.at(-1).includes(`axe-core の ${result.passed} 件の確認に合格`), `${result.id}: ${row.cells.at(-1)}`);
      for (const what of result.whats ?? []) assert.ok(row.cells.at(-1).includes(what), `${result.id} names the test that checked it`);
    }
    const count = (label) => run.results.filter((result) => result.result === label).length;
    const labels = ["適合", "自動試験で問題なし", "非該当", "要目視", "不適合"];
    assert.ok((await text(".run-tally")).includes(labels.map((label) => `${label} ${count(label)}`).join("、")), await text(".run-tally"));
    console.log(
      `accessibility results: ${run.pages.length} pages, ${run.records.length} records; ` +
        labels.map((label) => `${label} ${count(label)}`).join(", "),
    );
  });
});

test("axe-core finds nothing on the policy and the results page", { skip }, async () => {
  await site.withPage({}, async (page) => {
    for (const route of ["accessibility/", "accessibility/results/"]) {
      await page.goto(site.url(route));
      await waitForHydration(page);
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
      assert.deepEqual(results.violations.map((v) => `${v.id}: ${v.help}`), [], route);
    }
    assert.deepEqual(page.problems(), []);
  });
});

test("every page's footer links the accessibility policy, and a build without a record says so", () => {
  for (const route of [...routesOf(distRoot).map((route) => join(route, "index.html")), "404.html"]) {
    const html = readFileSync(join(distRoot, route), "utf8");
    // The footer's label is in the page's edition; the policy's own title stays Japanese (marked so in English).
    const label = route.startsWith("easy/") ? "この サイトに ついて" : route.startsWith("en/") ? "About this site" : "このサイトについて";
    const list = route.startsWith("en/") ? '<ul lang="ja">' : "<ul>";
    assert.ok(
      html.includes(`<nav aria-label="${label}" class="site-footer__links">${list}<li><a href="/accessibility/">ウェブアクセシビリティ方針</a>`),
      route,
    );
  }
  // The page's words as read, without the ふりがな the build writes over words with kanji.
  const unrecorded = withoutReadings(readFileSync(join(distSubfolder, "accessibility/results/index.html"), "utf8"));
  assert.ok(unrecorded.includes("このビルドには、試験の記録がありません。"), "the sub-folder build was made without a record");
});
