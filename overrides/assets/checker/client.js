// The page's side of the checker's Web Worker (worker.js), so that view code (widget.js) calls
// methods and never sees a message. Each request carries an id; the worker answers each id
// exactly once, {id, value} or {id, error}, and the answer settles that request's promise.
// Messages without an id are progress reports while Python starts. If the worker dies, every
// open request is rejected: every request gets an answer.
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

  #worker;
  #open = new Map();  // id -> {resolve, reject}
  #lastId = 0;
  #dead = null;  // why the worker can answer no more

  constructor(config) {
    performance.mark("checker-start");  // for bench/ and the browser's performance panel
    this.step = 1;  // of starting: 1 fetching, 2 starting Python
    this.onprogress = null;
    // A worker started from its own URL would run under no Content-Security-Policy, for a meta
    // policy binds only its document; one started from a blob: URL inherits the page's. So the
    // worker is a blob: module that imports worker.js, and runs as confined as the page.
    const source = new Blob([`import ${JSON.stringify(config.workerURL)};`], { type: "text/javascript" });
    this.#worker = new Worker(URL.createObjectURL(source), { type: "module" });
    this.#worker.onmessage = ({ data }) => this.#receive(data);
    this.#worker.onerror = (event) => {
      event.preventDefault();
      this.#die(event.message || "worker");
    };
    this.#worker.onmessageerror = () => this.#die("message");
    // Resolves {ms, start: "cold" | "snapshot", dropped} once Python passed its self-test.
    this.started = this.#request("start", config);
    // On the Check page the worker may fail before the form exists to hear it; widget.js
    // awaits this same promise once it does, so an early failure is not "unhandled".
    this.started.catch(() => {});
  }

  // The verdict as to_dict() gives it, or {input, error} for input the checker refuses.
  check(query) {
    return this.#request("check", query);
  }

  // Keeps a new snapshot for the next visit; resolves true if one was stored.
  store() {
    return this.#request("store");
  }

  stop() {
    this.#worker.terminate();
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
      this.step = message.step;
      this.onprogress?.(message.step);
      return;
    }
    const request = this.#open.get(message.id);
    this.#open.delete(message.id);
    if ("error" in message) request?.reject(new Error(message.error));
    else request?.resolve(message.value);
  }

  #die(reason) {
    this.#dead ??= new Error(reason);
    for (const { reject } of this.#open.values()) reject(this.#dead);
    this.#open.clear();
  }
}
