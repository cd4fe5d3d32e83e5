// The memory snapshot at the edge of the heap Pyodide starts with (pyodide#6254): the site's
// runtime, started cold with a snapshot, as the browser's worker starts it.
// Usage: node snapshot.mjs RUNTIME.json
// Prints {memory, heapBytes, kept, keptAtEdge, droppedBelow, restored, oversized}: the snapshot's
// heap bytes; whether startChecker returned it with the build's heapBytes and with heapBytes of
// exactly its size; whether it dropped it with one byte less; what a restore at the edge
// answers; and the error a snapshot one page too large gets when it is restored anyway. And the
// stored form (boot.mjs's sparse and dense) of the real snapshot Pyodide made: its size, whether
// dense() gives back Pyodide's bytes exactly and sparse() the stored ones, and what dense() says
// of stored bytes cut short, with a byte to spare, and of bytes never stored.
// Prints also {raw, stored, denseExact, sparseExact, cutShort, spare, unstored}.
import { readFileSync } from "node:fs";

import { importLoadPyodide, readRuntime } from "../../support/node.mjs";

const [runtimeFile] = process.argv.slice(2);
const { startChecker, sparse, dense, options } = await readRuntime(runtimeFile);
const loadPyodide = await importLoadPyodide(options.indexURL);

// Pyodide's own snapshot, kept as makeMemorySnapshot gave it, before boot.mjs stores it.
let raw = null;
async function keeping(settings) {
  const pyodide = await loadPyodide(settings);
  const make = pyodide.makeMemorySnapshot.bind(pyodide);
  pyodide.makeMemorySnapshot = (...args) => (raw = make(...args));
  return pyodide;
}
const cold = await startChecker(keeping, { ...options, makeSnapshot: true });
const same = (a, b) => a.byteLength === b.byteLength && a.every((byte, i) => byte === b[i]);
const refusal = (bytes) => {
  try {
    dense(bytes);
    return null;
  } catch (error) {
    return String(error);
  }
};
const extra = new Uint8Array(cold.snapshot.byteLength + 1);
extra.set(cold.snapshot);
const stored = {
  raw: raw.byteLength, stored: cold.snapshot.byteLength, denseExact: same(dense(cold.snapshot), raw),
  sparseExact: same(sparse(raw), cold.snapshot), cutShort: refusal(cold.snapshot.subarray(0, cold.snapshot.byteLength - 1)),
  spare: refusal(extra), unstored: refusal(raw),
};
const { memory } = cold;
const atEdge = await startChecker(loadPyodide, { ...options, makeSnapshot: true, heapBytes: memory });
const below = await startChecker(loadPyodide, { ...options, makeSnapshot: true, heapBytes: memory - 1 });
const restored = await startChecker(loadPyodide, { ...options, snapshot: atEdge.snapshot });
const whole = dense(cold.snapshot);
const larger = new Uint8Array(whole.byteLength + 65536);
larger.set(whole);
let oversized = null;
try {
  await startChecker(loadPyodide, { ...options, snapshot: sparse(larger) });
} catch (error) {
  oversized = String(error);
}
process.stdout.write(JSON.stringify({
  memory, heapBytes: options.heapBytes, kept: cold.snapshot !== null, keptAtEdge: atEdge.snapshot !== null,
  droppedBelow: below.snapshot === null, restored: restored.resultJson("4008001234", "call", undefined, "en", "cn"),
  oversized, ...stored,
}));
