// The checker widget: reads the form, runs the checker in a module Web Worker, shows the
// verdict. User input is only ever set as text (textContent), never parsed as HTML.
// Deep links live in the URL fragment (#n=…&c=sms&t=…), which browsers never send to a server.
// A classic script in the page's head, run before the page is laid out (which takes a slow
// phone longer than fetching this file), so the worker starts at once. Its own tag says where
// the checker's files are; the form is taken over once the document has been parsed.

"use strict";

(() => {
  const ERROR_ICON = "✖";  // verdicts carry their own risk_icon; errors are not verdicts
  // Numbers the advice tells the reader to dial become tel: links.
  const DIAL = /(\+86-10-12308|\+86-10-65612308|(?<![\d-])110(?!\d))/;

  const config = document.currentScript.dataset;
  const url = (path) => new URL(path, document.baseURI).href;

  // A worker, and the messages it sent before the form was there to listen.
  function spawn() {
    performance.mark("checker-start");  // for bench/ and the browser's performance panel
    const worker = new Worker(url(config.worker), { type: "module" });
    const backlog = [];
    worker.onmessage = ({ data }) => backlog.push(data);
    worker.onerror = (event) => {
      event.preventDefault();
      backlog.push({ type: "failed", reason: event.message || "worker" });
    };
    worker.postMessage({
      type: "init",
      pyodide: url(config.pyodide),
      boot: url(config.boot),
      zips: config.zips.split(" ").map(url),
      snapshot: { cache: config.snapshotCache, key: url(config.snapshotKey) },
      runtime: JSON.parse(config.runtime),
    });
    return { worker, backlog };
  }

  // On the Check page the checker starts loading now; the Home page's waits to be used.
  let early = "lazy" in config ? null : spawn();

  function el(tag, props = {}, ...children) {
    const node = document.createElement(tag);
    Object.assign(node, props);
    node.append(...children);
    return node;
  }

  function withDialLinks(text) {
    return text.split(DIAL).map((part, i) =>
      i % 2 ? el("a", { href: "tel:" + part.replace(/-/g, ""), textContent: part }) : part);
  }

  class NumberCheck {
    constructor(form) {
      this.form = form;
      this.t = JSON.parse(form.dataset.strings);
      this.lang = form.dataset.lang;
      this.result = form.querySelector("#number-check-result");
      this.status = form.querySelector(".number-check__status");
      this.worker = null;
      this.ready = false;
      this.pending = null;
      this.seq = 0;
      form.addEventListener("submit", (event) => {
        event.preventDefault();
        this.submit();
      });
      if ("lazy" in config) {
        form.addEventListener("focusin", () => this.start(), { once: true });
      } else {
        this.start();
      }
      window.addEventListener("hashchange", () => this.fromFragment());
      this.fromFragment();
    }

    start() {
      if (this.worker) return;
      this.form.dataset.state = "loading";
      this.say(this.t.loading.replace("{step}", "1"));
      const { worker, backlog } = early ?? spawn();
      early = null;
      this.worker = worker;
      worker.onmessage = ({ data: message }) => this.receive(message);
      worker.onerror = (event) => {
        event.preventDefault();
        this.fail(event.message || "worker");
      };
      backlog.forEach((message) => this.receive(message));
    }

    receive(message) {
      if (message.type === "progress") {
        this.say(this.t.loading.replace("{step}", String(message.step)));
      } else if (message.type === "ready") {
        this.ready = true;
        this.form.dataset.state = "ready";
        this.form.dataset.readyMs = String(message.ms);
        this.form.dataset.start = message.start;
        performance.mark("checker-ready");
        this.say(this.t.ready);
        if (this.pending) this.run(this.pending);
        this.pending = null;
        this.keepOffline();
      } else if (message.type === "stored") {
        this.form.dataset.snapshot = "stored";
      } else if (message.type === "failed") {
        this.fail(message.reason);
      } else if (message.type === "verdict" && message.id === this.seq) {
        this.show(message.result);
        performance.mark("checker-verdict");
      }
    }

    // Once the checker has loaded, the service worker keeps it and the whole site for offline
    // use. Registering only now keeps article pages light and never downloads Pyodide twice:
    // the worker's precache finds the runtime in the HTTP cache.
    keepOffline() {
      const script = config.serviceWorker;
      if (script && "serviceWorker" in navigator) {
        navigator.serviceWorker.register(url(script)).catch(() => {});  // offline use is a bonus
      }
    }

    fail(reason) {
      this.worker?.terminate();
      this.worker = null;
      this.ready = false;
      this.form.dataset.state = "failed";
      const retry = el("button", { type: "button", textContent: this.t.retry });
      retry.addEventListener("click", () => this.start());
      this.say(this.t.failed.replace("{reason}", reason), retry);
    }

    say(text, ...extra) {
      this.status.hidden = false;
      this.status.replaceChildren(text, ...(extra.length ? [" ", ...extra] : []));
    }

    read() {
      const fields = this.form.elements;
      return {
        number: fields.number.value,
        channel: fields.channel.value || "call",
        text: fields.text.value,
      };
    }

    submit() {
      const query = this.read();
      this.writeFragment(query);
      if (this.ready) {
        this.run(query);
      } else {
        this.pending = query;
        this.start();
        this.say(this.status.textContent + " " + this.t.waiting);
      }
    }

    run(query) {
      this.seq += 1;
      this.worker.postMessage({ type: "check", id: this.seq, lang: this.lang, ...query });
    }

    writeFragment({ number, channel, text }) {
      const params = new URLSearchParams({ n: number, c: channel });
      if (text) params.set("t", text);
      history.replaceState(null, "", "#" + params.toString());
    }

    fromFragment() {
      if (!location.hash.startsWith("#n=")) return;
      const params = new URLSearchParams(location.hash.slice(1));
      const fields = this.form.elements;
      fields.number.value = params.get("n") || "";
      fields.channel.value = params.get("c") === "sms" ? "sms" : "call";
      fields.text.value = params.get("t") || "";
      this.submit();
    }

    show(verdict) {
      const region = this.result;
      region.dataset.verdictId = String(this.seq);
      if (verdict.error) {
        region.dataset.risk = "error";
        region.dataset.rules = "";
        region.replaceChildren(
          el("p", { className: "verdict__head" },
            el("span", { className: "verdict__icon", textContent: ERROR_ICON, ariaHidden: "true" }), " ",
            el("strong", { textContent: this.t.error })),
          el("p", { className: "verdict__error", textContent: verdict.error }));
        return;
      }
      region.dataset.risk = verdict.risk;
      region.dataset.rules = verdict.rules.join(" ");
      const root = this.form.dataset.siteRoot;
      const number = verdict.normalized === verdict.input ? verdict.input : `${verdict.input} → ${verdict.normalized}`;
      const copy = el("button", { type: "button", className: "verdict__copy", textContent: this.t.copy });
      copy.addEventListener("click", () => this.copyLink(copy));
      region.replaceChildren(
        el("p", { className: "verdict__head" },
          el("span", { className: "verdict__icon", textContent: verdict.risk_icon, ariaHidden: "true" }), " ",
          el("strong", { className: "verdict__word", textContent: verdict.risk_label }), " ",
          el("span", { className: "verdict__number", textContent: number })),
        el("p", { className: "verdict__title", textContent: verdict.title }),
        ...verdict.explanation.split("\n").map((line) => el("p", { textContent: line })),
        el("p", { className: "verdict__label", textContent: this.t.advice }),
        el("ul", {}, ...verdict.advice.map((item) => el("li", {}, ...withDialLinks(item)))),
        ...(verdict.matches.length ? [
          el("p", { className: "verdict__label", textContent: this.t.rules }),
          el("ul", { className: "verdict__rules" }, ...verdict.matches.map((match) =>
            el("li", {},
              el("a", { href: root + match.section, textContent: match.title }), " ",
              el("code", { textContent: match.id })))),
        ] : []),
        copy);
    }

    async copyLink(button) {
      try {
        await navigator.clipboard.writeText(location.href);
        button.textContent = this.t.copied;
      } catch {
        button.textContent = this.t.copy_failed;
      }
    }
  }

  function attach() {
    const form = document.getElementById("number-check");
    if (form) new NumberCheck(form);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", attach, { once: true });
  } else {
    attach();
  }
})();
