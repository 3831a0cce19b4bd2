// Test harness for the browser tests: serves a built site with `python3 -m http.server`
// (as a plain static host would) and drives Debian's Chromium through playwright-core.
import { spawn } from "node:child_process";
import { mkdtempSync, mkdirSync, symlinkSync, readdirSync, statSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createServer } from "node:net";
import { chromium } from "playwright-core";
import { AxeBuilder } from "@axe-core/playwright";
import assert from "node:assert/strict";
import { before, after } from "node:test";

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** The built site under test (scripts/test.sh builds both). */
export const distRoot = resolve(projectRoot, process.env.TSUNAGU_DIST ?? "dist");
export const distSubfolder = resolve(projectRoot, process.env.TSUNAGU_DIST_SUBFOLDER ?? "dist-subfolder");
export const subfolderBase = "/fukushi/jusou/";

/** A free TCP port on 127.0.0.1. */
export async function freePort() {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => ok(port));
    });
    server.on("error", fail);
  });
}

/**
 * Serves `dir` at `base` on 127.0.0.1 with python's static server.
 * Returns { origin, url(path), stop() }.
 */
export async function serve(dir, base = "/") {
  if (!existsSync(join(dir, "index.html"))) {
    throw new Error(`${dir} has no index.html: build the site first (scripts/build.sh)`);
  }
  let root = dir;
  if (base !== "/") {
    root = mkdtempSync(join(tmpdir(), "tsunagu-host-"));
    const mount = join(root, base);
    mkdirSync(dirname(mount.replace(/\/$/, "")), { recursive: true });
    symlinkSync(dir, mount.replace(/\/$/, ""));
  }
  const port = await freePort();
  const child = spawn("python3", ["-m", "http.server", "--bind", "127.0.0.1", String(port), "--directory", root], {
    stdio: ["ignore", "ignore", "ignore"],
  });
  const origin = `http://127.0.0.1:${port}`;
  let ready = false;
  for (let attempt = 0; attempt < 100 && !ready; attempt++) {
    try {
      ready = (await fetch(origin + base)).ok;
    } catch {
      // not listening yet
    }
    if (!ready) await new Promise((r) => setTimeout(r, 100));
  }
  if (!ready) {
    child.kill();
    throw new Error(`python3 -m http.server did not serve ${origin}${base} within 10 s`);
  }
  return {
    origin,
    base,
    url: (path = "") => origin + base + path.replace(/^\//, ""),
    stop: () => child.kill(),
  };
}

/**
 * Starts headless Chromium as the machine's Debian package installs it. Playwright turns the
 * back-forward cache off; `{ backForwardCache: true }` keeps it on, as browsers have it, for a
 * test of what Back restores from it (a guide's sensitive walk, kept in memory only).
 */
export async function launchBrowser({ backForwardCache = false } = {}) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    ignoreDefaultArgs: backForwardCache ? ["--disable-back-forward-cache"] : [],
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/**
 * A page that records console errors, uncaught exceptions and every request's host.
 * `page.problems()` lists console errors and page errors; `page.foreignRequests()` lists
 * requests that left 127.0.0.1.
 */
export async function openPage(browser, options = {}) {
  const context = await browser.newContext({ locale: "ja-JP", ...options });
  // Any Content-Security-Policy violation is a problem too (every page carries the policy).
  await context.addInitScript(() =>
    document.addEventListener("securitypolicyviolation", (event) =>
      console.error(`CSP violation: ${event.effectiveDirective} blocked ${event.blockedURI || "inline code"} at ${event.sourceFile}:${event.lineNumber}`),
    ),
  );
  const page = await context.newPage();
  const problems = [];
  const requests = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("request", (request) => requests.push(request.url()));
  page.problems = () => problems;
  page.foreignRequests = () =>
    requests.filter((url) => !url.startsWith("http://127.0.0.1:") && !url.startsWith("data:") && !url.startsWith("blob:"));
  page.closeAll = () => context.close();
  return page;
}

/**
 * Waits until the WASM has hydrated the page. Most page kinds start the app only when a reader
 * first reaches a control (see START_APP in src/publish/assets.rs), so this reaches one the way
 * a Tab press would announce it (a `focusin` on the page's first control), without moving focus.
 * A page whose own module starts at load (a guide) hydrates by itself: nothing is reached there,
 * since reaching a header control would start the app beside it, as a reader's Tab may but a
 * test counting the page's listeners must not see at random. On a timeout it says what the page
 * had done (`data-app` is "failed" when a load failed).
 */
export async function waitForHydration(page) {
  await page.evaluate(() => {
    if (document.documentElement.dataset.hydrated === "true") return;
    const module = document.querySelector("[data-page-module]");
    if (module && !module.hasAttribute("data-page-module-on-demand")) return;
    // A page module's own control first: a self-check loads its module when one is reached.
    const control = module?.querySelector("button, input, select, textarea") ?? document.querySelector("button, input, select, textarea");
    control?.dispatchEvent(new FocusEvent("focusin", { bubbles: true }));
  });
  try {
    await page.waitForFunction(() => document.documentElement.dataset.hydrated === "true", null, { timeout: 20000 });
  } catch (error) {
    const state = await page.evaluate(() => JSON.stringify({ app: document.documentElement.dataset.app ?? null, module: document.querySelector("[data-page-module]")?.dataset.pageModule ?? null, controlled: !!navigator.serviceWorker?.controller })).catch(() => "unknown");
    error.message = `${page.url()} never hydrated (${state}): ${error.message}`;
    throw error;
  }
}

/** Every route of a built site: its folders holding an index.html, plus 404.html. */
export function routesOf(dir) {
  const routes = [];
  const walk = (folder, prefix) => {
    for (const name of readdirSync(folder)) {
      const full = join(folder, name);
      if (statSync(full).isDirectory()) {
        if (name.startsWith("_")) continue;
        walk(full, `${prefix}${name}/`);
      } else if (name === "index.html") {
        routes.push(prefix);
      }
    }
  };
  walk(dir, "");
  return routes.sort();
}

/** Waits until the page's URL matches (works for client-side navigations, which fire no load event). */
/** Built HTML as its words read: without the ふりがな (`<ruby>` and empty `<rt data-reading>`) that
 * the build writes over words with kanji, so a test can look for a sentence in the source. */
export function withoutReadings(html) {
  return html.replace(/<rt[^>]*><\/rt>/g, "").replace(/<\/?ruby>/g, "");
}

export async function waitForUrl(page, pattern) {
  const source = pattern instanceof RegExp ? pattern.source : pattern.replace(/[.*+?^${}()|[\]\\]/g, "\\$&") + "$";
  await page.waitForFunction((re) => new RegExp(re).test(location.href), source, { timeout: 10000 });
}

/**
 * Registers before/after hooks that serve `dir` at `base` and start Chromium for one test file.
 * `site.url(path)` gives a URL on the server; `site.withPage(options, body)` runs `body(page)`
 * in a fresh browser context and always closes it. `launch` goes to `launchBrowser`.
 */
export function siteUnderTest(dir = distRoot, base = "/", launch = {}) {
  const site = {};
  before(async () => {
    site.server = await serve(dir, base);
    site.browser = await launchBrowser(launch);
  });
  after(async () => {
    await site.browser?.close();
    site.server?.stop();
  });
  site.url = (path) => site.server.url(path);
  site.withPage = async (options, body) => {
    const page = await openPage(site.browser, options);
    try {
      return await body(page);
    } finally {
      await page.closeAll();
    }
  };
  return site;
}

/**
 * On a narrow screen the header's menu (reading settings, search, navigation) is folded
 * behind 「メニュー」: opens it as a reader would. Does nothing where it is not folded.
 */
export async function openHeaderMenu(page) {
  const button = page.locator(".menu-button");
  if ((await button.isVisible()) && (await button.getAttribute("aria-expanded")) !== "true") {
    await button.click();
    await page.waitForFunction(() => document.querySelector(".menu-button")?.getAttribute("aria-expanded") === "true");
  }
}

/** Asserts that axe-core (the WCAG 2.0–2.2 A and AA rules, and best practices) finds nothing on
 * the page as it is now; `where` names it in the failure. `AXE_DETAIL=1` adds each node's summary. */
export async function axeClean(page, where) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
  const node = (n) => n.target.join(" ") + (process.env.AXE_DETAIL ? " " + n.failureSummary : "");
  const found = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map(node).slice(0, 3).join("; ")})`);
  assert.deepEqual(found, [], `axe on ${where}`);
}

/** The id of the one guide screen shown: waits until exactly one shows and it is not `not`
 * (the screen a step left), so a walk can tell that the next screen came. */
export async function shownScreen(page, not) {
  const handle = await page.waitForFunction((not) => {
    const shown = [...document.querySelectorAll(".guide-screen")].filter((s) => !s.hidden);
    return shown.length === 1 && shown[0].id !== not ? shown[0].id : null;
  }, not, { timeout: 10000 });
  return handle.jsonValue();
}

/** For `page.addInitScript`: records every DOM mutation after parsing ends (in
 * `window.__mutations`), except attributes on <html>, so a test can tell hydration changed nothing. */
export const recordMutations = () => {
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
