// A resident comes back after the city has edited its content: the browser downloads the
// changed pages, and no WASM or JS. The site is built with `tsunagu build --precompress` from a
// copy of the bundled content and served by Debian's nginx with exactly the block
// `tsunagu host-config nginx` prints (hashed files kept a year, pages revalidated); nginx's
// access log says what reached the network. Then one page is edited, the site rebuilt into the
// same folder, and the same browser (same HTTP cache) comes back.
// Run twice: with the offline worker blocked, so the HTTP cache alone is measured, and with it,
// as residents have it (its new version is fetched as `sw.js`, the one script that must be
// asked again, and its precache of the shell must come from the HTTP cache, not the network).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launchBrowser, openPage, projectRoot, waitForHydration } from "./harness.mjs";
import { nginxBinary, serveWithHostConfig } from "./nginx.mjs";

const tsunagu = join(process.env.CARGO_TARGET_DIR ?? join(projectRoot, "target"), "cli", "tsunagu");
const skip = nginxBinary ? false : "nginx is not installed (scripts/test.sh installs it)";
/** The page edited between the visits, and the sentence added to it. */
const EDITED = "cities/komae/index.md";
const ADDED = "この段落は、内容の更新を確かめるために加えました。";

const work = mkdtempSync(join(tmpdir(), "tsunagu-repeat-"));
const site = join(work, "site");
const content = join(work, "content");
const log = join(work, "access.log");
let server;
let origin;

function build() {
  execFileSync(tsunagu, ["build", "--content", content, "--out", site, "--precompress"], { cwd: projectRoot, stdio: "ignore" });
}

before(async () => {
  if (skip) return;
  cpSync(join(projectRoot, "content"), content, { recursive: true });
  build();
  server = await serveWithHostConfig(site, { accessLog: log });
  origin = server.origin;
});

after(() => {
  server?.stop();
  rmSync(work, { recursive: true, force: true });
});

/** The request lines nginx logged from `from` (a byte offset) on. */
const loggedSince = (from) => readFileSync(log, "utf8").slice(from).split("\n").filter(Boolean);
const logSize = () => (existsSync(log) ? readFileSync(log).length : 0);

/** Opens each page of `paths` in `context`'s browser, letting each start its app. */
async function visit(context, paths) {
  for (const path of paths) {
    const page = await context.newPage();
    await page.goto(origin + path);
    await waitForHydration(page);
    await page.waitForLoadState("networkidle");
    await page.close();
  }
}

for (const workers of ["block", "allow"]) {
  test(`after a content update, a repeat visit downloads the changed pages and no WASM or JS (offline worker: ${workers})`, { skip, timeout: 240000 }, async () => {
    // Each run starts from the unedited content.
    cpSync(join(projectRoot, "content", EDITED), join(content, EDITED));
    build();
    const browser = await launchBrowser();
    try {
      const first = await openPage(browser, { serviceWorkers: workers });
      const context = first.context();
      await first.close();
      const paths = ["/", "/cities/komae/", "/cities/izu/guides/resident/"];
      let mark = logSize();
      await visit(context, paths);
      if (workers === "allow") {
        // Let the first worker finish its precache before the update.
        const page = await context.newPage();
        await page.goto(origin + "/");
        await page.evaluate(() => navigator.serviceWorker.ready);
        await page.close();
      }
      const firstVisit = loggedSince(mark);
      assert.ok(firstVisit.some((line) => /_bg\.wasm 200$/.test(line)), `the first visit fetched the WASM:\n${firstVisit.join("\n")}`);
      const app = readdirSync(site).filter((name) => /\.(js|wasm)$/.test(name) && name !== "sw.js").sort();

      const edited = readFileSync(join(content, EDITED), "utf8");
      writeFileSync(join(content, EDITED), `${edited}\n${ADDED}\n`);
      build();
      assert.deepEqual(readdirSync(site).filter((name) => /\.(js|wasm)$/.test(name) && name !== "sw.js").sort(), app, "the app's files keep their names");

      mark = logSize();
      const again = await context.newPage();
      await again.goto(origin + "/cities/komae/");
      await waitForHydration(again);
      assert.ok((await again.textContent("main")).includes(ADDED), "the edited page shows the edit");
      await again.goto(origin + "/cities/izu/guides/resident/");
      await waitForHydration(again);
      await again.goto(origin + "/");
      await waitForHydration(again);
      await again.waitForLoadState("networkidle");
      if (workers === "allow") {
        // The browser asks for the worker again (as it does on navigations, at most daily, and
        // here at once); the new build's worker installs, with its precache, and takes over.
        await again.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
        await again.waitForFunction(async () => {
          const registration = await navigator.serviceWorker.getRegistration();
          return !registration.installing && !registration.waiting && registration.active?.state === "activated";
        }, null, { timeout: 60000, polling: 200 });
      }
      await again.close();
      const repeat = loggedSince(mark);
      if (workers === "allow") {
        assert.ok(repeat.some((line) => line.startsWith("/sw.js 200")), "the new worker was fetched");
        // A page the edit did not change keeps its bytes and its file (`tsunagu build` writes only
        // what changed), so the precache's request for it is answered 304 Not Modified.
        assert.ok(repeat.some((line) => /^\/offline\/ (200|304)$/.test(line)), "…and its precache asked for the kept pages");
      }
      const scripts = repeat.filter((line) => /\.(wasm|js)(\?| )/.test(line) && !line.startsWith("/sw.js "));
      console.log(`repeat visit (offline worker: ${workers}), what reached nginx:\n  ${repeat.join("\n  ")}`);
      assert.deepEqual(scripts, [], "no WASM or JS came from the network");
      assert.ok(repeat.some((line) => line.startsWith("/cities/komae/ 200")), "the changed page was downloaded");
    } finally {
      await browser.close();
    }
  });
}
