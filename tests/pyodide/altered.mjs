// A memory snapshot of the site's runtime in which one rule's risk was changed, as a same-origin
// neighbour or a corrupted store could leave one: boot.mjs's own cold start, with the change made
// right after `import checker`, before the snapshot is taken.
// Usage: node altered.mjs RUNTIME.json SPEC.json OUT
//   SPEC: {rule, risk, cases: [[number, channel, text, lang, where], …]}
// Writes the snapshot to OUT; prints the answers the restored snapshot gives to the cases.
import { readFileSync, writeFileSync } from "node:fs";

import { importLoadPyodide, readRuntime } from "../../support/node.mjs";

const [runtimeFile, specFile, out] = process.argv.slice(2);
const { rule, risk, cases } = JSON.parse(readFileSync(specFile, "utf-8"));
const { startChecker, options } = await readRuntime(runtimeFile);
const loadPyodide = await importLoadPyodide(options.indexURL);

// startChecker imports the checker with one runPython: the change follows it.
const change = `\nfrom checker.rules import RULES_BY_ID\nobject.__setattr__(RULES_BY_ID[${JSON.stringify(rule)}], "risk", ${JSON.stringify(risk)})`;
async function altering(settings) {
  const pyodide = await loadPyodide(settings);
  const runPython = pyodide.runPython.bind(pyodide);
  pyodide.runPython = (code, ...rest) => runPython(code + change, ...rest);
  return pyodide;
}

const cold = await startChecker(altering, { ...options, makeSnapshot: true });
writeFileSync(out, cold.snapshot);
const restored = await startChecker(loadPyodide, { ...options, snapshot: cold.snapshot });
process.stdout.write(JSON.stringify(cases.map((args) => restored.resultJson(...args.map((arg) => arg ?? undefined)))));
