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
import { launchBrowser, openPage, waitForHydration, projectRoot, distRoot, withoutReadings } from "./harness.mjs";

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

/** Starts `tsunagu serve` on a copy of `folder`; resolves once it answers. */
async function startPreview(folder) {
  const copy = mkdtempSync(join(tmpdir(), "tsunagu-serve-"));
  cpSync(folder, copy, { recursive: true });
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn(tsunagu, ["serve", "--content", copy, "--port", String(port)], { cwd: projectRoot, stdio: ["ignore", "pipe", "pipe"] });
  child.output = "";
  child.stdout.on("data", (chunk) => (child.output += chunk));
  child.stderr.on("data", (chunk) => (child.output += chunk));
  for (let attempt = 0; attempt < 200; attempt++) {
    try {
      await fetch(origin + "/");
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return { copy, origin, child };
}

before(async () => {
  const preview = await startPreview(join(projectRoot, "content"));
  ({ copy: content, origin, child: server } = preview);
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
    // The page's words as read: the build writes ふりがな over words with kanji.
    const served = withoutReadings(await (await fetch(origin + "/glossary/")).text());
    assert.ok(served.includes("プレビューで直した一文です。"), "the last good site is still served");
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
  // The page names its start script, which names the WASM (the page preloads nothing).
  const home = await (await fetch(origin + "/")).text();
  const start = home.match(/src="\/(start-[0-9a-f]+\.js)"/)[1];
  const wasm = (await (await fetch(origin + "/" + start)).text()).match(/"\.\/(tsunagu-web-[^"]+_bg\.wasm)"/)[1];
  const app = await fetch(origin + "/" + wasm);
  assert.equal(app.headers.get("content-type"), "application/wasm");
  assert.match(app.headers.get("content-encoding") ?? "", /^(br|gzip)$/, "the WASM goes out compressed, as a host sends it");
  assert.equal(app.headers.get("vary"), "Accept-Encoding");
  assert.equal(new Uint8Array(await app.arrayBuffer()).subarray(0, 4).join(), "0,97,115,109", "…and arrives as the WASM");
  assert.equal((await fetch(origin + "/sw.js")).status, 404, "no offline worker in the preview");
  const encoded = await fetch(origin + "/%67lossary/");
  assert.equal(encoded.status, 200, "%XX in a path is decoded");
  const head = await fetch(origin + "/glossary/", { method: "HEAD" });
  assert.equal(head.status, 200);
  assert.equal((await head.arrayBuffer()).byteLength, 0, "HEAD gets headers only");
  assert.ok(Number(head.headers.get("content-length")) > 1000);
});

test("seven open preview tabs all load: one tab at a time waits for the server", async () => {
  const context = await browser.newContext();
  try {
    for (let tab = 0; tab < 7; tab++) {
      const page = await context.newPage();
      const started = Date.now();
      await page.goto(origin + "/glossary/", { timeout: 8000 });
      assert.ok(Date.now() - started < 8000, `tab ${tab + 1} loaded`);
    }
    // An edit still reaches every tab.
    const original = readFileSync(glossary(), "utf8");
    writeFileSync(glossary(), original.replace(/\n\n/, "\n\nどのタブにも届く一文です。\n\n"));
    for (const page of context.pages()) {
      await page.waitForFunction(() => document.body?.textContent.includes("どのタブにも届く一文です。"), null, { timeout: 10000 });
    }
    writeFileSync(glossary(), original);
  } finally {
    await context.close();
  }
});

test("a preview started on content with a mistake shows it, and the site once it is fixed", async () => {
  const broken = mkdtempSync(join(tmpdir(), "tsunagu-broken-"));
  cpSync(join(projectRoot, "content"), broken, { recursive: true });
  const good = readFileSync(join(broken, "overview.md"), "utf8");
  writeFileSync(join(broken, "overview.md"), good + "\n[どこにもない](@no-such-page)\n");
  const preview = await startPreview(broken);
  const page = await openPage(browser);
  try {
    await page.goto(preview.origin + "/overview/");
    await page.waitForSelector("#tsunagu-preview-errors", { timeout: 10000 });
    assert.match(await page.textContent("#tsunagu-preview-errors"), /overview\.md:\d+: error: the link `@no-such-page`/);
    writeFileSync(join(preview.copy, "overview.md"), good);
    await page.waitForFunction(() => document.querySelector("h1")?.textContent === "重層的支援体制整備事業とは", null, { timeout: 10000 });
  } finally {
    await page.closeAll();
    preview.child.kill();
    rmSync(preview.copy, { recursive: true, force: true });
    rmSync(broken, { recursive: true, force: true });
  }
});

test("a content folder deleted and put back is watched again", async () => {
  const page = await openPage(browser);
  try {
    await page.goto(origin + "/glossary/");
    await waitForHydration(page);
    const saved = mkdtempSync(join(tmpdir(), "tsunagu-saved-"));
    cpSync(content, saved, { recursive: true });
    rmSync(content, { recursive: true, force: true });
    await page.waitForSelector("#tsunagu-preview-errors", { timeout: 10000 });
    cpSync(saved, content, { recursive: true });
    await page.waitForSelector("#tsunagu-preview-errors", { state: "detached", timeout: 10000 });
    const original = readFileSync(glossary(), "utf8");
    writeFileSync(glossary(), original.replace(/\n\n/, "\n\n戻したあとの一文です。\n\n"));
    await page.waitForFunction(() => document.body?.textContent.includes("戻したあとの一文です。"), null, { timeout: 10000 });
    writeFileSync(glossary(), original);
    rmSync(saved, { recursive: true, force: true });
  } finally {
    await page.closeAll();
  }
});

test("a build carries no live-reload script", () => {
  const walk = (dir) => readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));
  const leaks = walk(distRoot).filter((file) => /\.(html|js|json)$/.test(file) && readFileSync(file, "utf8").includes("__tsunagu"));
  assert.deepEqual(leaks, []);
});
