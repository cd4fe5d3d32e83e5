// The reader's text size, on every page of the site: larger text, or the theme's own. A classic
// script in the head (overrides/main.html) that sets it before the page is laid out, so a page
// never shows at one size and then jumps to the other; the header's button
// (overrides/partials/text-size.html) switches it. The choice is remembered on this device only.
// Blocked site data makes even reading window.localStorage throw: then it holds for this page.

"use strict";

(() => {
  const LARGE = "large";
  const root = document.documentElement;
  const key = document.currentScript.dataset.key;

  function remembered() {
    try {
      return window.localStorage.getItem(key);
    } catch {
      return null;
    }
  }

  function remember(large) {
    try {
      if (large) {
        window.localStorage.setItem(key, LARGE);
      } else {
        window.localStorage.removeItem(key);
      }
    } catch {
      // remembered nowhere: this page keeps it
    }
  }

  function apply(large) {
    root.dataset.textSize = large ? LARGE : "normal";
    for (const button of document.querySelectorAll(".text-size__button")) {
      button.setAttribute("aria-pressed", String(large));
    }
  }

  apply(remembered() === LARGE);

  function attach() {
    apply(root.dataset.textSize === LARGE);
    for (const button of document.querySelectorAll(".text-size__button")) {
      button.addEventListener("click", () => {
        const large = root.dataset.textSize !== LARGE;
        apply(large);
        remember(large);
      });
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", attach, { once: true });
  } else {
    attach();
  }
})();
