// The checker's Web Worker: starts self-hosted Pyodide with the checker (boot.mjs), then answers
// checks. Running here keeps the page responsive while Pyodide starts. Messages:
//   in:  {type: "init", pyodide, boot, zips, snapshot: {cache, key}, runtime: {stdLibURL, …}}
//        {type: "check", id, number, channel, text, lang}
//   out: {type: "progress", step}, {type: "ready", ms, start: "cold" | "snapshot"},
//        {type: "stored"}, {type: "failed", reason}, {type: "verdict", id, result}
//
// The first start saves a memory snapshot in Cache Storage, under a name that changes with the
// runtime, so later visits restore it instead of starting Python from nothing.

let resultJson = null;

async function fetchBytes(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${response.status} ${new URL(url).pathname}`);
  return new Uint8Array(await response.arrayBuffer());
}

// Cache Storage exists only in secure contexts (https, or 127.0.0.1); without it, start cold.
async function savedSnapshot({ cache, key }) {
  try {
    const hit = await (await caches.open(cache)).match(key);
    return hit ? new Uint8Array(await hit.arrayBuffer()) : null;
  } catch {
    return null;
  }
}

async function saveSnapshot({ cache, key }, bytes) {
  try {
    await (await caches.open(cache)).put(key, new Response(bytes, { headers: { "Content-Type": "application/octet-stream" } }));
    return true;
  } catch {
    return false;  // out of quota, or no Cache Storage: the next visit starts cold, that is all
  }
}

async function boot({ pyodide: indexURL, boot: bootURL, zips: zipURLs, snapshot: where, runtime }) {
  const started = performance.now();
  postMessage({ type: "progress", step: 1 });
  const [{ loadPyodide }, { startChecker }, zips, saved] = await Promise.all([
    import(indexURL + "pyodide.mjs"),
    import(bootURL),
    Promise.all(zipURLs.map(async (url) => ({ name: new URL(url).pathname.split("/").pop(), bytes: await fetchBytes(url) }))),
    savedSnapshot(where),
  ]);
  postMessage({ type: "progress", step: 2 });
  let checker = null;
  if (saved) {
    try {
      checker = await startChecker(loadPyodide, { ...runtime, indexURL, zips, snapshot: saved });
    } catch {
      await caches.delete(where.cache);  // unusable: drop it and start cold
    }
  }
  checker ??= await startChecker(loadPyodide, { ...runtime, indexURL, zips, makeSnapshot: true });
  resultJson = checker.resultJson;
  postMessage({ type: "ready", ms: Math.round(performance.now() - started), start: saved && !checker.snapshot ? "snapshot" : "cold" });
  if (checker.snapshot && (await saveSnapshot(where, checker.snapshot))) postMessage({ type: "stored" });
}

self.onmessage = async ({ data }) => {
  if (data.type === "init") {
    try {
      await boot(data);
    } catch (error) {
      postMessage({ type: "failed", reason: String(error && error.message ? error.message : error) });
    }
  } else if (data.type === "check") {
    // undefined, not null: Pyodide turns JS null into jsnull, undefined into None.
    const json = resultJson(data.number, data.channel, data.text || undefined, data.lang);
    postMessage({ type: "verdict", id: data.id, result: JSON.parse(json) });
  }
};
