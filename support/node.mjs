// The start that tests/pyodide/parity.mjs and bench/pyodide.mjs share: the site's runtime, as
// support/runtime.py's site_runtime() writes it to RUNTIME.json, made ready for boot.mjs.
import { readFileSync } from "node:fs";
import { basename, resolve } from "node:path";
import { pathToFileURL } from "node:url";

// Pyodide's directory as loadPyodide's indexURL takes it: absolute, with a trailing slash.
export function pyodideDir(path) {
  return resolve(path) + "/";
}

// loadPyodide from the pyodide.mjs in that directory.
export async function importLoadPyodide(indexURL) {
  return (await import(pathToFileURL(indexURL + "pyodide.mjs"))).loadPyodide;
}

// RUNTIME: {indexURL, boot, stdLibURL, lockFileContents, heapBytes, zips: [paths], warmup}, and any keys
// of the caller's own. Returns boot.mjs's module (startChecker…); the options startChecker takes
// (each zip read into {name, bytes}); and the caller's keys.
export async function readRuntime(file) {
  const { indexURL, boot, stdLibURL, lockFileContents, heapBytes, zips, warmup, ...own } = JSON.parse(readFileSync(file, "utf-8"));
  const module = await import(pathToFileURL(resolve(boot)));
  const options = {
    indexURL: pyodideDir(indexURL), stdLibURL, lockFileContents, heapBytes, warmup,
    zips: zips.map((path) => ({ name: basename(path), bytes: new Uint8Array(readFileSync(path)) })),
  };
  return { ...module, startChecker: module.startChecker, options, own };
}
