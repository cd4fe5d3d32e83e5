// Registers the site's service worker from every page (overrides/partials/app.html), so that the
// installed app starts offline after one visit. What it installs is the pages and the site's
// assets; the checker's runtime (some 5 MB) only once the checker has run (widget.js asks for
// it), so a reader who only reads downloads no Pyodide. After the page's load: it never competes
// with the page for the network.

"use strict";

(() => {
  const url = document.currentScript.dataset.url;
  if (!("serviceWorker" in navigator)) return;
  const register = () => navigator.serviceWorker.register(url).catch(() => {});  // offline use is a bonus
  if (document.readyState === "complete") register();
  else window.addEventListener("load", register, { once: true });
})();
