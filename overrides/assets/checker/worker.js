// The checker's Web Worker: starts self-hosted Pyodide with the checker (boot.mjs), then answers
// checks. Running here keeps the page responsive while Pyodide starts. The page speaks to it
// through client.js: requests {id, method, params}, each answered exactly once with {id, value}
// or {id, error, code}; while starting it also posts {step, received} (step 2: starting Python),
// again whenever bytes of a download arrive: the bytes all the start's downloads have received,
// decoded, which tells the page that the start is alive, and how far it has come.
// Its configuration is its name (client.js), so it starts as soon as it is loaded, before any
// message; the start request hears how that start ends.
//   start() -> {ms, start: "cold" | "snapshot", dropped: null | "digest" | "restore" | "selftest",
//               phases: {name: ms}} (timed(): what each step of the start took)
//   check({number, channel, text, lang, where}) -> the verdict, or {input, error}
//   store() -> whether a new snapshot was stored
//
// The first start saves a memory snapshot in Cache Storage (its non-zero pages, boot.mjs's sparse()), with its SHA-256, under a name that
// changes with the runtime, so later visits restore it instead of starting Python from nothing.
// A snapshot whose digest no longer matches is not restored. Whichever way Python started, it
// must answer the build's self-test exactly as CPython did (config.selftest) before it answers
// anyone; a restored one that fails is dropped and Python starts cold.
//
// Every download, the worker's own and Pyodide's (which calls the global fetch), fails if no
// byte of it arrives for config.timeouts.stallMs, and fails the start: Pyodide only logs a
// failed download of its WebAssembly, and then waits for ever.

const DIGEST = "X-Snapshot-SHA256";  // the header that carries a stored snapshot's digest

let config = null;
let resultJson = null;  // set only once its interpreter has passed the self-test
let fresh = null;  // a new snapshot's bytes, until store() keeps them
let storing = Promise.resolve();  // store()'s work, which dropSnapshot() must not race
let step = 0;  // of starting, while it starts (1 fetching, 2 starting Python); 0 once it is over
let received = 0;  // bytes the start's downloads have received
let failStart = () => {};  // rejects the start
const phases = {};  // ms each step of the start took, by name; some overlap (those in Promise.all)

const nativeFetch = fetch.bind(self);

// fetch, watched: a stall (no byte for stallMs) aborts it; a failure fails the start. The
// response goes on as it came (so that the browser can cache the code compiled from it); a
// clone is read alongside, to see the bytes arrive.
async function watchedFetch(input, init) {
  const path = new URL(input instanceof Request ? input.url : input, location.href).pathname;
  const controller = new AbortController();
  let timer;
  const alive = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const error = Object.assign(new Error(`no data for ${config.timeouts.stallMs} ms: ${path}`), { code: "stalled" });
      failStart(error);
      controller.abort(error);
    }, config.timeouts.stallMs);
  };
  alive();
  let response;
  try {
    response = await nativeFetch(input, { ...init, signal: controller.signal });
  } catch (error) {
    clearTimeout(timer);
    failStart(error);
    throw error;
  }
  if (!response.ok || !response.body) {
    clearTimeout(timer);
    if (!response.ok) failStart(new Error(`${response.status} ${path}`));
    return response;
  }
  const reader = response.clone().body.getReader();
  (async () => {
    try {
      for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
        alive();
        received += chunk.value.byteLength;
        if (step) postMessage({ step, received });
      }
    } catch {
      // aborted, or failed: the response's own reader hears it too
    } finally {
      clearTimeout(timer);
    }
  })();
  return response;
}

