// One timed start of Pyodide under Node, in a fresh process each time (bench/node.py).
// Usage: node pyodide.mjs MODE SNAPSHOT_FILE RUNTIME.json
//   RUNTIME: the site's runtime as support/node.mjs reads it, and stock: the npm package's dir
//   stock:    the npm package's loadPyodide(), as it comes, and nothing else
//   cold:     the checker started from the site's runtime as the browser's worker starts it on
//             a first visit (boot.mjs, making a snapshot), to its first verdict; writes the snapshot
//   snapshot: the checker restored from that snapshot, to its first verdict
// Prints {ms} (and {bytes} of the snapshot for cold).
import { readFileSync, writeFileSync } from "node:fs";

import { importLoadPyodide, pyodideDir, readRuntime } from "../support/node.mjs";

const [mode, snapshotFile, runtimeFile] = process.argv.slice(2);
const { startChecker, options, own: { stock } } = await readRuntime(runtimeFile);
const snapshot = mode === "snapshot" ? new Uint8Array(readFileSync(snapshotFile)) : null;

const started = performance.now();
const loadPyodide = await importLoadPyodide(mode === "stock" ? pyodideDir(stock) : options.indexURL);
const report = {};
if (mode === "stock") {
  await loadPyodide();
} else {
  const checker = await startChecker(loadPyodide, { ...options, snapshot, makeSnapshot: mode === "cold" });
  const verdict = JSON.parse(checker.resultJson("4008001234", "call", undefined, "zh"));
  if (verdict.risk !== "danger") throw new Error(`unexpected verdict ${verdict.risk}`);
  if (checker.snapshot) {
    writeFileSync(snapshotFile, checker.snapshot);
    report.bytes = checker.snapshot.length;
  }
}
report.ms = performance.now() - started;
process.stdout.write(JSON.stringify(report));
