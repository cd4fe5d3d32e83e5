// Build step behind bundler/runtime.py: runs the locked Pyodide under Node, starts the
// checker as the browser does (boot.mjs), and records which stdlib modules it loads; then that
// same Pyodide compiles them, and the checker's zips, to .pyc.
// Usage: node runtime.mjs SPEC.json OUT_DIR
//   SPEC: {pyodide: dir, boot: path, zips: [{name, path}], modules: [dotted names the zips hold],
//          cases: [result()'s keyword arguments, ...] (refused inputs; the rule examples are added
//          here), heapBytes: the heap Pyodide's module starts with}
//   OUT_DIR gets stdlib/… and zips/<name>/…: the extracted sources with a .pyc beside each .py
//   (runtime.py packs the .pyc files), and report.json: {python, stdlib, checked,
//   unimportable}.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [specFile, outDir] = process.argv.slice(2);
const spec = JSON.parse(readFileSync(specFile, "utf-8"));
const indexURL = resolve(spec.pyodide) + "/";
const { loadPyodide } = await import(pathToFileURL(indexURL + "pyodide.mjs"));
const { startChecker } = await import(pathToFileURL(resolve(spec.boot)));
const zips = spec.zips.map(({ name, path }) => ({ name, bytes: new Uint8Array(readFileSync(path)) }));
// Compiled without column tables (PEP 657): smaller .pyc, the same bytecode.
const load = (options) => loadPyodide({ ...options, env: { PYTHONNODEBUGRANGES: "1" } });

// Imports every module of the zips, checks every rule example and refused input in every
// language, and returns the stdlib modules then loaded from the stdlib zip (frozen and
// built-in ones need no file). Uses only modules Pyodide's own start has loaded already.
// phonenumberslite keeps the carrier, geocoder and timezone modules but not their data, so
// those cannot be imported anywhere; any other missing module fails the build.
const EXERCISE = `
import json, sys
import checker
from checker.languages import CODES
own = {name.split(".")[0] for name in json.loads(MODULES)}
unimportable = []
for name in json.loads(MODULES):
    try:
        __import__(name)
    except ModuleNotFoundError as error:
        if (error.name or "").split(".")[0] not in own:
            raise
        unimportable.append(name)
cases = [{"number": e.number, "channel": e.channel, "text": e.text, "where": where}
         for rule in checker.RULES for e in (*rule.matches, *rule.misses) for where in ("cn", "abroad")]
cases += json.loads(CASES)  # every input the checker refuses, as result()'s keyword arguments
for case in cases:
    for lang in CODES:
        checker.result_json(**case, lang=lang)
STDLIB = "/lib/python%d%d.zip/" % sys.version_info[:2]
def from_zip(module):
    spec = getattr(module, "__spec__", None)
    return spec is not None and spec.origin != "frozen" and (getattr(module, "__file__", None) or "").startswith(STDLIB)
json.dumps({"cases": len(cases), "unimportable": unimportable, "stdlib": sorted(m.__file__[len(STDLIB):] for m in list(sys.modules.values()) if from_zip(m))})
`;

function exercise(pyodide) {
  pyodide.globals.set("MODULES", JSON.stringify(spec.modules));
  pyodide.globals.set("CASES", JSON.stringify(spec.cases));
  return JSON.parse(pyodide.runPython(EXERCISE));
}

// Cold, as a first visit starts, and restored from the snapshot that start made, as later ones do.
const cold = await startChecker(load, { indexURL, zips, makeSnapshot: true });
const { memory } = cold;
if (memory > spec.heapBytes) {
  // Every warm start would fail to restore it and go cold (pyodide#6254).
  console.error(`runtime.mjs: the memory snapshot holds ${memory} bytes of heap, more than the ${spec.heapBytes} ` +
    "Pyodide starts with, so it could never be restored: import less when the checker starts");
  process.exit(1);
}
const first = exercise(cold.pyodide);
const restored = await startChecker(load, { indexURL, zips, snapshot: cold.snapshot });
const second = exercise(restored.pyodide);
const stdlib = [...new Set([...first.stdlib, ...second.stdlib])].sort();

// Compile in the cold interpreter, after recording, so the compiler's imports are not recorded.
// Each .pyc's file name is the path zipimport would give its source, as tracebacks show it;
// unchecked hash-based .pyc files hold no timestamp (reproducible) and are never checked
// against a source (there is none in the zip).
mkdirSync(outDir, { recursive: true });
const pyodide = cold.pyodide;
pyodide.FS.mkdirTree("/out");
pyodide.mountNodeFS("/out", resolve(outDir));
pyodide.globals.set("TREES", JSON.stringify([
  { zip: `/lib/python${pyodide.runPython("'%d%d' % __import__('sys').version_info[:2]")}.zip`, names: stdlib, dest: "/out/stdlib" },
  ...spec.zips.map(({ name }) => ({ zip: `/checker/${name}`, names: null, dest: `/out/zips/${name}` })),
]));
pyodide.runPython(`
import compileall, json, py_compile, sys, zipfile
assert compile("x", "x", "exec").co_positions().__next__()[2] is None, "PYTHONNODEBUGRANGES did not apply"
for tree in json.loads(TREES):
    with zipfile.ZipFile(tree["zip"]) as archive:
        archive.extractall(tree["dest"], tree["names"])
    if not compileall.compile_dir(tree["dest"], ddir=tree["zip"], legacy=True, quiet=1, workers=1,
                                  invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH):
        raise SystemExit(f"could not compile {tree['zip']}")
`);
const python = pyodide.runPython("import sys; sys.version.split()[0]");
writeFileSync(`${outDir}/report.json`, JSON.stringify({ python, stdlib, checked: first.cases, unimportable: first.unimportable, snapshotMemory: memory, heapBytes: spec.heapBytes }, null, 1));
