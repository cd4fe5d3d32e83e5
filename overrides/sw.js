// The site's service worker. The checker registers it once it has loaded (widget.js), so
// after one visit to the Check page every page and the checker work with no network.
// Everything the site ships is cached under this build's version: pages and assets are served
// from that cache first, so a repeat visit needs no network at all. A new build is a new
// sw.js, byte for byte: the browser installs it, it fills a new cache, and the old caches go.
const BUILD = {};  // filled in by overrides/hooks/offline.py: version, precache, scope, cache, keep
// Every cache this site makes is named under its scope, its own path ("/call-guide/#…"), so
// the sites that share an origin (every project site on <user>.github.io) never delete each
// other's. The build names them all, this build's cache (CACHE) and those to keep.
const CACHE = BUILD.cache;

const inScope = (path) => new URL(path, self.registration.scope).href;

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    // "no-cache" revalidates with the server: an unchanged file costs a 304, and the cache
    // never fills from a stale HTTP cache entry of a page that has changed.
    await cache.addAll(BUILD.precache.map((path) => new Request(inScope(path), { cache: "no-cache" })));
    await self.skipWaiting();
  })());
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    // Only this site's own caches; of those, this build's and the snapshot of its runtime stay.
    const keep = new Set([CACHE, ...BUILD.keep]);
    for (const name of await caches.keys()) {
      if (name.startsWith(BUILD.scope) && !keep.has(name)) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(respond(request));
});

// Reads and writes name CACHE only while it exists: a worker that a new build has replaced
// may still answer a late request, and caches.open() would bring its deleted cache back.
async function respond(request) {
  const hit = await caches.match(request, { cacheName: CACHE });
  if (hit) return hit;
  try {
    const response = await fetch(request);
    // Files no page names (the search worker's language files, say) are kept once fetched.
    if (response.ok && response.type === "basic" && (await caches.has(CACHE))) {
      await (await caches.open(CACHE)).put(request, response.clone());
    }
    return response;
  } catch (error) {
    const missing = request.mode === "navigate" && (await caches.match(inScope("404.html"), { cacheName: CACHE }));
    if (missing) return missing;
    throw error;
  }
}
