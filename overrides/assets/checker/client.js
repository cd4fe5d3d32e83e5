// The page's side of the checker's Web Worker (worker.js), so that view code (widget.js) calls
// methods and never sees a message. Each request carries an id; the worker answers each id
// exactly once, {id, value} or {id, error}, and the answer settles that request's promise.
// Messages without an id are progress reports while Python starts: its step, and the bytes its
// downloads have received (of config.progressBytes), which onprogress(step, received) hears. If the worker dies, every
// open request is rejected: every request gets an answer. So does a worker that stops
// answering: a start it says nothing of for config.timeouts.startMs (Pyodide waits for ever on
// a WebAssembly instantiation that failed), or a check it has not answered in checkMs, ends
// the worker with an error whose code is "timeout"; its snapshot is suspect, and deleted.
// A classic script, loaded before widget.js, which uses CheckerClient.

"use strict";

class CheckerClient {
  // Keys whose values are URLs: rootURL relative to the page, the others to the site root;
  // absolute once read.
  static #URL_KEY = /URLs?$/;

  // The configuration the build wrote into the page (bundler/bundle.py), with every URL made
  // absolute, so that the worker can use the very same object.
  static readConfig(element = document.getElementById("checker-config")) {
    const text = element.textContent;
    const root = new URL(JSON.parse(text).rootURL, document.baseURI);
    const absolute = (path) => new URL(path, root).href;
    return JSON.parse(text, (key, value) => {
      if (key === "rootURL") return root.href;
      if (!CheckerClient.#URL_KEY.test(key) || value === null) return value;
      return Array.isArray(value) ? value.map(absolute) : absolute(value);
    });
  }

  // A name in this site's part of the origin's storage (localStorage, sessionStorage): under
  // the scope the build gives, as every cache of the site's is.
  static scoped(config, name) {
    return config.scope + name;
  }

  // The deletion of a suspect snapshot, which a new start waits for, lest it restore it.
  static #dropping = Promise.resolve();

  #worker;
  #open = new Map();  // id -> {resolve, reject}
  #lastId = 0;
  #dead = null;  // why the worker can answer no more
  #config;
  #quiet = null;  // the start's watchdog while it starts, reset by every progress report

  constructor(config) {
    performance.mark("checker-start");  // for bench/ and the browser's performance panel
    this.step = 1;  // of starting: 1 fetching, 2 starting Python
    this.received = 0;  // bytes the start's downloads have received, of config.progressBytes
    this.onprogress = null;
    this.#config = config;
    CheckerClient.#preload(config.preload);
    this.#listen();
    // The worker starts once a suspect snapshot is gone (at once, normally), lest it restore it.
    // Resolves {ms, start: "cold" | "snapshot", dropped} once Python passed its self-test.
    this.started = CheckerClient.#dropping.then(() => {
      this.#spawn();
      return this.#request("start");
    });
    // On the Check page the worker may fail before the form exists to hear it; widget.js
    // awaits this same promise once it does, so an early failure is not "unhandled".
    this.started.catch(() => {}).finally(() => {
      clearTimeout(this.#quiet);
      this.#quiet = null;
    });
  }

  // Asks for every file the worker's start will request, all at once: the start itself finds
  // them one after another (worker.js, then Pyodide's scripts, its WebAssembly, the stdlib), and
  // the worker's requests take them from the HTTP cache, or join those still arriving. Not when
  // a service worker controls the page: it answers from its cache, and the browser's would be
  // fetched for nothing. Module scripts as scripts, not modulepreload, which would also compile
  // them here, on the page's thread, for a module map the worker does not share.
  static #preload({ scriptURLs, fetchURLs }) {
    if (navigator.serviceWorker?.controller) return;
    for (const [as, urls] of [["script", scriptURLs], ["fetch", fetchURLs]]) {
      for (const href of urls) {
        // crossorigin: the worker requests each in CORS mode, as a module script or fetch() does.
        document.head.append(Object.assign(document.createElement("link"), { rel: "preload", as, href, crossOrigin: "anonymous" }));
      }
    }
  }

  // A worker started from its own URL would run under no Content-Security-Policy, for a meta
  // policy binds only its document; one started from a blob: URL inherits the page's. So the
  // worker is a blob: module that imports worker.js, and runs as confined as the page. Its name
  // is the configuration (the build's, with no input of the reader's), which it reads at once,
  // so it starts before any message reaches it.
  #spawn() {
    if (this.#dead) return;
    const source = new Blob([`import ${JSON.stringify(this.#config.workerURL)};`], { type: "text/javascript" });
    this.#worker = new Worker(URL.createObjectURL(source), { type: "module", name: JSON.stringify(this.#config) });
    this.#worker.onmessage = ({ data }) => this.#receive(data);
    this.#worker.onerror = (event) => {
      event.preventDefault();
      this.#die(event.message || "worker");
    };
    this.#worker.onmessageerror = () => this.#die("message");
  }

  // The verdict as to_dict() gives it, or {input, error} for input the checker refuses.
  check(query) {
    const watchdog = setTimeout(() => this.#hung(), this.#config.timeouts.checkMs);
    const answer = this.#request("check", query);
    answer.catch(() => {}).finally(() => clearTimeout(watchdog));
    return answer;
  }

  // Keeps a new snapshot for the next visit; resolves true if one was stored.
  store() {
    return this.#request("store");
  }

  stop() {
    this.#worker?.terminate();
    this.#die("stopped");
  }

  #request(method, params) {
    if (this.#dead) return Promise.reject(this.#dead);
    const id = ++this.#lastId;
    return new Promise((resolve, reject) => {
      this.#open.set(id, { resolve, reject });
      this.#worker.postMessage({ id, method, params });
    });
  }

  #receive(message) {
    if (message.id === undefined) {
      if (this.#quiet !== null) this.#listen();
      this.step = message.step;
      this.received = message.received;
      this.onprogress?.(this.step, this.received);
      return;
    }
    const request = this.#open.get(message.id);
    this.#open.delete(message.id);
    if ("error" in message) request?.reject(Object.assign(new Error(message.error), { code: message.code }));
    else request?.resolve(message.value);
  }

  // (Re)starts the start's watchdog.
  #listen() {
    clearTimeout(this.#quiet);
    this.#quiet = setTimeout(() => this.#hung(), this.#config.timeouts.startMs);
  }

  // The worker stopped answering: it may be stuck in a loop that never yields, so it is ended,
  // and the snapshot it may have started from is not used again.
  #hung() {
    if (this.#dead) return;
    this.#worker?.terminate();
    const { cache } = this.#config.snapshot;
    CheckerClient.#dropping = (async () => {
      try {
        await caches.delete(cache);
      } catch {
        // no Cache Storage: nothing was stored
      }
    })();
    this.#die(Object.assign(new Error("timeout"), { code: "timeout" }));
  }

  #die(reason) {
    this.#dead ??= reason instanceof Error ? reason : new Error(reason);
    for (const { reject } of this.#open.values()) reject(this.#dead);
    this.#open.clear();
  }
}
