// The published stylesheets are minified at build (`src/publish/assets.rs`), so Lighthouse's
// "minify CSS" audit is green; minifying must not change what the browser reads. Chromium parses
// the source sheet and the published one, and every rule must come out the same, in order.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { launchBrowser, distRoot, projectRoot } from "./harness.mjs";

test("the published stylesheets are smaller than the source and parse to exactly its rules in Chromium", async () => {
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const rules = (css) =>
      page.evaluate((css) => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(css);
        return [...sheet.cssRules].map((rule) => rule.cssText);
      }, css);
    for (const name of ["main", "print"]) {
      const source = readFileSync(join(projectRoot, "style", `${name}.css`), "utf8");
      const publishedName = readdirSync(distRoot).find((file) => file.startsWith(`${name}-`) && file.endsWith(".css"));
      assert.ok(publishedName, `a published ${name}-….css in the build`);
      const published = readFileSync(join(distRoot, publishedName), "utf8");
      assert.ok(published.length < source.length * 0.9, `${name}.css: ${published.length} bytes published of ${source.length}`);
      const [expected, got] = [await rules(source), await rules(published)];
      assert.ok(expected.length > 5, `${name}.css has rules`);
      assert.deepEqual(got, expected, `${name}.css: the published rules are the source's`);
    }
  } finally {
    await browser.close();
  }
});
