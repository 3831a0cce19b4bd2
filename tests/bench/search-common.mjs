// The set-up the search benchmarks share: the relevance set's queries, a static host for a
// built site, the browser, one search as a reader makes it (typed into the search page's form,
// timed until the status says the results are shown), the index files it fetched, and the
// figures' summaries.
//
// The host is nginx (Debian's, with its brotli module when installed), configured as the
// README's hosting recipe does for speed: HTTP/1.1 with keep-alive, and the `.br` / `.gz`
// copies of `tsunagu build --precompress` sent as they are. The recipe's security headers are
// left out, so that a page driving Pagefind (whose runtime needs its own policy) is served the
// same way as ours. Without nginx, python's static server is used (HTTP/1.0, a connection per
// file), and the printed figures say so.
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { brotliCompressSync, constants } from "node:zlib";
import { join, resolve } from "node:path";
import { serve, launchBrowser, openPage, waitForHydration, projectRoot } from "../browser/harness.mjs";
import { freePort, hasBrotli, nginxBinary, startNginx } from "../browser/nginx.mjs";

export { launchBrowser, openPage, waitForHydration, projectRoot };

/** The relevance set's queries: `{ q, expect, city }` (`city` only on filtered queries). */
export function relevanceQueries() {
  const text = readFileSync(resolve(projectRoot, "tests/search/relevance.toml"), "utf8");
  return text
    .split(/^\[\[query\]\]\s*$/m)
    .map((block) => ({
      q: block.match(/^q = "(.*)"$/m)?.[1],
      expect: [...(block.match(/^expect = \[(.*)\]$/m)?.[1] ?? "").matchAll(/"([^"]*)"/g)].map((m) => m[1]),
      city: block.match(/^city = "(.*)"$/m)?.[1],
    }))
    .filter((query) => query.q !== undefined);
}

/**
 * Writes the brotli copy of every index file under `dir/search/` that has none (a build without
 * --precompress, such as the 500-city corpus's, which would take long to compress whole) and
 * would be smaller for it, at the quality --precompress uses for data. Returns how many it wrote.
 */
export function compressIndexFiles(dir) {
  let written = 0;
  const walk = (folder) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith(".txt") && !existsSync(`${path}.br`)) {
        const raw = readFileSync(path);
        const copy = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } });
        // As --precompress: a copy not smaller than its file is left out.
        if (copy.length < raw.length) {
          writeFileSync(`${path}.br`, copy);
          written += 1;
        }
      }
    }
  };
  if (existsSync(join(dir, "search"))) walk(join(dir, "search"));
  return written;
}

/**
 * Serves `dir` (a built site for the base `/`) on 127.0.0.1: nginx when installed (the index
 * files given brotli copies first if they have none), else python's static server. Returns
 * { name, url(path), stop() }; `name` says which server.
 */
export async function staticHost(dir) {
  if (!nginxBinary || process.env.SEARCH_BENCH_SERVER === "python") {
    const server = await serve(dir, "/");
    return { ...server, name: "python3 -m http.server (HTTP/1.0, a connection per file, no compression)" };
  }
  compressIndexFiles(dir);
  const port = await freePort();
  const brotli = hasBrotli();
  // A block of our own rather than the host-config one: Pagefind's runtime needs a policy of
  // its own, and its index files types of their own.
  const serverBlock = `server {
        listen 127.0.0.1:${port};
        root ${resolve(dir)};
        index index.html;
        charset utf-8;
        gzip_static on;
        gzip_vary on;
        ${brotli ? "brotli_static on;" : ""}
        types {
            text/html html;
            text/css css;
            text/javascript js;
            application/json json;
            image/svg+xml svg;
            application/wasm wasm;
            text/plain txt;
            application/octet-stream pagefind pf_meta pf_fragment pf_index pf_filter;
        }
        location / {
            try_files $uri $uri/ =404;
            add_header Cache-Control "no-cache" always;
        }
    }`;
  const http = "sendfile on;\n    tcp_nopush on;\n    keepalive_timeout 65;";
  const { origin, url, stop } = await startNginx({ port, serverBlock, http });
  const compression = brotli ? "brotli and gzip copies" : "gzip copies";
  const worker = process.env.SEARCH_BENCH_WORKER === "1" ? "; the offline worker in control" : "";
  return { name: `nginx (HTTP/1.1 keep-alive, ${compression} of --precompress${worker})`, origin, url, stop };
}

