// After the WASM hydrates the prerendered page: nothing in the DOM changes, links navigate
// on the client (no reload), focus and the tab title follow, and bodies arrive as fragments.
import { test } from "node:test";
import assert from "node:assert/strict";
import { siteUnderTest, waitForHydration, waitForUrl, distRoot, recordMutations } from "./harness.mjs";

const site = siteUnderTest(distRoot);


for (const route of ["", "programmes/outreach/", "glossary/", "cities/izu/comprehensive-consultation/", "cities/izu/windows/", "cities/komae/windows/csw/", "cities/izu/guides/resident/"]) {
  test(`hydrating /${route} changes nothing in the DOM`, async () => {
    await site.withPage({}, async (page) => {
      await page.addInitScript(recordMutations);
      await page.goto(site.url(route));
      await waitForHydration(page);
      await page.waitForTimeout(300);
      assert.deepEqual(await page.evaluate(() => window.__mutations), []);
      // …and the hydrated page is alive: the text-size buttons respond (on a guide page the
      // click starts the app on demand and is replayed once it has hydrated, so wait for it).
      await page.click(".text-size button[value='large']");
      await page.waitForFunction(() => document.querySelector(".text-size button[value='large']")?.getAttribute("aria-pressed") === "true", null, { timeout: 10000 });
      assert.deepEqual(page.problems(), []);
    });
  });
}

test("the prerendered 404 page hydrates when a host serves it for an unknown URL", async () => {
  await site.withPage({ serviceWorkers: "block" }, async (page) => {
    // python's http.server has no custom 404 page, so serve 404.html for an unknown path ourselves.
    const notFound = await (await fetch(site.url("404.html"))).text();
    await page.route("**/no-such-page/", (route) => route.fulfill({ status: 404, contentType: "text/html", body: notFound }));
    await page.goto(site.url("no-such-page/"));
    await waitForHydration(page);
    assert.equal(await page.textContent("h1"), "ページが見つかりません");
    await page.click("main >> text=ホームへ戻る");
    await waitForUrl(page, site.url(""));
    // The home page shows once its data and body (its fragment) have arrived.
    await page.waitForFunction(() => /つなぐ/.test(document.querySelector("h1")?.textContent ?? ""));
    // The only console line allowed is Chromium's note that the document itself was a 404.
    assert.deepEqual(page.problems().filter((p) => !p.includes("status of 404")), []);
  });
});

test("a link navigates on the client: no reload, new body, focus on the heading, new tab title", async () => {
  await site.withPage({}, async (page) => {
    await page.goto(site.url("programmes/outreach/"));
    await waitForHydration(page);
    await page.evaluate(() => (window.__sameDocument = true));
    await page.click(".main-nav >> text=会議と連携");
    await waitForUrl(page, /\/meetings\/$/);
    await page.waitForFunction(() => document.querySelector("h1")?.textContent === "会議と連携");
    assert.equal(await page.evaluate(() => window.__sameDocument), true, "the page was not reloaded");
    await page.waitForFunction(() => document.querySelector(".prose")?.textContent.includes("支援会議"));
    const served = await (await fetch(site.url("meetings/"))).text();
    const bodyInFile = served.match(/id="page-body"[^>]*>([\s\S]*?)<\/div><!/)?.[1] ?? "";
    const bodyShown = await page.evaluate(() => document.querySelector("#page-body").innerHTML);
    assert.equal(bodyShown.replace(/\s+/g, ""), bodyInFile.replace(/\s+/g, ""), "the fetched body is the prerendered one");
    assert.equal(await page.evaluate(() => document.activeElement?.id), "page-title");
    assert.match(await page.title(), /^会議と連携｜/);
    assert.equal(await page.getAttribute(".main-nav a[href='/meetings/']", "aria-current"), "page");
    // Back returns to the earlier page, still without a reload.
    await page.goBack();
    await page.waitForFunction(() => document.querySelector("h1")?.textContent.includes("アウトリーチ"));
    assert.equal(await page.evaluate(() => window.__sameDocument), true);
    assert.deepEqual(page.problems(), []);
  });
});

