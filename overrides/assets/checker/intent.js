// Fetches the checker's runtime into the HTTP cache on pages that do not start the checker
// (articles, and Home, whose form waits to be used), once the reader shows the intent to check:
// a pointer over, a focus on or a touch of a link to a Check page. The Check page's worker then
// finds every file in the HTTP cache. Readers who show no intent download none of it, nor do
// those who asked their browser to save data. The files and the Check pages' URLs come from
// the build (#checker-intent, written by overrides/hooks/checker_assets.py).
// A classic deferred script. The Check page's requests reuse what <link rel=prefetch> fetched as
// long as the server lets them (GitHub Pages: max-age=600); tests/test_browser.py counts them.

"use strict";

(() => {
  if (navigator.connection?.saveData) return;
  const { rootURL, checkURLs, preload } = JSON.parse(document.getElementById("checker-intent").textContent);
  const root = new URL(rootURL, document.baseURI);
  const checkPages = new Set(checkURLs.map((path) => new URL(path, root).pathname));
  const INTENT = ["pointerover", "focusin", "touchstart"];

  function toCheck(target) {
    const link = target instanceof Element ? target.closest("a[href]") : null;
    return link !== null && checkPages.has(new URL(link.href).pathname);
  }

  function prefetch() {
    for (const path of [...preload.scriptURLs, ...preload.fetchURLs]) {
      document.head.append(Object.assign(document.createElement("link"), { rel: "prefetch", href: new URL(path, root).href }));
    }
  }

  function heard({ target }) {
    if (!toCheck(target)) return;
    for (const type of INTENT) document.removeEventListener(type, heard, { capture: true });
    prefetch();
  }

  for (const type of INTENT) document.addEventListener(type, heard, { capture: true, passive: true });
})();
