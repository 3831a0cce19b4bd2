// `tsunagu serve`, as a city's web team uses it: the preview shows the content, a saved edit
// appears in the open page without touching the browser, a content mistake shows over the page
// (file and line) while the last good site stays served, and fixing it reloads the page.
// A build never carries the live-reload script.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync, readdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launchBrowser, openPage, waitForHydration, projectRoot, distRoot } from "./harness.mjs";

const tsunagu = join(process.env.CARGO_TARGET_DIR ?? join(projectRoot, "target"), "cli", "tsunagu");
let content, server, browser, origin;

async function freePort() {
  const { createServer } = await import("node:net");
  return new Promise((ok) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
}

before(async () => {
  content = mkdtempSync(join(tmpdir(), "tsunagu-serve-"));
  cpSync(join(projectRoot, "content"), content, { recursive: true });
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  server = spawn(tsunagu, ["serve", "--content", content, "--port", String(port)], { cwd: projectRoot, stdio: ["ignore", "pipe", "pipe"] });
  server.output = "";
  server.stdout.on("data", (chunk) => (server.output += chunk));
  server.stderr.on("data", (chunk) => (server.output += chunk));
  for (let attempt = 0; attempt < 200; attempt++) {
    try {
      if ((await fetch(origin + "/")).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  server?.kill();
  if (content) rmSync(content, { recursive: true, force: true });
});

const glossary = () => join(content, "glossary.md");

test("a saved edit shows in the open page, a mistake shows over it, and fixing it reloads", async () => {
  const page = await openPage(browser);
  try {
    await page.goto(origin + "/glossary/");
    await waitForHydration(page);
    assert.equal(await page.textContent("h1"), "用語集");
    const original = readFileSync(glossary(), "utf8");
    const edited = original.replace(/\n\n/, "\n\nプレビューで直した一文です。\n\n");
    assert.notEqual(edited, original);
    await page.evaluate(() => (window.__before = true));
    writeFileSync(glossary(), edited);
    await page.waitForFunction(() => document.querySelector(".prose")?.textContent.includes("プレビューで直した一文です。"), null, { timeout: 10000 }).catch((error) => {
      throw new Error(`${error.message}\nserver said:\n${server.output}`);
    });
    assert.equal(await page.evaluate(() => window.__before), undefined, "the page was reloaded");
    await waitForHydration(page);

    // A broken link: the error shows with its file and line; the page keeps the last good site.
    writeFileSync(glossary(), edited + "\n[壊れたリンク](@no-such-page)\n");
    await page.waitForSelector("#tsunagu-preview-errors", { timeout: 10000 });
    const overlay = await page.textContent("#tsunagu-preview-errors");
    assert.match(overlay, /glossary\.md:\d+: error: the link `@no-such-page` points to a page that does not exist/);
    assert.match(overlay, /help:/);
    assert.equal(await page.getAttribute("#tsunagu-preview-errors", "role"), "alert");
    assert.ok((await (await fetch(origin + "/glossary/")).text()).includes("プレビューで直した一文です。"), "the last good site is still served");
    assert.match(server.output, /points to a page that does not exist/, "the terminal shows the error too");

    // Fixed: the overlay goes and the page reloads with the fix.
    await page.evaluate(() => (window.__before = true));
    writeFileSync(glossary(), original);
    await page.waitForFunction(() => !document.querySelector(".prose")?.textContent.includes("プレビューで直した一文です。"), null, { timeout: 10000 });
    assert.equal(await page.evaluate(() => window.__before), undefined);
    assert.equal(await page.locator("#tsunagu-preview-errors").count(), 0);
  } finally {
    await page.closeAll();
  }
});

test("the preview serves like a static host: 404 page, folder redirect, WASM type", async () => {
  const missing = await fetch(origin + "/no-such-page/");
  assert.equal(missing.status, 404);
  assert.match(await missing.text(), /ページが見つかりません/);
  const folder = await fetch(origin + "/glossary", { redirect: "manual" });
  assert.equal(folder.status, 301);
  assert.equal(folder.headers.get("location"), "/glossary/");
  const home = await (await fetch(origin + "/")).text();
  const wasm = home.match(/href="\/(tsunagu-web-[^"]+_bg\.wasm)"/)[1];
  assert.equal((await fetch(origin + "/" + wasm)).headers.get("content-type"), "application/wasm");
});

test("a build carries no live-reload script", () => {
  const walk = (dir) => readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));
  const leaks = walk(distRoot).filter((file) => /\.(html|js|json)$/.test(file) && readFileSync(file, "utf8").includes("__tsunagu"));
  assert.deepEqual(leaks, []);
});