test("a link to a glossary term on another page lands on the term", async () => {
  await site.withPage({ viewport: { width: 400, height: 700 } }, async (page) => {
    await page.goto(site.url("overview/"));
    await waitForHydration(page);
    await page.evaluate(() => (window.__sameDocument = true));
    await page.click(".prose a[href='/glossary/#term-8050']");
    await waitForUrl(page, /\/glossary\/#term-8050$/);
    await page.waitForSelector("#term-8050");
    await page.waitForFunction(() => {
      const box = document.getElementById("term-8050").getBoundingClientRect();
      return box.top >= -5 && box.top < window.innerHeight;
    });
    assert.equal(await page.evaluate(() => window.__sameDocument), true);
  });
});

test("if a body cannot be fetched, the reader gets a message and a link that reloads", async () => {
  await site.withPage({ serviceWorkers: "block" }, async (page) => {
    await page.goto(site.url(""));
    await waitForHydration(page);
    await page.route("**/_fragments/**", (route) => route.abort());
    await page.click(".main-nav >> text=用語集");
    await page.waitForSelector(".page__status >> text=読み込めませんでした");
    assert.equal(await page.evaluate(() => document.activeElement?.id), "page-title", "focus on the notice's heading");
    assert.match(await page.title(), /^読み込めませんでした｜/);
    await page.click(".page__status >> text=もう一度読み込む");
    await page.waitForLoadState("load");
    assert.equal(await page.textContent("h1"), "用語集");
  });
});

test("a same-site link to something that is not a page loads it from the host", async () => {
  await site.withPage({}, async (page) => {
    await page.goto(site.url(""));
    await waitForHydration(page);
    // A link the content could not hold (content links are checked), as a city's own page might add.
    await page.evaluate((href) => {
      const link = Object.assign(document.createElement("a"), { href, textContent: "PDF" });
      document.querySelector("footer").append(link);
    }, site.url("favicon-not-a-page.svg"));
    await page.click("footer >> text=PDF");
    await page.waitForFunction(() => document.documentElement.dataset.hydrated !== "true", null, { timeout: 10000 });
    assert.match(page.url(), /favicon-not-a-page\.svg$/);
  });
});

test("a same-site link with a #fragment to something that is not a page loads it from the host", async () => {
  await site.withPage({}, async (page) => {
    await page.goto(site.url(""));
    await waitForHydration(page);
    await page.evaluate((href) => {
      const link = Object.assign(document.createElement("a"), { href, textContent: "CSV" });
      document.querySelector("footer").append(link);
    }, site.url("data/windows.csv#row-3"));
    const download = page.waitForEvent("download", { timeout: 10000 }).catch(() => null);
    const navigated = page.waitForFunction(() => document.documentElement.dataset.hydrated !== "true", null, { timeout: 10000 }).catch(() => null);
    await page.click("footer >> text=CSV");
    // The host answers with the CSV: Chromium downloads it (or shows it), either way it left the app.
    const [file, left] = await Promise.all([download, navigated]);
    assert.ok(file || left, "the link was handed to the host, not swallowed by the app");
  });
});

test("a hostile query string and fragment neither break the page nor inject markup", async () => {
  await site.withPage({}, async (page) => {
    const hostile = "overview/?q=%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E&q=" + "x".repeat(4000) + "#%3Cimg%20src%3Dx%20onerror%3Dwindow.__pwned%3D1%3E";
    await page.goto(site.url(hostile));
    await waitForHydration(page);
    assert.equal(await page.textContent("h1"), "重層的支援体制整備事業とは");
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    assert.equal(await page.locator("img").count(), 0);
    await page.click(".main-nav >> text=用語集");
    await page.waitForFunction(() => document.querySelector("h1")?.textContent === "用語集");
    assert.deepEqual(page.problems(), []);
  });
});
