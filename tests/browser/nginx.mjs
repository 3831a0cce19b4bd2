// One way to serve a built site with Debian's nginx, for the tests and the benchmarks that need
// a real host: the repeat-visit test, the search benchmarks, and `scripts/test.sh` (Lighthouse
// and the tests that read TSUNAGU_NGINX_URL). nginx runs in the foreground from a temporary
// prefix (no root, no system configuration), with the brotli module loaded when installed.
// The site's own `server` block is given by the caller, usually the one `tsunagu host-config
// nginx` prints (`hostConfigBlock`), so what is tested is what the README tells a city to use.
//
// As a command, for scripts/test.sh: serves `ROOT` on 127.0.0.1:PORT until stopped.
//   node tests/browser/nginx.mjs ROOT PORT
import { spawn, execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { freePort } from "./harness.mjs";

export { freePort };

/** Debian's nginx binary, if installed. */
export const nginxBinary = ["/usr/sbin/nginx", "/usr/bin/nginx"].find(existsSync);
/** Debian's `libnginx-mod-http-brotli-static`, which serves the `.br` copies. */
export const brotliModule = "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so";
/** Whether the brotli module is installed. */
export const hasBrotli = () => existsSync(brotliModule);

const projectRoot = resolve(fileURLToPath(new URL("../..", import.meta.url)));
const tsunaguBinary = join(process.env.CARGO_TARGET_DIR ?? join(projectRoot, "target"), "cli", "tsunagu");

/** The `server` block `tsunagu host-config nginx` prints for `root` on 127.0.0.1:`port`. */
export function hostConfigBlock(root, port, tsunagu = tsunaguBinary) {
  const args = ["host-config", "nginx", "--root", resolve(root), "--listen", `127.0.0.1:${port}`];
  return execFileSync(tsunagu, hasBrotli() ? [...args, "--brotli-static"] : args, { encoding: "utf8" });
}

/**
 * Starts nginx with `serverBlock` (one or more `server { … }` listening on `port`) and waits
 * until it answers `/`. `accessLog`: a file to log `request status` lines to (off if not
 * given). `http`: more directives for the `http` block. Returns `{ origin, url(path), stop() }`.
 */
export async function startNginx({ port, serverBlock, accessLog, http = "", quiet = true }) {
  if (!nginxBinary) throw new Error("nginx is not installed (scripts/test.sh installs it: apt-get install nginx)");
  const work = mkdtempSync(join(tmpdir(), "tsunagu-nginx-"));
  writeFileSync(join(work, "site.conf"), serverBlock);
  writeFileSync(
    join(work, "nginx.conf"),
    `${hasBrotli() ? `load_module ${brotliModule};\n` : ""}daemon off;
master_process off;
pid ${work}/nginx.pid;
error_log stderr ${quiet ? "error" : "warn"};
events {}
http {
    ${accessLog ? `log_format paths "$request_uri $status";\n    access_log ${accessLog} paths;` : "access_log off;"}
    client_body_temp_path ${work}/body;
    proxy_temp_path ${work}/proxy;
    fastcgi_temp_path ${work}/fastcgi;
    uwsgi_temp_path ${work}/uwsgi;
    scgi_temp_path ${work}/scgi;
    ${http}
    include ${work}/site.conf;
}
`,
  );
  const child = spawn(nginxBinary, ["-p", work, "-c", join(work, "nginx.conf")], { stdio: ["ignore", "ignore", "inherit"] });
  const origin = `http://127.0.0.1:${port}`;
  let exited = false;
  child.on("exit", () => {
    exited = true;
    rmSync(work, { recursive: true, force: true });
  });
  // Its prefix folder goes once it has exited (it removes its pid file there as it stops).
  const stop = () => child.kill();
  for (let attempt = 0; attempt < 100 && !exited; attempt++) {
    try {
      await fetch(origin + "/");
      return { origin, url: (path = "") => `${origin}/${path.replace(/^\//, "")}`, stop };
    } catch {
      await new Promise((r) => setTimeout(r, 100)); // not listening yet
    }
  }
  child.kill();
  throw new Error(`nginx did not serve ${origin}/ within 10 s${exited ? " (it exited: see its error above)" : ""}`);
}

/** Serves a built site at `root` exactly as `tsunagu host-config nginx` configures it. */
export async function serveWithHostConfig(root, { port, accessLog } = {}) {
  const chosen = port ?? (await freePort());
  return startNginx({ port: chosen, serverBlock: hostConfigBlock(root, chosen), accessLog });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [root, port] = process.argv.slice(2);
  if (!root || !/^\d+$/.test(port ?? "")) {
    console.error("usage: node tests/browser/nginx.mjs ROOT PORT");
    process.exit(2);
  }
  const server = await serveWithHostConfig(root, { port: Number(port) });
  console.log(`nginx serves ${root} at ${server.origin}/ (tsunagu host-config nginx${hasBrotli() ? " --brotli-static" : ""})`);
  for (const signal of ["SIGTERM", "SIGINT"]) {
    process.on(signal, () => {
      server.stop();
      process.exit(0);
    });
  }
}
