// What other programs read about a built site, fetched from the served build as they would:
// robots.txt, the sitemap (only when site.toml gives the origin), the web manifest and its PNG
// icons, and the head's canonical / OpenGraph addresses. Also: without JavaScript no WASM is
// downloaded, and with it the page still starts the app.
import { test } from "node:test";
import assert from "node:assert/strict";
import { resolve } from "node:path";
import { siteUnderTest, waitForHydration, projectRoot, serve } from "./harness.mjs";

const site = siteUnderTest();
const distOther = resolve(projectRoot, process.env.TSUNAGU_DIST_OTHER ?? "dist-other");

test("the manifest and every icon it names are served, and a phone's touch icon is linked", async () => {
  await site.withPage({}, async (page) => {
    await page.goto(site.url(""));
    const manifestHref = await page.getAttribute('link[rel="manifest"]', "href");
    const manifest = await (await fetch(site.url(manifestHref.slice(1)))).json();
    assert.equal(manifest.name, "つなぐ");
    assert.equal(manifest.start_url, "/");
    assert.equal(manifest.lang, "ja");
    const sizes = [];
    for (const icon of manifest.icons) {
      const response = await fetch(site.url(icon.src.slice(1)));
      assert.equal(response.status, 200, icon.src);
      assert.equal(response.headers.get("content-type"), icon.type, icon.src);
      sizes.push(icon.sizes);
    }
    assert.deepEqual(sizes.sort(), ["192x192", "512x512", "any"]);
    const touch = await page.getAttribute('link[rel="apple-touch-icon"]', "href");
    const png = new Uint8Array(await (await fetch(site.url(touch.slice(1)))).arrayBuffer());
    assert.deepEqual([...png.slice(1, 4)].map((c) => String.fromCharCode(c)).join(""), "PNG");
    // The PNG's width and height (IHDR): a 180 px touch icon.
    const view = new DataView(png.buffer);
    assert.deepEqual([view.getUint32(16), view.getUint32(20)], [180, 180]);
    assert.equal(await page.locator('link[rel="canonical"]').count(), 0, "the sample states no origin");
    const robots = await (await fetch(site.url("robots.txt"))).text();
    assert.match(robots, /^User-agent: \*$/m);
    assert.doesNotMatch(robots, /Sitemap/);
    assert.deepEqual(page.problems(), []);
  });
});

test("with JavaScript off the page downloads no WASM and no script; with it the app starts", async () => {
  await site.withPage({ javaScriptEnabled: false }, async (page) => {
    const fetched = [];
    page.on("request", (request) => fetched.push(request.url()));
    await page.goto(site.url("windows/"));
    await page.waitForLoadState("networkidle");
    assert.deepEqual(fetched.filter((url) => /\.(wasm|js)$/.test(url)), [], fetched.join("\n"));
    assert.ok((await page.textContent("h1")).length > 0);
  });
  await site.withPage({}, async (page) => {
    const fetched = [];
    page.on("request", (request) => fetched.push(request.url()));
    await page.goto(site.url("windows/"));
    await waitForHydration(page);
    assert.equal(fetched.filter((url) => url.endsWith(".wasm")).length, 1, "fetched once, by the start script");
    assert.deepEqual(page.problems(), []);
  });
});

test("a site with an origin has a sitemap listing every page and canonical and OpenGraph addresses", async () => {
  const other = await serve(distOther, "/other/");
  try {
    const robots = await (await fetch(other.url("robots.txt"))).text();
    const sitemapUrl = robots.match(/^Sitemap: (\S+)$/m)?.[1];
    assert.equal(sitemapUrl, "https://www.city.example.jp/other/sitemap.xml");
    const sitemap = await (await fetch(other.url("sitemap.xml"))).text();
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    assert.ok(locs.length > 3, sitemap);
    assert.equal(new Set(locs).size, locs.length, "no page twice");
    assert.equal([...sitemap.matchAll(/<lastmod>\d{4}-\d{2}-\d{2}<\/lastmod>/g)].length, locs.length);
    for (const loc of locs) {
      assert.ok(loc.startsWith("https://www.city.example.jp/other/"), loc);
      const path = loc.slice("https://www.city.example.jp/other/".length);
      const html = await (await fetch(other.url(path))).text();
      assert.ok(html.includes(`<link rel="canonical" href="${loc}">`), `${path} names itself as canonical`);
      assert.ok(html.includes(`<meta property="og:url" content="${loc}">`), path);
    }
  } finally {
    other.stop();
  }
});
