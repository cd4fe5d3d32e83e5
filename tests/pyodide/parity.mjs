// Runs checker.result_json in real Pyodide (the npm package's runtime, as the site ships it,
// under Node) for every case, started the way the browser starts it (boot.mjs): once cold,
// and once restored from the memory snapshot that cold start made.
// Usage: node parity.mjs CASES.json PYODIDE_DIR BOOT_MJS ZIP...
// Prints {runtime, snapshot_bytes, cold: [...], restored: [...]}: one JSON string per case and
// language, in the order [case0/zh, case0/en, case1/zh, …].
import { readFileSync } from "node:fs";
import { basename, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [casesFile, pyodideDir, bootFile, ...zipFiles] = process.argv.slice(2);
const cases = JSON.parse(readFileSync(casesFile, "utf-8"));
const indexURL = resolve(pyodideDir) + "/";
const { loadPyodide } = await import(pathToFileURL(indexURL + "pyodide.mjs"));
const { startChecker } = await import(pathToFileURL(resolve(bootFile)));
const zips = zipFiles.map((file) => ({ name: basename(file), bytes: new Uint8Array(readFileSync(file)) }));

function runAll(resultJson) {
  const out = [];
  for (const { number, channel, text, where } of cases) {
    for (const lang of ["zh", "en"]) out.push(resultJson(number, channel, text ?? undefined, lang, where));
  }
  return out;
}

const cold = await startChecker(loadPyodide, { indexURL, zips, makeSnapshot: true });
const coldResults = runAll(cold.resultJson);
const restored = await startChecker(loadPyodide, { indexURL, zips, snapshot: cold.snapshot });
const restoredResults = runAll(restored.resultJson);
const runtime = restored.pyodide.runPython(
  "import sys, phonenumbers, checker; f'{sys.version.split()[0]} {phonenumbers.__version__} {checker.__version__}'");
process.stdout.write(JSON.stringify({ runtime, snapshot_bytes: cold.snapshot.length, cold: coldResults, restored: restoredResults }));
