// The memory snapshot at the edge of the heap Pyodide starts with (pyodide#6254): the site's
// runtime, started cold with a snapshot, as the browser's worker starts it.
// Usage: node snapshot.mjs RUNTIME.json
// Prints {memory, heapBytes, kept, keptAtEdge, droppedBelow, restored, oversized}: the snapshot's
// heap bytes; whether startChecker returned it with the build's heapBytes and with heapBytes of
// exactly its size; whether it dropped it with one byte less; what a restore at the edge
// answers; and the error a snapshot one page too large gets when it is restored anyway.
import { readFileSync } from "node:fs";

import { importLoadPyodide, readRuntime } from "../../support/node.mjs";

const [runtimeFile] = process.argv.slice(2);
const { startChecker, snapshotMemory, options } = await readRuntime(runtimeFile);
const loadPyodide = await importLoadPyodide(options.indexURL);

const cold = await startChecker(loadPyodide, { ...options, makeSnapshot: true });
const memory = snapshotMemory(cold.snapshot);
const atEdge = await startChecker(loadPyodide, { ...options, makeSnapshot: true, heapBytes: memory });
const below = await startChecker(loadPyodide, { ...options, makeSnapshot: true, heapBytes: memory - 1 });
const restored = await startChecker(loadPyodide, { ...options, snapshot: atEdge.snapshot });
const larger = new Uint8Array(cold.snapshot.byteLength + 65536);
larger.set(cold.snapshot);
let oversized = null;
try {
  await startChecker(loadPyodide, { ...options, snapshot: larger });
} catch (error) {
  oversized = String(error);
}
process.stdout.write(JSON.stringify({
  memory, heapBytes: options.heapBytes, kept: cold.snapshot !== null, keptAtEdge: atEdge.snapshot !== null,
  droppedBelow: below.snapshot === null, restored: restored.resultJson("4008001234", "call", undefined, "en", "cn"),
  oversized,
}));