/** Whether an address is one of our index files. */
export const isOurIndexFile = (address) => /\/search\/[0-9a-f]{16}\//.test(address);

/**
 * On our search page: types `q` into the form and sends it, then waits for the status to name
 * it. Returns `{ time, pages, files }`: ms from the submit to the results shown (by the page's
 * clock), the result groups (`url`, `sections`), and every index file fetched meanwhile
 * (`name`, `encoded` bytes on the wire, `decoded` bytes) by Resource Timing.
 */
export function ourSearch(page, q) {
  return page.evaluate(
    (q) =>
      new Promise((done) => {
        const status = document.querySelector("#search-status");
        performance.clearResourceTimings();
        const started = performance.now();
        const observer = new MutationObserver(() => {
          if (!status.textContent.includes(`「${q}」`)) return;
          observer.disconnect();
          const time = performance.now() - started;
          const pages = [...document.querySelectorAll("#search-results .search-result")].map((group) => ({
            url: group.querySelector(".search-result__page a")?.getAttribute("href") ?? "",
            sections: [...group.querySelectorAll("a")].map((a) => a.getAttribute("href")),
          }));
          const files = performance
            .getEntriesByType("resource")
            .filter((entry) => /\/search\/[0-9a-f]{16}\//.test(entry.name))
            .map((entry) => ({ name: entry.name, start: entry.startTime - started, end: entry.responseEnd - started, encoded: entry.encodedBodySize, decoded: entry.decodedBodySize }));
          done({ time, pages, files, started });
        });
        observer.observe(status, { childList: true, characterData: true, subtree: true });
        document.querySelector("#search-q").value = q;
        document.querySelector("#search-form").requestSubmit();
      }),
    q,
  );
}

/**
 * Opens our search page in a fresh context and waits for its own WASM to start (not counted in a
 * query); the app, which starts only when a header control is reached, is left unloaded. The
 * offline worker is blocked, as on a first visit before it has installed; with
 * `SEARCH_BENCH_WORKER=1` it is let in and the query waits until it controls the page, as for a
 * returning reader.
 */
export async function openSearchPage(browser, host) {
  const worker = process.env.SEARCH_BENCH_WORKER === "1";
  const page = await openPage(browser, { serviceWorkers: worker ? "allow" : "block" });
  await page.goto(host.url("search/"));
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === "true", null, { timeout: 20000 });
  if (worker) await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 20000 });
  await page.waitForTimeout(100); // the manifest, fetched as the page opens
  return page;
}

/**
 * Runs `action` and counts the responses whose path `matches` meanwhile, workers' requests
 * included (Pagefind fetches from a worker, which the page's Resource Timing does not see):
 * `{ result, wire, files }`, `wire` being the bodies' bytes as sent (compressed, if they were).
 */
export async function countTransfers(page, matches, action) {
  const sizes = [];
  const listener = (request) => {
    if (matches(new URL(request.url()).pathname)) sizes.push(request.sizes().then((s) => s.responseBodySize).catch(() => 0));
  };
  page.context().on("requestfinished", listener);
  const result = await action();
  await page.waitForTimeout(50);
  page.context().off("requestfinished", listener);
  const bytes = await Promise.all(sizes);
  return { result, wire: bytes.reduce((a, b) => a + b, 0), files: bytes.length };
}

export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
export const sum = (values) => values.reduce((a, b) => a + b, 0);
/** `median (max M)` of `values`. */
export const cell = (values, digits = 1) => `${median(values).toFixed(digits)} (max ${Math.max(...values).toFixed(digits)})`;
