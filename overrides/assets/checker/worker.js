// The checker's Web Worker: loads self-hosted Pyodide and the wheels, then answers checks.
// Running here keeps the page responsive while Pyodide starts. Messages:
//   in:  {type: "init", pyodide, wheels} and {type: "check", id, number, channel, text, lang}
//   out: {type: "progress", step}, {type: "ready", ms}, {type: "failed", reason},
//        {type: "verdict", id, result}

let resultJson = null;

async function boot({ pyodide: indexURL, wheels }) {
  const started = performance.now();
  postMessage({ type: "progress", step: 1 });
  const { loadPyodide } = await import(indexURL + "pyodide.mjs");
  const pyodide = await loadPyodide({ indexURL, stdout: () => {}, stderr: () => {} });
  postMessage({ type: "progress", step: 2 });
  // Wheels by URL with loadPackage: the npm runtime has no micropip, and needs none.
  await pyodide.loadPackage(wheels, { messageCallback: () => {}, checkIntegrity: false });
  postMessage({ type: "progress", step: 3 });
  resultJson = pyodide.pyimport("checker").result_json;
  postMessage({ type: "ready", ms: Math.round(performance.now() - started) });
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
