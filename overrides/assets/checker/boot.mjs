// Starts the checker in Pyodide. The browser's worker and the tests under Node run this same
// code, so what CI checks is what readers get.
//
// The checker and phonenumbers are zip files imported in place by Python's zipimport: one
// file write each, nothing unpacked. A memory snapshot of an interpreter that has already
// imported the checker restores in a fraction of a cold start. Pyodide cannot snapshot once
// loadPackage has run ("Unexpected hiwire entry"), which is one more reason to zipimport.
// The file system is not part of a snapshot, so the zips are written again after a restore;
// the interpreter's import state (sys.path, zipimport's index of each zip) comes back with it.

const ZIP_DIR = "/checker";

// loadPyodide: from pyodide.mjs. zips: [{name, bytes}]. snapshot: bytes from an earlier
// start of these very files, or null. makeSnapshot: whether to return a new snapshot.
export async function startChecker(loadPyodide, { indexURL, zips, snapshot = null, makeSnapshot = false }) {
  const quiet = { indexURL, stdout: () => {}, stderr: () => {} };
  const pyodide = await loadPyodide(snapshot ? { ...quiet, _loadSnapshot: snapshot } : { ...quiet, _makeSnapshot: makeSnapshot });
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
  return { pyodide, resultJson: pyodide.pyimport("checker").result_json, snapshot: image };
}
