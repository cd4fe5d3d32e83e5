// Runs checker.result_json in real Pyodide (the npm package, under Node) for every case.
// Usage: node parity.mjs CASES.json WHEEL... ; prints a JSON array of JSON strings, one per
// case and language, in the order [case0/zh, case0/en, case1/zh, …].
import { readFileSync } from "node:fs";
import { loadPyodide } from "pyodide";

const [casesFile, ...wheels] = process.argv.slice(2);
const cases = JSON.parse(readFileSync(casesFile, "utf-8"));
const pyodide = await loadPyodide({ stdout: () => {}, stderr: () => {} });
await pyodide.loadPackage(wheels, { messageCallback: () => {} });
const resultJson = pyodide.pyimport("checker").result_json;
const out = [];
for (const { number, channel, text } of cases) {
  for (const lang of ["zh", "en"]) {
    out.push(resultJson(number, channel, text ?? undefined, lang));
  }
}
const meta = pyodide.runPython("import sys, phonenumbers, checker; f'{sys.version.split()[0]} {phonenumbers.__version__} {checker.__version__}'");
process.stdout.write(JSON.stringify({ runtime: meta, results: out }));
