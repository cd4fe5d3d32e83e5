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

// A stdLibURL relative to indexURL, which may be a URL or (under Node) a file path, as loadPyodide takes it.
function nextTo(indexURL, url) {
  const resolved = new URL(url, new URL(indexURL, "file:///"));
  return resolved.protocol === "file:" ? decodeURIComponent(resolved.pathname) : resolved.href;
}

// loadPyodide: from pyodide.mjs. indexURL: Pyodide's directory. stdLibURL (relative to
// indexURL) and lockFileContents: from the build; without them Pyodide's own are fetched.
// zips: [{name, bytes}]. snapshot: bytes from an earlier start of these very files, or null.
// makeSnapshot: whether to return a new snapshot; heapBytes: the heap Pyodide starts with, from
// the build: a snapshot that outgrew it could never be restored, and is not returned. Other
// keys are ignored.
export async function startChecker(loadPyodide, { indexURL, stdLibURL, lockFileContents, zips, snapshot = null, makeSnapshot = false, heapBytes = Infinity }) {
  const options = { indexURL, stdout: () => {}, stderr: () => {} };
  if (stdLibURL) options.stdLibURL = nextTo(indexURL, stdLibURL);
  if (lockFileContents) options.lockFileContents = lockFileContents;
  const pyodide = await loadPyodide(snapshot ? { ...options, _loadSnapshot: snapshot } : { ...options, _makeSnapshot: makeSnapshot });
  pyodide.FS.mkdirTree(ZIP_DIR);
  const paths = zips.map(({ name, bytes }) => {
    const path = `${ZIP_DIR}/${name}`;
    pyodide.FS.writeFile(path, bytes);
    return path;
  });
  if (!snapshot) {
    pyodide.runPython(`import sys\nsys.path[:0] = ${JSON.stringify(paths)}\nimport checker`);
  }
  // Taken before any call into the checker, while no JavaScript object is held by Python.
  const image = !snapshot && makeSnapshot ? pyodide.makeMemorySnapshot() : null;
  const restorable = image && snapshotMemory(image) <= heapBytes ? image : null;
  return { pyodide, resultJson: pyodide.pyimport("checker").result_json, snapshot: restorable };
}
