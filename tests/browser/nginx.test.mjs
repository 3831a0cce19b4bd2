// The built site behind nginx, configured by `tsunagu host-config nginx` exactly as a city's web
// team would use it (scripts/test.sh starts nginx and sets TSUNAGU_NGINX_URL): the security
// headers, caching, the 404 page, a folder without its slash, `application/wasm`, and the site
// working in Chromium under the policy sent both as a header and in the page.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { launchBrowser, openPage, waitForHydration, distRoot } from "./harness.mjs";

const base = process.env.TSUNAGU_NGINX_URL;
const skip = base ? false : "TSUNAGU_NGINX_URL is not set (scripts/test.sh starts nginx and sets it)";
const url = (path) => new URL(path, base).href;
const wasm = readdirSync(distRoot).find((name) => name.endsWith("_bg.wasm"));
const pagePolicy = () => readFileSync(join(distRoot, "index.html"), "utf8").match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)[1];

test("pages come with the policy (plus frame-ancestors), nosniff, no referrer, and are revalidated", { skip }, async () => {
  for (const path of ["", "cities/izu/guides/resident/", "_fragments/index.json"]) {
    const response = await fetch(url(path));
    assert.equal(response.status, 200, `/${path}`);
    assert.equal(response.headers.get("content-security-policy"), `${pagePolicy()}; frame-ancestors 'none'`, `/${path}`);
    assert.equal(response.headers.get("x-content-type-options"), "nosniff");
    assert.equal(response.headers.get("referrer-policy"), "no-referrer");
    assert.equal(response.headers.get("cache-control"), "no-cache", `/${path}`);
  }
  assert.match((await fetch(url(""))).headers.get("content-type"), /^text\/html/);
  assert.match((await fetch(url("_fragments/index.json"))).headers.get("content-type"), /^application\/json/);
});

test("the WASM is served as application/wasm, and hashed files and the search index are kept for a year", { skip }, async () => {
  const response = await fetch(url(wasm));
  assert.equal(response.status, 200);
  assert.equal(response.headers.get("content-type"), "application/wasm");
  assert.equal(response.headers.get("cache-control"), "public, max-age=31536000, immutable");
  assert.ok(response.headers.get("content-security-policy"), "every response carries the policy");
  const start = readdirSync(distRoot).find((name) => name.startsWith("start-"));
  assert.match((await fetch(url(start))).headers.get("content-type"), /^(text|application)\/javascript/);
  const searchFolder = readdirSync(join(distRoot, "search")).find((name) => /^[0-9a-f]{16}$/.test(name));
  const manifest = await fetch(url(`search/${searchFolder}/manifest.txt`));
  assert.equal(manifest.status, 200, "the search index's manifest");
  assert.equal(manifest.headers.get("cache-control"), "public, max-age=31536000, immutable", "the search index's folder is named by its hash");
  assert.equal((await fetch(url("search/"))).headers.get("cache-control"), "no-cache", "the search page itself is revalidated");
});

test("an unknown address gets the 404 page with status 404, and a folder without its slash is redirected", { skip }, async () => {
  const missing = await fetch(url("no-such-page/"));
  assert.equal(missing.status, 404);
  assert.match(await missing.text(), /ページが見つかりません/);
  const folder = await fetch(url("programmes/outreach"), { redirect: "manual" });
  assert.equal(folder.status, 301);
  assert.match(folder.headers.get("location"), /\/programmes\/outreach\/$/);
});

test("behind nginx the site hydrates, navigates and walks a guide with no policy violation", { skip }, async () => {
  const browser = await launchBrowser();
  try {
    const page = await openPage(browser);
    await page.goto(url("cities/izu/guides/resident/"));
    await waitForHydration(page);
    await page.click("#guide-start");
    await page.check("#guide-danger-no");
    await page.click("#guide-q-danger button[type=submit]");
    await page.waitForFunction(() => !document.getElementById("guide-q-who").hidden);
    await page.goto(url("cities/izu/"));
    await waitForHydration(page);
    await page.click(".main-nav >> text=用語集");
    await page.waitForFunction(() => location.pathname.endsWith("/glossary/"));
    assert.deepEqual(page.problems(), []);
    assert.deepEqual(page.foreignRequests(), []);
  } finally {
    await browser.close();
  }
});

test("the precompressed copies go out with Content-Encoding: brotli if accepted, else gzip, else none", { skip }, async () => {
  const { request } = await import("node:http");
  const { brotliDecompressSync, gunzipSync } = await import("node:zlib");
  const get = (path, accept) =>
    new Promise((ok, fail) => {
      const headers = accept ? { "accept-encoding": accept } : {};
      request(url(path), { headers }, (response) => {
        const chunks = [];
        response.on("data", (chunk) => chunks.push(chunk));
        response.on("end", () => ok({ headers: response.headers, body: Buffer.concat(chunks) }));
      })
        .on("error", fail)
        .end();
    });
  const raw = readFileSync(join(distRoot, wasm));
  const br = await get(wasm, "gzip, deflate, br");
  assert.equal(br.headers["content-encoding"], "br");
  assert.equal(br.headers["content-type"], "application/wasm");
  assert.ok(br.body.length < raw.length / 2, `brotli sends ${br.body.length} of ${raw.length} bytes`);
  assert.deepEqual(brotliDecompressSync(br.body), raw);
  const gz = await get(wasm, "gzip");
  assert.equal(gz.headers["content-encoding"], "gzip");
  assert.deepEqual(gunzipSync(gz.body), raw);
  const plain = await get(wasm, "");
  assert.equal(plain.headers["content-encoding"], undefined);
  assert.equal(plain.body.length, raw.length);
  const page = await get("", "br");
  assert.equal(page.headers["content-encoding"], "br", "pages too");
  assert.equal(page.headers["cache-control"], "no-cache");
});
