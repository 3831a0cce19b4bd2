// Benchmark (prints figures, does not pass or fail): under `tsunagu serve`, the time from
// saving a one-sentence edit to the open page showing it (reloaded), and the server's rebuild.
// (A reading page no longer starts the app, so there is no hydration to wait for.)
// Needs target/cli/tsunagu (scripts/build.sh builds it) and Chromium.
//   node tests/bench/live-reload.mjs [runs]
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launchBrowser, openPage, projectRoot } from "../browser/harness.mjs";

const runs = Number(process.argv[2] ?? 10);
const content = mkdtempSync(join(tmpdir(), "tsunagu-reload-"));
cpSync(join(projectRoot, "content"), content, { recursive: true });
const port = 18000 + Math.floor(Math.random() * 1000);
const origin = `http://127.0.0.1:${port}`;
const server = spawn(join(process.env.CARGO_TARGET_DIR ?? join(projectRoot, "target"), "cli", "tsunagu"), ["serve", "--content", content, "--port", String(port)], {
  cwd: projectRoot,
  stdio: ["ignore", "pipe", "inherit"],
});
let log = "";
server.stdout.on("data", (chunk) => (log += chunk));
for (let attempt = 0; attempt < 300; attempt++) {
  try {
    if ((await fetch(origin + "/")).ok) break;
  } catch {
    await new Promise((r) => setTimeout(r, 100));
  }
}
const browser = await launchBrowser();
const page = await openPage(browser);
const file = join(content, "glossary.md");
const original = readFileSync(file, "utf8");
const shown = [];
await page.goto(origin + "/glossary/");
for (let run = 0; run < runs; run++) {
  const sentence = `計測用の一文${run}です。`;
  await page.waitForTimeout(400); // let the page's wait for the next version be in place
  const start = Date.now();
  writeFileSync(file, original.replace(/\n\n/, `\n\n${sentence}\n\n`));
  await page.waitForFunction((s) => document.body?.textContent.includes(s), sentence, { polling: "raf", timeout: 15000 });
  shown.push(Date.now() - start);
}
writeFileSync(file, original);
await browser.close();
server.kill();
rmSync(content, { recursive: true, force: true });
const stats = (list) => {
  const sorted = [...list].sort((a, b) => a - b);
  return `median ${sorted[Math.floor(sorted.length / 2)]} ms (min ${sorted[0]}, max ${sorted[sorted.length - 1]})`;
};
const rebuilds = [...log.matchAll(/rebuilt \d+ pages in (\d+) ms/g)].map((m) => Number(m[1]));
const pages = log.match(/built (\d+) pages/)?.[1] ?? "?";
console.log(`live reload, ${runs} edits of content/glossary.md under tsunagu serve (${pages} pages):`);
console.log(`  rebuild (as the server prints it): ${stats(rebuilds)}`);
console.log(`  save → the edit on screen (page reloaded): ${stats(shown)}`);
