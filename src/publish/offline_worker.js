// The offline worker every tsunagu build holds as sw.js (see README 「Offline」). `SITE`, written
// above this line by the build, gives the build's version, its base path, the files kept on
// install (the shell, the guides, the directories and the offline page) and the offline page.
// Pages are asked of the network first, so a new build is seen at once; files with a hash in
// their name never change, so they come from the cache. A copy of each page visited is kept,
// but never of an address with a query (a guide's answers, a search) nor of the search index
// (which of its files were fetched would tell what was searched): a cached response keeps the
// address it was fetched from, so such copies are not made at all. Offline, an address with a
// query is answered with the kept copy of its page. Cache names carry the base, so two sites
// on one host keep their own.
const PREFIX = `tsunagu-${SITE.base}-`;
const CACHE = `${PREFIX}${SITE.version}`;
const HASHED = /-[0-9a-f]{16}(_bg)?\.[a-z]+$/;

/** Whether a response to this request may be kept: no query, and not the search index. */
const keepable = (request) => {
  const url = new URL(request.url);
  return url.search === "" && !url.pathname.startsWith(`${SITE.base}search/`);
};

const keyOf = (address) => {
  const url = new URL(address);
  url.search = "";
  url.hash = "";
  return url.href;
};

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(SITE.keep))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name.startsWith(PREFIX) && name !== CACHE).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

/** Whether a request is for a file of the search index (`search/<16 hex>/…`, not the search page
 * itself): this worker leaves those to the network, unanswered, since none is ever kept. */
const searchIndexFile = (url) => url.pathname.startsWith(`${SITE.base}search/`) && /^[0-9a-f]{16}\//.test(url.pathname.slice(`${SITE.base}search/`.length));

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin || !url.pathname.startsWith(SITE.base)) return;
  if (searchIndexFile(url)) return;
  event.respondWith(HASHED.test(url.pathname) ? cacheFirst(request) : networkFirst(request));
});

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const kept = await cache.match(keyOf(request.url));
  if (kept) return kept;
  const response = await fetch(request);
  if (response.ok && keepable(request)) cache.put(keyOf(request.url), response.clone()).catch(() => {});
  return response;
}

async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  let response;
  try {
    response = await fetch(request);
  } catch (offline) {
    const kept = await cache.match(keyOf(request.url));
    if (kept) return kept;
    if (request.mode === "navigate") return Response.redirect(SITE.offline, 302);
    throw offline;
  }
  if (response.ok && response.type === "basic" && keepable(request)) cache.put(keyOf(request.url), response.clone()).catch(() => {});
  return response;
}
