// Every route of the built site, fetched raw from a plain static server and read with
// JavaScript off: the content is in the HTML before any WASM runs.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { siteUnderTest, routesOf, distRoot } from "./harness.mjs";

const site = siteUnderTest(distRoot);

const routes = routesOf(distRoot);

test("the build has the national pages, the glossary and 伊豆市's plan", () => {
  for (const route of ["", "overview/", "programmes/", "programmes/outreach/", "meetings/", "glossary/", "cities/izu/", "cities/izu/multi-agency/"]) {
    assert.ok(routes.includes(route), `missing route /${route}`);
  }
  assert.ok(routes.length >= 20, `only ${routes.length} routes`);
});

test("every route answers 200 with its title in the raw HTML", async () => {
  for (const route of routes) {
    const response = await fetch(site.url(route));
    assert.equal(response.status, 200, `/${route}`);
    const html = await response.text();
    const heading = html.match(/<h1 id="page-title"[^>]*>([^<]+)<\/h1>/);
    assert.ok(heading, `/${route} has no page heading in its HTML`);
    const title = html.match(/<title>([^<]+)<\/title>/)[1];
    if (route !== "") assert.ok(title.startsWith(heading[1]), `/${route}: <title>${title}</title> vs <h1>${heading[1]}</h1>`);
    // The English edition (`en/…`) is in English; every other page, やさしい日本語 included, in Japanese.
    const lang = route === "en/" || route.startsWith("en/") ? "en" : "ja";
    assert.match(html, new RegExp(`<html lang="?${lang}"?`), `/${route} lacks lang=${lang}`);
    assert.match(html, /<meta name="description" content="[^"]+">/, `/${route} lacks a description`);
    // The same strict policy on every page, before any script; one inline script runs (the text size's).
    const policy = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/);
    assert.ok(policy, `/${route} carries no Content-Security-Policy`);
    assert.ok(html.indexOf(policy[0]) < html.indexOf("<script"), `/${route}: the policy comes after a script`);
    assert.match(policy[1], /^default-src 'none'; script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/=]+'; /);
    assert.ok(!policy[1].includes("unsafe-inline"), `/${route}: ${policy[1]}`);
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/json")[^>]*>/g)];
    assert.equal(inline.length, 1, `/${route} has ${inline.length} inline scripts that run`);
  }
});

test("the build writes the hosts' files: _headers with the page policy and a year's caching for every hashed file and the search index, and .nojekyll", () => {
  const headers = readFileSync(join(distRoot, "_headers"), "utf8");
  const policy = readFileSync(join(distRoot, "index.html"), "utf8").match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)[1];
  assert.ok(headers.includes(`/*\n  Content-Security-Policy: ${policy}; frame-ancestors 'none'\n`), headers);
  assert.match(headers, /X-Content-Type-Options: nosniff/);
  const hashed = readdirSync(distRoot).filter((name) => /-[0-9a-f]{16}(_bg)?\.(js|wasm|css|svg)$/.test(name));
  assert.ok(hashed.length >= 6, `hashed files: ${hashed}`);
  for (const name of hashed) assert.ok(headers.includes(`/${name}\n  Cache-Control: public, max-age=31536000, immutable\n`), name);
  const searchFolder = readdirSync(join(distRoot, "search")).find((name) => /^[0-9a-f]{16}$/.test(name));
  assert.ok(headers.includes(`/search/${searchFolder}/*\n  Cache-Control: public, max-age=31536000, immutable\n`), "the search index's folder, named by its hash");
  assert.ok(existsSync(join(distRoot, ".nojekyll")), "GitHub Pages' Jekyll would skip _fragments/ without it");
});

