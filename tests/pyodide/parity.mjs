// Runs checker.result_json in real Pyodide under Node, from the files the site ships (its
// trimmed, compiled stdlib and zips), for every case, started the way the browser starts it
// (boot.mjs): once cold, and once restored from the memory snapshot that cold start made, warmed
// by the self-test's inputs as the browser's is.
// After each start's cases it imports every module the zips hold that CPython can import.
// Usage: node parity.mjs CASES.json RUNTIME.json
//   CASES: {langs: [names], cases: [{number, channel, text, where}]}
//   RUNTIME: the site's runtime as support/node.mjs reads it, and modules: [names]
// Prints {runtime, snapshot_bytes, warm, cold: [...], restored: [...]}: one JSON string per case
// and language, in the order [case0/lang0, case0/lang1, …, case1/lang0, …]; warm: whether the
// restored interpreter held the UK's metadata before its first case (only the warm-up loads it).
import { readFileSync } from "node:fs";

import { importLoadPyodide, readRuntime } from "../../support/node.mjs";

const [casesFile, runtimeFile] = process.argv.slice(2);
const { langs, cases } = JSON.parse(readFileSync(casesFile, "utf-8"));
const { startChecker, options, own: { modules } } = await readRuntime(runtimeFile);
const loadPyodide = await importLoadPyodide(options.indexURL);

function runAll(resultJson) {
  const out = [];
  for (const { number, channel, text, where } of cases) {
    for (const lang of langs) out.push(resultJson(number, channel, text ?? undefined, lang, where));
  }
  return out;
}

function importAll(pyodide) {
  pyodide.globals.set("MODULES", JSON.stringify(modules));
  pyodide.runPython("import json\nfor name in json.loads(MODULES):\n    __import__(name)");
}

const cold = await startChecker(loadPyodide, { ...options, makeSnapshot: true });
const coldResults = runAll(cold.resultJson);
importAll(cold.pyodide);
const restored = await startChecker(loadPyodide, { ...options, snapshot: cold.snapshot });
const warm = restored.pyodide.runPython("import sys; 'phonenumbers.data.region_GB' in sys.modules");
const restoredResults = runAll(restored.resultJson);
importAll(restored.pyodide);
const runtimeVersions = restored.pyodide.runPython(
  "import sys, phonenumbers, checker; f'{sys.version.split()[0]} {phonenumbers.__version__} {checker.__version__}'");
process.stdout.write(JSON.stringify({ runtime: runtimeVersions, snapshot_bytes: cold.snapshot.length, warm, cold: coldResults, restored: restoredResults }));
