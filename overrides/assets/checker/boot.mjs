// Starts the checker in Pyodide. The browser's worker and the tests under Node run this same
// code, so what CI checks is what readers get.
//
// The checker and phonenumbers are zip files imported in place by Python's zipimport: one
// file write each, nothing unpacked. A memory snapshot of an interpreter that has already
// imported the checker restores in a fraction of a cold start. Pyodide cannot snapshot once
// loadPackage has run ("Unexpected hiwire entry"), which is one more reason to zipimport.
// The file system is not part of a snapshot, so the zips are written again after a restore;
// the interpreter's import state (sys.path, zipimport's index of each zip) comes back with it.
//
// The build (bundler/runtime.py) gives a stdlib of only the modules the checker and
// Pyodide's start load, compiled to .pyc, and the lock file's header, so no request is made for it.

const ZIP_DIR = "/checker";

// The bytes of heap a memory snapshot holds: all of it after its header, whose length is the
// snapshot's second 32-bit word. It restores only into a heap at least as large (pyodide#6254).
export function snapshotMemory(snapshot) {
  return snapshot.byteLength - new Uint32Array(snapshot.buffer, snapshot.byteOffset, 2)[1];
}

// A snapshot as it is stored: most of a fresh heap is zeros, so only its non-zero pages are
// kept, which more than halves what a warm start reads from Cache Storage and hashes. The form: MAGIC,
// the snapshot's length (u32, little-endian), a bitmap of its PAGE-byte pages (bit i of byte
// i >> 3: page i is kept), then the kept pages in order (the last may be short).
const MAGIC = [0x50, 0x79, 0x53, 0x31];  // "PyS1"
const PAGE = 4096;  // of 31.5 MB, 4 KiB pages keep 14.4 MB, 64 KiB (wasm's) 14.9 MB

export function sparse(snapshot) {
  const pages = Math.ceil(snapshot.byteLength / PAGE);
  const bitmapAt = MAGIC.length + 4;
  const dataAt = bitmapAt + Math.ceil(pages / 8);
  const out = new Uint8Array(dataAt + snapshot.byteLength);  // trimmed below to what is kept
  out.set(MAGIC);
  new DataView(out.buffer).setUint32(MAGIC.length, snapshot.byteLength, true);
  // Pyodide's snapshot is a fresh buffer (byteOffset 0), so whole pages read as 32-bit words.
  const words = snapshot.byteOffset % 4 === 0 ? new Uint32Array(snapshot.buffer, snapshot.byteOffset, snapshot.byteLength >> 2) : null;
  let end = dataAt;
  for (let page = 0; page < pages; page++) {
    const start = page * PAGE;
    const stop = Math.min(start + PAGE, snapshot.byteLength);
    if (isZero(snapshot, words, start, stop)) continue;
    out[bitmapAt + (page >> 3)] |= 1 << (page & 7);
    out.set(snapshot.subarray(start, stop), end);
    end += stop - start;
  }
  return out.slice(0, end);
}

function isZero(bytes, words, start, stop) {
  const wordStop = words ? Math.min(stop >> 2, words.length) : start >> 2;
  for (let i = start >> 2; i < wordStop; i++) if (words[i]) return false;
  for (let i = Math.max(start, wordStop << 2); i < stop; i++) if (bytes[i]) return false;
  return true;
}

// The snapshot sparse() stored, whole again; anything else throws.
export function dense(stored) {
  if (stored.byteLength < MAGIC.length + 4 || MAGIC.some((byte, i) => stored[i] !== byte)) {
    throw new Error("not a stored snapshot");
  }
  const length = new DataView(stored.buffer, stored.byteOffset, stored.byteLength).getUint32(MAGIC.length, true);
  const pages = Math.ceil(length / PAGE);
  const bitmapAt = MAGIC.length + 4;
  let at = bitmapAt + Math.ceil(pages / 8);
  const out = new Uint8Array(length);  // zeros but where a page was kept
  for (let page = 0; page < pages; page++) {
    if (!(stored[bitmapAt + (page >> 3)] & (1 << (page & 7)))) continue;
    const size = Math.min(PAGE, length - page * PAGE);
    if (at + size > stored.byteLength) throw new Error("a stored snapshot cut short");
    out.set(stored.subarray(at, at + size), page * PAGE);
    at += size;
  }
  if (at !== stored.byteLength) throw new Error("a stored snapshot with bytes to spare");
  return out;
}

// A stdLibURL relative to indexURL, which may be a URL or (under Node) a file path, as loadPyodide takes it.
function nextTo(indexURL, url) {
  const resolved = new URL(url, new URL(indexURL, "file:///"));
  return resolved.protocol === "file:" ? decodeURIComponent(resolved.pathname) : resolved.href;
}

// loadPyodide: from pyodide.mjs. indexURL: Pyodide's directory. stdLibURL (relative to
// indexURL) and lockFileContents: from the build; without them Pyodide's own are fetched.
// createPyodideModule: pyodide.asm.mjs's export, if the caller imported it already.
// zips: [{name, bytes}]. snapshot: stored bytes (sparse()) from an earlier start of these very
// files, or null. makeSnapshot: whether to return a new snapshot, stored form; warmup: inputs
// (result_json's arguments) to answer before it is taken, so that a restored interpreter has
// imported, compiled and cached what they need; heapBytes: the heap Pyodide starts with, from
// the build: a snapshot that outgrew it could never be restored, and is not returned.
// Returns {pyodide, resultJson, snapshot, memory: the new snapshot's heap bytes}. Other keys
// are ignored.
export async function startChecker(loadPyodide, { indexURL, stdLibURL, lockFileContents, createPyodideModule, zips, snapshot = null, makeSnapshot = false, warmup = [], heapBytes = Infinity }) {
  const options = { indexURL, stdout: () => {}, stderr: () => {} };
  if (stdLibURL) options.stdLibURL = nextTo(indexURL, stdLibURL);
  if (lockFileContents) options.lockFileContents = lockFileContents;
  if (createPyodideModule) options.createPyodideModule = createPyodideModule;
  const pyodide = await loadPyodide(snapshot ? { ...options, _loadSnapshot: dense(snapshot) } : { ...options, _makeSnapshot: makeSnapshot });
  pyodide.FS.mkdirTree(ZIP_DIR);
  const paths = zips.map(({ name, bytes }) => {
    const path = `${ZIP_DIR}/${name}`;
    pyodide.FS.writeFile(path, bytes);
    return path;
  });
  if (!snapshot) {
    pyodide.runPython(`import sys\nsys.path[:0] = ${JSON.stringify(paths)}\nimport checker`);
  }
  let image = null;
  if (!snapshot && makeSnapshot) {
    // Called from Python, and the inputs are a literal (JSON's string escapes are Python's):
    // a snapshot must be taken while no JavaScript object is held by Python.
    if (warmup.length) {
      pyodide.runPython(`import json\nfor args in json.loads(${JSON.stringify(JSON.stringify(warmup))}):\n    checker.result_json(*args)\ndel args`);
    }
    image = pyodide.makeMemorySnapshot();
  }
  const memory = image && snapshotMemory(image);
  return {
    pyodide, resultJson: pyodide.pyimport("checker").result_json,
    snapshot: image && memory <= heapBytes ? sparse(image) : null, memory,
  };
}
