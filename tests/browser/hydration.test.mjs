// After the WASM hydrates the prerendered page: nothing in the DOM changes, links navigate
// on the client (no reload), focus and the tab title follow, and bodies arrive as fragments.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve, launchBrowser, openPage, waitForHydration, waitForUrl, distRoot } from "./harness.mjs";

let server, browser;
before(async () => {
  server = await serve(distRoot);
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  server?.stop();
});

/** Records every DOM mutation after parsing ends, except attributes on <html>. */
const recordMutations = () => {
  window.__mutations = [];
  document.addEventListener("readystatechange", () => {
    if (document.readyState !== "interactive") return;
    new MutationObserver((records) => {
      for (const record of records) {
        if (record.type === "attributes" && record.target === document.documentElement) continue;
        window.__mutations.push(`${record.type} on ${record.target.nodeName}${record.attributeName ? " " + record.attributeName : ""}`);
      }
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
};

for (const route of ["", "programmes/outreach/", "glossary/", "cities/izu/comprehensive-consultation/"]) {
  test(`hydrating /${route} changes nothing in the DOM`, async () => {
    const page = await openPage(browser);
    try {
      await page.addInitScript(recordMutations);
      await page.goto(server.url(route));
      await waitForHydration(page);
      await page.waitForTimeout(300);
      assert.deepEqual(await page.evaluate(() => window.__mutations), []);
      // …and the hydrated page is alive: the text-size buttons respond.
      await page.click(".text-size button[value='large']");
      assert.equal(await page.getAttribute(".text-size button[value='large']", "aria-pressed"), "true");
      assert.deepEqual(page.problems(), []);
    } finally {
      await page.closeAll();
    }
  });
}

test("the prerendered 404 page hydrates when a host serves it for an unknown URL", async () => {
  const page = await openPage(browser);
  try {
    // python's http.server has no custom 404 page, so serve 404.html for an unknown path ourselves.
    const notFound = await (await fetch(server.url("404.html"))).text();
    await page.route("**/no-such-page/", (route) => route.fulfill({ status: 404, contentType: "text/html", body: notFound }));
    await page.goto(server.url("no-such-page/"));
    await waitForHydration(page);
    assert.equal(await page.textContent("h1"), "ページが見つかりません");
    await page.click("main >> text=ホームへ戻る");
    await waitForUrl(page, server.url(""));
    assert.match(await page.textContent("h1"), /つなぐ/);
    // The only console line allowed is Chromium's note that the document itself was a 404.
    assert.deepEqual(page.problems().filter((p) => !p.includes("status of 404")), []);
  } finally {
    await page.closeAll();
  }
});

test("a link navigates on the client: no reload, new body, focus on the heading, new tab title", async () => {
  const page = await openPage(browser);
  try {
    await page.goto(server.url("programmes/outreach/"));
    await waitForHydration(page);
    await page.evaluate(() => (window.__sameDocument = true));
    await page.click(".main-nav >> text=会議と連携");
    await waitForUrl(page, /\/meetings\/$/);
    await page.waitForFunction(() => document.querySelector("h1")?.textContent === "会議と連携");
    assert.equal(await page.evaluate(() => window.__sameDocument), true, "the page was not reloaded");
    await page.waitForFunction(() => document.querySelector(".prose")?.textContent.includes("支援会議"));
    const served = await (await fetch(server.url("meetings/"))).text();
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
  } finally {
    await page.closeAll();
  }
});

test("a link to a glossary term on another page lands on the term", async () => {
  const page = await openPage(browser, { viewport: { width: 400, height: 700 } });
  try {
    await page.goto(server.url("overview/"));
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
  } finally {
    await page.closeAll();
  }
});

test("if a body cannot be fetched, the reader gets a message and a link that reloads", async () => {
  const page = await openPage(browser);
  try {
    await page.goto(server.url(""));
    await waitForHydration(page);
    await page.route("**/_fragments/**", (route) => route.abort());
    await page.click(".main-nav >> text=用語集");
    await page.waitForSelector(".page__status >> text=読み込めませんでした");
    await page.click(".page__status >> text=もう一度読み込む");
    await page.waitForLoadState("load");
    assert.equal(await page.textContent("h1"), "用語集");
  } finally {
    await page.closeAll();
  }
});
