// One timed start of Pyodide under Node, in a fresh process each time (bench/node.py).
// Usage: node pyodide.mjs MODE SNAPSHOT_FILE RUNTIME.json
//   RUNTIME: {stock: npm package dir, indexURL, boot, stdLibURL, lockFileContents, zips: [paths]}
//   stock:    the npm package's loadPyodide(), as it comes, and nothing else
//   cold:     the checker started from the site's runtime as the browser's worker starts it on
//             a first visit (boot.mjs, making a snapshot), to its first verdict; writes the snapshot
//   snapshot: the checker restored from that snapshot, to its first verdict
// Prints {ms} (and {bytes} of the snapshot for cold).
import { readFileSync, writeFileSync } from "node:fs";
import { basename, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [mode, snapshotFile, runtimeFile] = process.argv.slice(2);
const { stock, boot, zips: zipFiles, ...runtime } = JSON.parse(readFileSync(runtimeFile, "utf-8"));
const indexURL = resolve(mode === "stock" ? stock : runtime.indexURL) + "/";
const zips = zipFiles.map((file) => ({ name: basename(file), bytes: new Uint8Array(readFileSync(file)) }));
const { startChecker } = await import(pathToFileURL(resolve(boot)));
const snapshot = mode === "snapshot" ? new Uint8Array(readFileSync(snapshotFile)) : null;

const started = performance.now();
const { loadPyodide } = await import(pathToFileURL(indexURL + "pyodide.mjs"));
const report = {};
if (mode === "stock") {
  await loadPyodide();
} else {
  const checker = await startChecker(loadPyodide, { ...runtime, indexURL, zips, snapshot, makeSnapshot: mode === "cold" });
  const verdict = JSON.parse(checker.resultJson("4008001234", "call", undefined, "zh"));
  if (verdict.risk !== "danger") throw new Error(`unexpected verdict ${verdict.risk}`);
  if (checker.snapshot) {
    writeFileSync(snapshotFile, checker.snapshot);
    report.bytes = checker.snapshot.length;
  }
}
report.ms = performance.now() - started;
process.stdout.write(JSON.stringify(report));