async function fetchZip(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${response.status} ${new URL(url).pathname}`);
  return { name: new URL(url).pathname.split("/").pop(), bytes: new Uint8Array(await response.arrayBuffer()) };
}

async function sha256(bytes) {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, "0")).join("");
}

// Cache Storage exists only in secure contexts (https, or 127.0.0.1); without it, start cold.
// caches.match, not caches.open: a first visit creates no empty cache.
async function savedSnapshot() {
  try {
    const hit = await caches.match(config.snapshot.keyURL, { cacheName: config.snapshot.cache });
    return hit ? { bytes: new Uint8Array(await hit.arrayBuffer()), digest: hit.headers.get(DIGEST) } : null;
  } catch {
    return null;
  }
}

async function intact({ bytes, digest }) {
  try {
    return digest === (await sha256(bytes));
  } catch {
    return false;  // no SubtleCrypto: nothing is restored unverified
  }
}

async function dropSnapshot() {
  fresh = null;
  await storing;
  try {
    await caches.delete(config.snapshot.cache);
  } catch {
    // no Cache Storage: nothing was stored
  }
}

// Whether this interpreter gives the build's answers: the SHA-256 of its answers to the
// self-test's inputs (one example of every rule, in every language), one a line, must be the one
// CPython's answers have (bundler/selftest.py). Arguments are JSON, so text is null where Python
// wants None: Pyodide turns JS undefined into None, but null into jsnull.
async function passes(checker) {
  let answers;
  try {
    answers = config.selftest.cases.map((args) => checker.resultJson(...args.map((arg) => arg ?? undefined)));
  } catch {
    return false;
  }
  return (await answersDigest(checker, answers.join("\n"))) === config.selftest.sha256;
}

// SubtleCrypto exists only in secure contexts. On plain http, where nothing is stored or restored
// (no Cache Storage either), a cold start's interpreter hashes with Python's built-in SHA-256.
async function answersDigest(checker, text) {
  const bytes = new TextEncoder().encode(text);
  if (globalThis.crypto?.subtle) return sha256(bytes);
  return checker.pyodide.pyimport("_sha2").sha256(checker.pyodide.toPy(bytes)).hexdigest();
}

// [checker, null], or [null, why the snapshot is unusable].
async function restore(boot, saved) {
  if (!(await timed("sha256", () => intact(saved)))) return [null, "digest"];
  let checker;
  try {
    checker = await boot({ snapshot: saved.bytes });
  } catch {
    return [null, "restore"];
  }
  return (await timed("selftest", () => passes(checker))) ? [checker, null] : [null, "selftest"];
}

// work(), timed into phases[name] and the worker's performance timeline (as "checker name").
async function timed(name, work) {
  const start = performance.now();
  try {
    return await work();
  } finally {
    phases[name] = Math.round((performance.now() - start) * 10) / 10;
    performance.measure(`checker ${name}`, { start });
  }
}

// pyodide.asm.mjs's module factory, timed in phases: "wasm" from the call to the instantiated
// WebAssembly (fetch, compile, instantiate), "init" from there to the initialised module.
function timedFactory(createPyodideModule) {
  return async (settings) => {
    const start = performance.now();
    let instantiated = start;
    const { instantiateWasm } = settings;
    if (instantiateWasm) {
      settings.instantiateWasm = (imports, done) => instantiateWasm(imports, (...args) => {
        instantiated = performance.now();
        performance.measure("checker wasm", { start });
        phases.wasm = Math.round((instantiated - start) * 10) / 10;
        return done(...args);
      });
    }
    const module = await createPyodideModule(settings);
    phases.init = Math.round((performance.now() - instantiated) * 10) / 10;
    performance.measure("checker init", { start: instantiated });
    return module;
  };
}

async function startFrom(options) {
  config = options;
  step = 1;
  self.fetch = watchedFetch;
  try {
    return await Promise.race([startPython(), new Promise((_, reject) => { failStart = reject; })]);
  } finally {
    step = 0;
  }
}

const starting = startFrom(JSON.parse(self.name));
starting.catch(() => {});  // heard by the start request

function start() {
  return starting;
}

async function startPython() {
  const started = performance.now();
  const { runtime } = config;
  // pyodide.asm.mjs is imported here, beside the rest, not later by loadPyodide.
  const [{ loadPyodide }, { startChecker }, { default: createPyodideModule }, zips, saved] = await Promise.all([
    import(runtime.indexURL + "pyodide.mjs"),
    import(runtime.bootURL),
    timed("import", () => import(runtime.indexURL + "pyodide.asm.mjs")),
    Promise.all(runtime.zipURLs.map(fetchZip)),
    timed("read", savedSnapshot),
  ]);
  step = 2;
  postMessage({ step, received });
  const load = (options) => timed("loadPyodide", () => loadPyodide(options));
  const boot = (how) => timed("boot", () => startChecker(load, {
    ...runtime, createPyodideModule: timedFactory(createPyodideModule), zips, snapshot: null, makeSnapshot: false, ...how,
  }));
  let checker = null;
  let dropped = null;
  if (saved) {
    [checker, dropped] = await restore(boot, saved);
    if (dropped) await dropSnapshot();
  }
  if (!checker) {
    // Warmed by the self-test's inputs, so that a restore starts where they leave it.
    checker = await boot({ makeSnapshot: true, warmup: config.selftest.cases });
    if (!(await timed("selftest", () => passes(checker)))) throw new Error("the checker failed its self-test");
    fresh = checker.snapshot;
  }
  resultJson = checker.resultJson;
  return { ms: Math.round(performance.now() - started), start: saved && !dropped ? "snapshot" : "cold", dropped, phases };
}

async function check({ number, channel, text, lang, where }) {
  if (!resultJson) throw new Error("the checker has not started");
  try {
    return JSON.parse(resultJson(number, channel, text || undefined, lang, where));
  } catch (error) {
    // result_json answers any input; an exception means this interpreter is not to be trusted,
    // and the next start must not restore it.
    resultJson = null;
    await dropSnapshot();
    throw error;
  }
}

function store() {
  const job = storeSnapshot();
  storing = job.catch(() => {});
  return job;
}

async function storeSnapshot() {
  let stored = false;
  if (fresh) {
    const bytes = fresh;
    fresh = null;
    try {
      const headers = { "Content-Type": "application/octet-stream", [DIGEST]: await sha256(bytes) };
      await (await caches.open(config.snapshot.cache)).put(config.snapshot.keyURL, new Response(bytes, { headers }));
      stored = true;
    } catch {
      // out of quota, or no Cache Storage: the next visit starts cold, that is all
    }
  }
  // Snapshots of other runtimes are stale: a tab left open across a deploy may have stored one.
  try {
    for (const name of await caches.keys()) {
      if (name.startsWith(config.snapshot.prefix) && name !== config.snapshot.cache) await caches.delete(name);
    }
  } catch {
    // no Cache Storage
  }
  return stored;
}

const methods = { start, check, store };

// A Python exception's message is its whole traceback; the page needs its last line.
const reason = (error) => String(error?.message ?? error).trim().split("\n").pop();

self.onmessage = async ({ data: { id, method, params } }) => {
  try {
    postMessage({ id, value: await methods[method](params) });
  } catch (error) {
    // code: this worker's own ("stalled"), not a DOMException's number.
    postMessage({ id, error: reason(error), code: typeof error?.code === "string" ? error.code : undefined });
  }
};
