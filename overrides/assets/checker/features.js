// Whether this browser can run the checker, asked before anything starts it. The checker needs
// WebAssembly (iOS Lockdown Mode and some in-app browsers have none), module Web Workers, and
// the JavaScript of Safari 16.4 and later (which Pyodide needs too): an older engine cannot even
// parse client.js and widget.js, and would show nothing at all. Where anything is missing this
// script sets window.checkerUnsupported, which widget.js obeys, and writes into the form what
// to do, with a link to the rule table, which needs nothing but the page.
// ES5 only, so that every engine runs it (tests/test_browser.py holds it to that).

(function () {
  "use strict";

  // The checker's scripts use class private methods and ??= (engines of 2020 and later), and
  // Pyodide needs Safari 16.4. Only engines that have all of it have both of these: Object.hasOwn
  // (Chrome 93, Firefox 92, Safari 15.4) and RegExp lookbehind (Safari 16.4). No syntax is
  // tried: the page's policy forbids eval, and a RegExp made from a string is no syntax.
  function modernScript() {
    try {
      return typeof Object.hasOwn === "function" && new RegExp("(?<=a)b").test("ab");
    } catch (error) {
      return false;
    }
  }

  // An engine that knows module workers reads the "type" option; one that does not ignores it
  // (and would run worker.js as a classic script) or throws. The worker ends itself at once
  // (terminate() would leave its load unfinished).
  function moduleWorkers() {
    var read = false;
    var url = null;
    try {
      url = URL.createObjectURL(new Blob(["close();"], { type: "text/javascript" }));
      new Worker(url, { get type() { read = true; return "module"; } });
      return read;
    } catch (error) {
      return false;
    } finally {
      if (url) URL.revokeObjectURL(url);
    }
  }

  var runs = typeof WebAssembly === "object" && typeof WebAssembly.instantiate === "function" &&
    typeof Worker === "function" && modernScript() && moduleWorkers();
  if (runs) return;
  window.checkerUnsupported = true;

  // WeChat, QQ and Weibo open links in a browser of their own, which keeps nothing for offline use.
  var IN_APP = /MicroMessenger|\bQQ\/|Weibo/i;

  function explain() {
    var form = document.getElementById("number-check");
    if (!form) return;
    var t = JSON.parse(form.getAttribute("data-strings"));
    form.setAttribute("data-state", "unsupported");
    for (var i = 0; i < form.elements.length; i++) form.elements[i].disabled = true;
    var status = form.querySelector(".number-check__status");
    var text = t.unsupported + (IN_APP.test(navigator.userAgent) ? " " + t.in_app : "") + " ";
    var link = document.createElement("a");
    link.href = form.getAttribute("data-rules");
    link.textContent = t.rules_instead;
    status.textContent = text;
    status.appendChild(link);
    status.hidden = false;
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", explain);
  } else {
    explain();
  }
})();