test("the policy blocks a script the page did not ship, and the page runs without breaking it", async () => {
  await site.withPage({}, async (page) => {
    const violations = [];
    page.on("console", (message) => message.text().startsWith("CSP violation") && violations.push(message.text()));
    await page.goto(site.url("cities/izu/guides/resident/"));
    await page.waitForFunction(() => document.documentElement.dataset.hydrated === "true", null, { timeout: 20000 });
    const ran = await page.evaluate(async () => {
      const script = document.createElement("script");
      script.textContent = "window.injected = true";
      document.head.append(script);
      const handler = document.createElement("div");
      handler.innerHTML = '<img src="x.png" onerror="window.handled = true">';
      document.body.append(handler);
      await new Promise((resolve) => setTimeout(resolve, 300));
      return { injected: window.injected === true, handled: window.handled === true };
    });
    assert.deepEqual(ran, { injected: false, handled: false }, "neither an injected script nor an inline handler ran");
    assert.ok(violations.some((text) => text.includes("script-src")), `the browser reported the block: ${violations}`);
  });
});

test("a route without its trailing slash and the 404 page are served", async () => {
  const redirected = await fetch(site.url("programmes/outreach"));
  assert.equal(redirected.status, 200);
  assert.ok(redirected.url.endsWith("/programmes/outreach/"));
  const notFound = await fetch(site.url("404.html"));
  assert.equal(notFound.status, 200);
  assert.match(await notFound.text(), /ページが見つかりません/);
});

test("pages read correctly with JavaScript off", async () => {
  await site.withPage({ javaScriptEnabled: false }, async (page) => {
    await page.goto(site.url("cities/izu/comprehensive-consultation/"));
    assert.equal(await page.evaluate(() => document.documentElement.dataset.hydrated), undefined);
    assert.match(await page.textContent("h1"), /包括的相談支援事業/);
    assert.ok((await page.locator(".prose table").count()) >= 1, "the plan's tables are there");
    assert.match(await page.textContent(".page-facts"), /伊豆市 健康福祉部 社会福祉課/);
    assert.match(await page.textContent(".breadcrumbs"), /ホーム.*市の計画.*伊豆市/s);
    assert.match(await page.textContent("footer"), /サンプルデータです/);
    // Links are plain links: following one loads the next page in full.
    await page.click(".main-nav >> text=用語集");
    await page.waitForURL(/\/glossary\/$/);
    assert.equal(await page.textContent("h1"), "用語集");
    assert.ok((await page.locator("#term-8050").count()) === 1, "glossary terms have stable anchors");
  });
});

test("every link and anchor in the built pages leads somewhere", async () => {
  const pages = new Map();
  for (const route of routes) pages.set(`/${route}`, await (await fetch(site.url(route))).text());
  for (const [path, html] of pages) {
    for (const [, href] of html.matchAll(/<a [^>]*href="([^"]+)"/g)) {
      if (/^[a-z]+:/.test(href)) continue; // external links are the reader's choice, not requests
      const [target, anchor] = href.startsWith("#") ? [path, href.slice(1)] : href.split("#");
      if (!pages.has(target)) {
        // A download (the open data) is a file of the build, not a page.
        const response = await fetch(site.url(target.replace(/^\//, "")));
        assert.ok(response.ok && !anchor && !target.endsWith("/"), `${path} links to ${href}, which is not a page or a file of the build`);
        continue;
      }
      if (anchor) {
        assert.ok(pages.get(target).includes(`id="${decodeURIComponent(anchor)}"`), `${path} links to ${href}: no such anchor`);
      }
    }
  }
});

test("the print stylesheet keeps the content and drops the navigation", async () => {
  await site.withPage({}, async (page) => {
    await page.goto(site.url("cities/izu/comprehensive-consultation/"));
    await page.emulateMedia({ media: "print" });
    assert.equal(await page.locator(".main-nav").isVisible(), false);
    assert.equal(await page.locator(".text-size").isVisible(), false);
    assert.equal(await page.locator(".prose table").first().isVisible(), true);
    assert.equal(await page.locator(".page-facts").isVisible(), true, "所管課 and date are printed");
  });
});
