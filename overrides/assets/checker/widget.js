// The checker widget: reads the form, asks the checker (client.js, which runs it in a Web
// Worker) and shows the verdict. User input is only ever set as text (textContent), never
// parsed as HTML. What the reader types stays out of the address bar and the history: a link
// that holds a check (#n=…&c=sms&t=…&w=abroad, a fragment browsers never send to a server) is
// made only when the reader copies one, and a link that is opened is read, then cleared.
// Where the reader is (a region's key) is remembered on this device only; the first guess comes
// from the device's time zone, worked out here, and is shown until the reader confirms it.
// A classic script in the page's head, run before the page is laid out (which takes a slow
// phone longer than fetching this file), so the worker starts at once; the form is taken over
// once the document has been parsed.

"use strict";

(() => {
  // features.js found that this browser cannot run the checker, and has said so in the form.
  if (window.checkerUnsupported) return;

  const ERROR_ICON = "✖";  // verdicts carry their own risk_icon; errors are not verdicts

  const config = CheckerClient.readConfig();
  // Another site could frame this page with a check of its choosing and overlay it: a meta CSP
  // cannot forbid framing, and GitHub Pages sends no header that could.
  const framed = window.top !== window.self;

  // On the Check page the checker starts loading now; the Home page's waits to be used.
  let early = config.lazy || framed ? null : new CheckerClient(config);

  function el(tag, props = {}, ...children) {
    const node = document.createElement(tag);
    Object.assign(node, props);
    node.append(...children);
    return node;
  }

  // The numbers an advice item tells the reader to dial become tel: links. The checker marks
  // them: each span is [start, end, href], its offsets in code points (checker/result.py).
  function withDialLinks(text, spans) {
    const chars = Array.from(text);
    const parts = [];
    let at = 0;
    for (const [start, end, href] of spans) {
      parts.push(chars.slice(at, start).join(""), el("a", { href, textContent: chars.slice(start, end).join("") }));
      at = end;
    }
    parts.push(chars.slice(at).join(""));
    return parts;
  }

  // The fragment's fields, percent-decoded only: a "+" is a plus (#n=+8695588), unlike in
  // URLSearchParams, which reads it as a space.
  function readFragment(hash) {
    const fields = new Map();
    for (const pair of hash.replace(/^#/, "").split("&")) {
      const [key, ...rest] = pair.split("=");
      const value = rest.join("=");
      try {
        fields.set(key, decodeURIComponent(value));
      } catch {
        fields.set(key, value);  // a broken %-escape: take it as typed
      }
    }
    return fields;
  }

  function fragment(fields) {
    return "#" + Object.entries(fields).map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join("&");
  }

  // Text as typed may end in half an emoji (a lone surrogate), which encodeURIComponent and the
  // checker's UTF-8 refuse: each half becomes U+FFFD, as a decoder would write it.
  function wellFormed(text) {
    if (typeof text.toWellFormed === "function") return text.toWellFormed();
    let out = "";
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      const pair = unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length &&
        text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff;
      if (pair) {
        out += text[i] + text[++i];
      } else {
        out += unit >= 0xd800 && unit <= 0xdfff ? "\ufffd" : text[i];
      }
    }
    return out;
  }

  // Bidirectional controls would show a number reordered ("88559" as "95588"): the shown
  // number leaves them out, and sits in a <bdi> of its own.
  const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

  // localStorage and sessionStorage may be switched off; then nothing is remembered. Blocked
  // site data makes even reading window.localStorage throw, so each is named ("localStorage",
  // "sessionStorage") and read only inside the try.
  function remembered(storage, name) {
    try {
      return window[storage].getItem(CheckerClient.scoped(config, name));
    } catch {
      return null;
    }
  }

  function forget(storage, name) {
    try {
      window[storage].removeItem(CheckerClient.scoped(config, name));
    } catch {
      // nothing was stored
    }
  }

  function remember(storage, name, value) {
    try {
      window[storage].setItem(CheckerClient.scoped(config, name), value);
      return true;
    } catch {
      return false;
    }
  }

  // Whether the server now has another build of this page: after a deploy, an open tab asks
  // for files that are gone. A network that answers nothing must not hold up the failure.
  async function replaced() {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), config.timeouts.stallMs);
    try {
      const response = await fetch(location.href.split("#")[0], { cache: "no-store", signal: controller.signal });
      if (!response.ok) return false;
      const page = new DOMParser().parseFromString(await response.text(), "text/html");
      const found = page.getElementById("checker-config");
      return Boolean(found) && JSON.parse(found.textContent).version !== config.version;
    } catch {
      return false;  // offline: nothing to learn
    } finally {
      clearTimeout(timer);
    }
  }

  // Reloads to the new build, once per old build: if the reload brings this same version back
  // (a stale cache), the reader gets the error and a retry instead of a loop. Without
  // sessionStorage there is no guard, so no reload either.
  function mayReload() {
    try {
      return window.sessionStorage.getItem(CheckerClient.scoped(config, "reloaded")) !== config.version;
    } catch {
      return false;
    }
  }

  function reloadOnce() {
    if (!mayReload() || !remember("sessionStorage", "reloaded", config.version)) return false;
    location.reload();
    return true;
  }

  // A template's {name}s filled in: a function replacer, so that a "$" in the text stays as it is.
  function fill(template, fields) {
    return template.replace(/\{(\w+)\}/g, (whole, name) => fields[name] ?? whole);
  }

  // The verdict as it leads, read aloud and shared: the risk word, the one sentence, the one action.
  function summary(verdict, t) {
    return fill(t.summary, { risk: verdict.risk_label, lead: verdict.lead, action: verdict.action });
  }

  // The language tag a voice on this device reads `tags` in (checker/languages.py's, best
  // first), or null. The reader's own languages come first: a device set to zh-HK reads
  // Traditional Chinese in Cantonese, one set to en-GB English with a British voice.
  function speechLang(tags) {
    const lower = (tag) => String(tag).replace(/_/g, "-").toLowerCase();
    const within = (tag, range) => lower(tag) === lower(range) || lower(tag).startsWith(lower(range) + "-");
    const voices = window.speechSynthesis.getVoices();
    const own = (navigator.languages ?? []).filter((tag) => tags.some((range) => within(tag, range)));
    return [...own, ...tags].find((tag) => voices.some((voice) => within(voice.lang, tag))) ?? null;
  }

  // "Read it to me": the device's own speech engine reads the text; nothing leaves the device.
  // Shown only while the device has a voice for the page's language (voices arrive late, with
  // voiceschanged); a second press stops.
  function readButton(text, tags, t) {
    const button = el("button", { type: "button", className: "verdict__read", textContent: t.read, hidden: true });
    const speech = window.speechSynthesis;
    if (!speech || typeof window.SpeechSynthesisUtterance !== "function") return button;
    let reading = null;
    const done = () => {
      reading = null;
      button.textContent = t.read;
    };
    const offer = () => {
      if (!button.isConnected) {
        speech.removeEventListener("voiceschanged", offer);  // a later verdict replaced it
        return;
      }
      button.hidden = !speechLang(tags);
      if (button.hidden && reading) {
        speech.cancel();
        done();
      }
    };
    button.hidden = !speechLang(tags);
    if (typeof speech.addEventListener === "function") speech.addEventListener("voiceschanged", offer);
    button.addEventListener("click", () => {
      speech.cancel();  // this verdict, or anything else this page was reading
      if (reading) {
        done();
        return;
      }
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.lang = speechLang(tags) ?? tags[0];
      utterance.addEventListener("end", () => reading === utterance && done());
      utterance.addEventListener("error", () => reading === utterance && done());
      reading = utterance;
      button.textContent = t.read_stop;
      speech.speak(utterance);
    });
    return button;
  }

  // "Share with family": the system's share sheet with the verdict and its link; where there is
  // none, or it fails (other than by the reader closing it), the same text and link are copied,
  // or shown in a read-only field to copy by hand.
  async function share(button, data, t) {
    if (typeof navigator.share === "function") {
      try {
        await navigator.share(data);
        return;
      } catch (error) {
        if (error.name === "AbortError") return;
      }
    }
    const text = `${data.text}\n${data.url}`;
    await copyOrShow(button, text, t.share_copied, t.share_failed,
      () => el("textarea", { readOnly: true, value: text, rows: 4, className: "verdict__shared", ariaLabel: t.share }));
  }

  // Copies `text` and says so on the button; where the clipboard refuses, says that and shows the
  // text in a read-only field beside the button (made by `field`, once) to copy by hand.
  async function copyOrShow(button, text, copied, failed, field) {
    try {
      await navigator.clipboard.writeText(text);
      button.textContent = copied;
    } catch {
      button.textContent = failed;
      const shown = field();
      if (!button.parentNode.querySelector(`.${shown.className}`)) button.after(" ", shown);
    }
  }

  // Resolves once what is on screen has been painted: after the next frame, in a task of its
  // own (a hidden tab paints no frames, so the timeout stands in).
  const painted = () => new Promise((done) => {
    const next = () => setTimeout(done, 0);
    requestAnimationFrame(next);
    setTimeout(next, 100);
  });

  class NumberCheck {
    constructor(form) {
      this.form = form;
      this.t = JSON.parse(form.dataset.strings);
      this.lang = form.dataset.lang;
      this.result = form.querySelector("#number-check-result");
      this.status = form.querySelector(".number-check__status");
      this.actions = form.querySelector(".number-check__actions");
      this.bar = form.querySelector(".number-check__progress");
      this.checker = null;
      this.ready = false;
      this.pending = null;
      this.replaced = false;
      this.seq = 0;
      this.shown = null;  // the query whose verdict is on show
      this.stored = null;  // while the checker loads: {query, answer} of the stored answer (answerStored)
      this.failures = 0;  // in a row: from the second, the rule table is offered instead
      this.guess = form.querySelector(".number-check__guess");
      const where = remembered("localStorage", "where");
      if (this.isRegion(where)) {
        form.elements.where.value = where;
      } else {
        this.guessRegion(JSON.parse(form.dataset.zones));
      }
      // Any change to what was checked checks again, so the verdict always fits the form.
      form.addEventListener("change", ({ target }) => {
        if (target.name === "where") this.confirmRegion();
        if (this.shown && ["number", "channel", "where", "text"].includes(target.name) && this.changed()) this.submit();
      });
      form.addEventListener("submit", (event) => {
        event.preventDefault();
        this.submit();
      });
      if (config.lazy) {
        form.addEventListener("focusin", () => this.start(), { once: true });
      } else {
        this.start();
      }
      // The stored answers of the place chosen, so that the first check's is at hand.
      const prefetch = () => CheckerAnswers.table(config, this.lang, form.elements.where.value);
      if (config.lazy) form.addEventListener("focusin", prefetch, { once: true });
      else prefetch();
      window.addEventListener("hashchange", () => this.fromFragment());
      if (!this.fromFragment()) this.resume();
    }

    async start() {
      if (this.checker) return;
      const checker = early ?? new CheckerClient(config);
      early = null;
      this.checker = checker;
      this.form.dataset.state = "loading";
      // The step in words, the bytes on a bar: of all the runtime's downloads, as the build counted them.
      let said = 0;
      const loading = (step, received) => {
        if (step !== said) this.sayLoading();
        said = step;
        Object.assign(this.bar, { max: config.progressBytes, value: received, hidden: false });
      };
      loading(checker.step, checker.received);
      checker.onprogress = loading;
      let started;
      try {
        started = await checker.started;
      } catch (error) {
        if (this.checker === checker) {
          this.bar.hidden = true;
          await this.failed(error);
        }
        return;
      }
      if (this.checker !== checker) return;  // stopped meanwhile
      this.bar.hidden = true;
      this.ready = true;
      Object.assign(this.form.dataset, { state: "ready", readyMs: String(started.ms), start: started.start });
      if (started.dropped) this.form.dataset.dropped = started.dropped;
      performance.mark("checker-ready", { detail: started.phases });  // the worker's steps, for bench/
      this.say(this.t.ready);
      const shown = this.pending ? this.run(this.pending) : null;
      this.pending = null;
      // Storing the snapshot (hashing 14 MB, in the worker) and the service worker's precache
      // would compete with the first verdict: they wait until it has been painted.
      await shown;
      await painted();
      if (this.checker !== checker) return;
      this.keepOffline();
      performance.mark("checker-store");
      if (await checker.store().catch(() => false)) this.form.dataset.snapshot = "stored";
    }

    // Once the checker has loaded, the service worker (which every page registers) keeps its
    // runtime too, for offline use: only now, so article pages never download Pyodide, and
    // never twice, since it finds the runtime in the HTTP cache. data-offline says it is kept.
    keepOffline() {
      if (!config.serviceWorkerURL || !("serviceWorker" in navigator)) return;
      performance.mark("checker-offline");
      navigator.serviceWorker.register(config.serviceWorkerURL)
        .then(() => navigator.serviceWorker.ready)
        .then((registration) => {
          const channel = new MessageChannel();
          channel.port1.onmessage = ({ data }) => { if (data) this.form.dataset.offline = "kept"; };
          registration.active.postMessage("keep-runtime", [channel.port2]);
        })
        .catch(() => {});  // offline use is a bonus
    }

    stop() {
      this.checker?.stop();
      this.checker = null;
      this.ready = false;
    }

    // The checker could not start. If a deploy replaced this page's build, a reload brings the
    // new one: at once if a check is waiting (it is in the fragment, so the reload runs it),
    // else at the next check, so that nothing the reader is typing is lost.
    async failed(error) {
      this.stop();
      this.replaced ||= await replaced();
      if (this.checker) return;  // the reader started it again meanwhile
      const reloading = this.replaced && mayReload();
      if (reloading && this.pending && this.reloadFor(this.pending)) return;
      this.form.dataset.state = "failed";
      delete this.form.dataset.busy;
      if (reloading) {
        this.say(this.t.updated);
        return;
      }
      const retry = el("button", { type: "button", textContent: this.t.retry });
      retry.addEventListener("click", () => this.start());
      const reason = { stalled: this.t.stalled, timeout: this.t.unresponsive }[error.code] ?? error.message;
      this.failures += 1;
      this.say(this.t.failed.replace("{reason}", reason), retry, ...this.instead());
    }

    // From the second failure in a row, a way to the answers that needs no checker.
    instead() {
      if (this.failures < 2) return [];
      return [" ", el("a", { href: this.form.dataset.rules, className: "number-check__instead", textContent: this.t.rules_instead })];
    }

    // While the checker loads: its step, and whether a check waits for it (with no stored
    // answer shown, which says so itself).
    sayLoading() {
      const stored = this.stored?.query === this.pending ? this.stored.answer : undefined;
      const waiting = !this.pending || stored ? [] : [stored === null ? this.t.unlisted : this.t.waiting];
      this.say(this.t.loading.replace("{step}", String(this.checker.step)), ...waiting);
    }

    say(text, ...extra) {
      this.status.hidden = false;
      this.status.replaceChildren(text, ...(extra.length ? [" ", ...extra] : []));
    }

    read() {
      const fields = this.form.elements;
      return {
        number: wellFormed(fields.number.value),
        channel: fields.channel.value || "call",
        text: wellFormed(fields.text.value),
        where: fields.where.value || "cn",
      };
    }

    // data-busy is up from a request until its answer is on show, or the checker failed to
    // start; an answer to a request since superseded never shows.
    submit(query = this.read()) {
      this.form.dataset.busy = "true";
      if (this.replaced && this.reloadFor(query)) return;
      if (this.ready) {
        this.run(query);
      } else {
        this.pending = query;
        this.start();
        this.answerStored(query);
        this.sayLoading();
        // Said next to the Check button, which a reader who pressed Enter in a field may not see.
        this.actions.scrollIntoView({ block: "nearest", behavior: "instant" });
      }
    }

    async run(query) {
      const id = ++this.seq;
      let verdict;
      try {
        verdict = await this.checker.check({ ...query, lang: this.lang });
      } catch (error) {
        if (id === this.seq) this.crashed(query, error);
        return;
      }
      if (id !== this.seq) return;  // the reader has asked again meanwhile
      const stored = this.stored?.query === query ? this.stored.answer : null;
      this.stored = null;
      this.shown = query;
      // The stored answer on show must be the checker's, to the byte (both are result_json's
      // JSON, parsed): then it stays, and only loses its note; else the checker's replaces it.
      if (stored && JSON.stringify(JSON.parse(stored)) === JSON.stringify(verdict)) {
        this.result.querySelector(".verdict__stored")?.remove();
        this.result.dataset.verdictId = String(this.seq);
        delete this.form.dataset.busy;
        this.result.dataset.early = "same";
      } else {
        this.show(verdict);
        if (stored) {
          this.result.dataset.early = "different";
          console.warn("checker: the stored answer differs from the checker's", query, stored);
        }
      }
      performance.mark("checker-verdict");
    }

    // While the checker loads, the answer the build stored for this very input, if it has one
    // (answers.js), shown with a line that says so; run() checks it once the checker is ready.
    async answerStored(query) {
      const stored = { query, answer: undefined };  // undefined: still looking
      this.stored = stored;
      stored.answer = await CheckerAnswers.lookup(config, { ...query, lang: this.lang });
      if (this.stored !== stored || this.pending !== query) return;  // asked again, or answered meanwhile
      if (stored.answer === null) {
        if (this.result.dataset.early) {  // another input's stored answer, which no longer fits
          this.result.replaceChildren();
          for (const key of ["early", "risk", "rules"]) delete this.result.dataset[key];
        }
      } else {
        this.shown = query;
        this.show(JSON.parse(stored.answer));
        this.form.dataset.busy = "true";  // the checker's own answer is still to come
        this.result.dataset.early = "shown";
        this.result.querySelector(".verdict__head").after(el("p", { className: "verdict__stored", textContent: this.t.stored }));
        performance.mark("checker-answer");
      }
      this.sayLoading();
    }

    // The worker threw, died or stopped answering: no verdict, but an answer, and a retry on a
    // new worker.
    crashed(query, error) {
      this.stop();
      this.form.dataset.state = "failed";
      this.status.hidden = true;  // "ready" no longer holds; the result says what happened
      const retry = el("button", { type: "button", textContent: this.t.retry });
      retry.addEventListener("click", () => this.submit(query));
      const text = error.code === "timeout" ? this.t.hung : this.t.crashed;
      this.failures += 1;
      this.display("failed", "", this.errorHead(), el("p", { className: "verdict__error", textContent: text }), retry,
        ...this.instead());
    }

    changed() {
      const now = this.read();
      return Object.keys(now).some((key) => now[key] !== this.shown[key]);
    }

    isRegion(key) {
      return Boolean(key) && [...this.form.elements.where.options].some((option) => option.value === key);
    }

    // The time zone names a region for most places: then it is chosen, and said, with a button
    // to confirm it. Without a match the choice stays mainland China, as before.
    guessRegion(zones) {
      let zone = "";
      try {
        zone = Intl.DateTimeFormat().resolvedOptions().timeZone || "";
      } catch {
        return;
      }
      const key = zones[zone];
      if (!this.isRegion(key)) return;
      const select = this.form.elements.where;
      select.value = key;
      const ok = el("button", { type: "button", textContent: this.t.guess_ok });
      ok.addEventListener("click", () => this.confirmRegion());
      this.guess.replaceChildren(this.t.guess.replace("{region}", select.selectedOptions[0].textContent), " ", ok);
      this.guess.hidden = false;
      this.form.dataset.guess = key;
    }

    confirmRegion() {
      remember("localStorage", "where", this.form.elements.where.value);
      this.guess.hidden = true;
      delete this.form.dataset.guess;
    }

    // The link to a check, for the reader to share: it holds the number and the text.
    link({ number, channel, text, where }) {
      const fields = { n: number, c: channel };
      if (text) fields.t = text;
      if (where !== "cn") fields.w = where;
      return location.href.split("#")[0] + fragment(fields);
    }

    // A reload to a new build keeps a check that is waiting, for this tab only: in
    // sessionStorage, which the reloaded page reads once and clears (resume).
    reloadFor(query) {
      if (!mayReload() || !remember("sessionStorage", "pending", JSON.stringify(query))) return false;
      if (reloadOnce()) return true;
      forget("sessionStorage", "pending");
      return false;
    }

    resume() {
      const pending = remembered("sessionStorage", "pending");
      if (!pending) return;
      forget("sessionStorage", "pending");
      try {
        this.fill(JSON.parse(pending));
      } catch {
        return;
      }
      this.submit();
    }

    fill({ number, channel, text, where }) {
      const fields = this.form.elements;
      fields.number.value = String(number ?? "");
      fields.channel.value = channel === "sms" ? "sms" : "call";
      fields.text.value = String(text ?? "");
      fields.where.value = this.isRegion(where) ? where : "cn";
      if (this.form.dataset.guess !== fields.where.value) this.guess.hidden = true;
    }

    // A link says everything about its check, where included (absent: mainland China); it does
    // not change the choice this device remembers. Read, it leaves the address bar at once.
    fromFragment() {
      if (!location.hash.startsWith("#n=")) return false;
      const link = readFragment(location.hash);
      history.replaceState(null, "", location.href.split("#")[0]);
      this.fill({ number: link.get("n"), channel: link.get("c"), text: link.get("t"), where: link.get("w") });
      this.submit();
      return true;
    }

    // Shows a result under a heading that comes into view and takes the focus, so that a reader
    // on a phone sees it and a screen reader reads the risk word first (the icon is hidden from
    // it); the region stays live.
    display(risk, rules, head, ...body) {
      const heading = el(this.form.dataset.heading, { className: "verdict__head", tabIndex: -1 }, ...head);
      this.result.dataset.verdictId = String(this.seq);
      delete this.form.dataset.busy;
      delete this.result.dataset.early;
      this.result.dataset.risk = risk;
      this.result.dataset.rules = rules;
      this.result.replaceChildren(heading, ...body);
      heading.focus({ preventScroll: true });
      heading.scrollIntoView({ block: "start", behavior: "instant" });
    }

    errorHead() {
      return [el("span", { className: "verdict__icon", textContent: ERROR_ICON, ariaHidden: "true" }), " ",
        el("strong", { textContent: this.t.error })];
    }

    // A verdict, most urgent first: the risk word, one sentence and one action in large type, the
    // steps, "What has already happened?" (an answer each, opened by the reader), and last, closed,
    // why: the explanation, the rules with their sources, and the number as it was checked.
    show(verdict) {
      this.failures = 0;
      if (verdict.error) {
        this.display("error", "", this.errorHead(), el("p", { className: "verdict__error", textContent: verdict.error }));
        return;
      }
      const input = verdict.input.replace(BIDI_CONTROLS, "");
      const copy = el("button", { type: "button", className: "verdict__copy", textContent: this.t.copy });
      const query = this.shown;
      copy.addEventListener("click", () => this.copyLink(copy, query));
      this.display(verdict.risk, verdict.rules.join(" "),
        [el("span", { className: "verdict__icon", textContent: verdict.risk_icon, ariaHidden: "true" }), " ",
          el("strong", { className: "verdict__word", textContent: verdict.risk_label }), " ",
          el("bdi", { className: "verdict__number", textContent: input })],
        el("p", { className: "verdict__lead", textContent: verdict.lead }),
        el("p", { className: "verdict__action", textContent: verdict.action }),
        this.readAndShare(verdict, query),
        el("p", { className: "verdict__label", textContent: this.t.advice }),
        el("ul", { className: "verdict__steps" },
          ...verdict.advice.map((item, i) => el("li", {}, ...withDialLinks(item, verdict.dial[i])))),
        this.aftermath(verdict.aftermath),
        this.why(verdict),
        copy, el("p", { className: "verdict__note", textContent: this.t.copy_note }));
    }

    // "What has already happened?": each answer a <details> of its own, so a frightened reader opens
    // only theirs; each step names its sources.
    aftermath(answers) {
      return el("div", { className: "verdict__aftermath" },
        el("p", { className: "verdict__label", textContent: this.t.what_happened }),
        ...answers.map((answer) => el("details", { className: "verdict__answer" },
          el("summary", { textContent: answer.label }),
          el("ol", {}, ...answer.steps.map((step) => el("li", {}, ...withDialLinks(step.text, step.dial),
            this.cited(step.sources)))))));
    }

    why(verdict) {
      const home = this.form.dataset.home;
      return el("details", { className: "verdict__why" },
        el("summary", { textContent: this.t.why }),
        el("p", { className: "verdict__title", textContent: verdict.title }),
        ...verdict.explanation.split("\n").map((line) => el("p", { textContent: line })),
        ...(verdict.matches.length ? [
          el("p", { className: "verdict__label", textContent: this.t.rules }),
          el("ul", { className: "verdict__rules" }, ...verdict.matches.map((match) =>
            el("li", {}, el("a", { href: home + match.section, textContent: match.title }), this.cited(match.sources)))),
        ] : []),
        el("p", { className: "verdict__normalized" }, this.t.checked_as,
          el("bdi", { textContent: verdict.normalized })));
    }

    // Sources as a small line: each publisher, linked where its page has an address, with its date.
    cited(sources) {
      const parts = [];
      for (const source of sources) {
        if (parts.length) parts.push(this.lang === "en" ? "; " : "；");
        const name = source.url
          ? el("a", { href: source.url, rel: "noreferrer", textContent: source.publisher })
          : source.publisher;
        const date = !source.date ? [] : [this.lang === "en" ? ` (${source.date})` : `（${source.date}）`];
        parts.push(name, ...date);
      }
      return el("small", { className: "verdict__sources" }, this.t.sources, ...parts);
    }

    // The row under a verdict's heading: read it aloud, share it with family. The number and
    // the text go into a link only here, when the reader shares, and the row says so.
    readAndShare(verdict, query) {
      if (window.speechSynthesis?.speaking) window.speechSynthesis.cancel();  // the last verdict's
      const said = summary(verdict, this.t);
      const note = el("p", { className: "verdict__share-note", id: `verdict-share-${this.seq}`, textContent: this.t.share_note });
      const shareButton = el("button", { type: "button", className: "verdict__share", textContent: this.t.share });
      shareButton.setAttribute("aria-describedby", note.id);
      shareButton.addEventListener("click", () => share(shareButton, {
        title: document.title,
        text: fill(this.t.share_text, { number: verdict.normalized || verdict.input.replace(BIDI_CONTROLS, ""), summary: said }),
        url: this.link(query),
      }, this.t));
      return el("div", { className: "verdict__actions" },
        readButton(said, JSON.parse(this.form.dataset.voices), this.t), shareButton, note);
    }

    async copyLink(button, query) {
      const link = this.link(query);
      await copyOrShow(button, link, this.t.copied, this.t.copy_failed,
        () => el("input", { type: "text", readOnly: true, value: link, className: "verdict__link", ariaLabel: this.t.copy }));
    }
  }

  function attach() {
    const form = document.getElementById("number-check");
    if (!form) return;
    if (framed) {
      refuseFramed(form);
      return;
    }
    new NumberCheck(form);
  }

  // Framed by another page: no check runs, and the reader is offered this page on its own.
  function refuseFramed(form) {
    const t = JSON.parse(form.dataset.strings);
    form.dataset.state = "framed";
    for (const field of form.elements) field.disabled = true;
    const status = form.querySelector(".number-check__status");
    status.hidden = false;
    status.replaceChildren(t.framed, " ",
      el("a", { href: location.href.split("#")[0], target: "_blank", rel: "noopener", textContent: t.open_alone }));
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", attach, { once: true });
  } else {
    attach();
  }
})();
