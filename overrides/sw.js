// The site's service worker. Every page registers it (assets/register-sw.js), so after one
// visit every page works, and the installed app starts, with no network; the checker, once it
// has run, has it keep its runtime too (widget.js keepOffline), so after one visit to the Check
// page the checker works offline as well. Everything is cached under this build's version:
// pages and assets are served from that cache first, so a repeat visit needs no network at all.
// A new build is a new sw.js, byte for byte: the browser installs it, it fills a new cache, and
// the old caches go.
// Filled in by postbuild/offline.py: version, precache, runtime, files, scope, cache, keep, snapshots.
const BUILD = {};
// Every cache this site makes is named under its scope, its own path ("/call-guide/#…"), so
// the sites that share an origin (every project site on <user>.github.io) never delete each
// other's. The build names them all, this build's cache (CACHE) and those to keep.
const CACHE = BUILD.cache;

const inScope = (path) => new URL(path, self.registration.scope).href;

// The build's name for one of its own files or pages: the URL's path below the scope, without
// query or fragment ("check/", "assets/site.css"), or null for any other URL. A site at an
// origin's root (<user>.github.io) shares it with every other project site of that owner, under
// /<project>/: their pages are theirs, fetched as if this worker did not exist.
function ownPath(url) {
  const { origin, pathname } = new URL(url);
  const scope = new URL(self.registration.scope);
  if (origin !== scope.origin || !pathname.startsWith(scope.pathname)) return null;
  const path = pathname.slice(scope.pathname.length);
  return Object.hasOwn(BUILD.files, path) ? path : null;
}

// Whether bytes are this build's file at that path (BUILD.files: SHA-256 by path). The other
// sites of a shared origin can write to this one's Cache Storage; they cannot write sw.js.
async function isBuilds(path, response) {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", await response.clone().arrayBuffer()));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, "0")).join("") === BUILD.files[path];
}

// Every file of `urls`, each checked to be this build's. "no-cache" revalidates with the server:
// an unchanged file costs a 304, and the cache never fills from a stale HTTP cache entry of a
// page that has changed. It throws unless every file is this build's: during a deploy the
// server may already hold the next build's files, and the browser installs this worker again later.
function fetchAll(urls) {
  return Promise.all(urls.map(async (url) => {
    const path = ownPath(inScope(url));
    const response = await fetch(new Request(inScope(url), { cache: "no-cache" }));
    if (!response.ok || !(await isBuilds(path, response))) throw new Error(`${url} is not this build's`);
    return [path, response];
  }));
}

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    // The checker's runtime only where the checker has run, which stored a snapshot of this
    // site's: a reader who only reads downloads no Pyodide, and one who has checked a number
    // keeps a checker that works offline across a deploy.
    const used = (await caches.keys()).some((name) => name.startsWith(BUILD.snapshots));
    const fetched = await fetchAll(used ? [...BUILD.precache, ...BUILD.runtime] : BUILD.precache);
    const cache = await caches.open(CACHE);
    await Promise.all(fetched.map(([path, response]) => cache.put(inScope(path), response)));
    await self.skipWaiting();
  })());
});

// The checker, once it has run, asks for its runtime to be kept (widget.js keepOffline), which
// it finds in the HTTP cache. The answer, on the port it sends, says whether it is kept.
self.addEventListener("message", (event) => {
  if (event.data !== "keep-runtime") return;
  const answer = (kept) => event.ports[0]?.postMessage(kept);
  event.waitUntil((async () => {
    const fetched = await fetchAll(BUILD.runtime);
    answer(await keep((cache) => Promise.all(fetched.map(([path, response]) => cache.put(inScope(path), response)))));
  })().catch(() => answer(false)));
});

// write(cache) on CACHE, while this worker is the site's active one; whether it was kept. A new
// build's worker deletes CACHE as it activates, which may happen while this one writes, and
// caches.open() would bring the deleted cache back: a worker that finds itself replaced after
// writing deletes it again. (Where self.serviceWorker is unknown, the new worker's activation
// that follows is what deletes it.)
async function keep(write) {
  if (!(await caches.has(CACHE))) return false;
  await write(await caches.open(CACHE));
  if (self.serviceWorker && self.registration.active !== self.serviceWorker) {
    await caches.delete(CACHE);
    return false;
  }
  return true;
}

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
  const path = event.request.method === "GET" ? ownPath(event.request.url) : null;
  if (path !== null) event.respondWith(respond(event.request, path));
});

// Every file is kept under its path alone: a query (Material's search highlight, "?h=…", or a
// version, "?v=…") names the same file, and adds nothing to the cache.
// Reads and writes name CACHE only while it exists: a worker that a new build has replaced
// may still answer a late request, and caches.open() would bring its deleted cache back.
async function respond(request, path) {
  const key = inScope(path);
  const hit = await caches.match(key, { cacheName: CACHE, ignoreVary: true });
  if (hit && (await isBuilds(path, hit))) return hit;
  if (hit) await keep((cache) => cache.delete(key));  // rewritten
  const response = await fetch(request);
  // Files no page names (the search worker's language files, say) are kept once fetched; a
  // file that is not this build's (the next build's, mid-deploy) is shown but never kept.
  if (response.ok && (await isBuilds(path, response))) await keep((cache) => cache.put(key, response.clone()));
  return response;
}
