"""The Python runtime the checker needs, built from the locked Pyodide.

Pyodide's python_stdlib.zip holds only .py sources (2.5 MB), so every cold start compiles the
~125 stdlib modules Pyodide's own start imports. Instead runtime.mjs runs that very Pyodide
under Node, starts the checker as the browser does (boot.mjs, cold and from a snapshot),
imports every module of its zips, checks every rule example and every input the checker refuses (checker.refusals), and records the
stdlib modules loaded; then that Pyodide compiles them, and the checker's zips, to .pyc (its
Python, its bytecode). This module packs the results as stored zips (hosting.SERVED_AS says
why), cached in .cache/runtime/ under a key over everything they derive from: the lock's
integrity for pyodide, the input zips, the scripts. A build reuses them only as they were
written: each file has the sha256 the cache's manifest recorded, and nothing is missing or extra.
"""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import subprocess
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from checker.refusals import result_cases

from .npm import locked
from .wheels import ZIP_TIME

SCRIPT = Path(__file__).resolve().with_name("runtime.mjs")


@dataclass(frozen=True)
class Runtime:
    stdlib: bytes  # the stdlib zip: .pyc of the recorded modules only
    zips: dict[str, bytes]  # shipped name -> the checker's zips, .pyc in place of .py
    report: dict  # runtime.mjs's report.json: python version, modules recorded, cases checked


WASM_PAGE = 65536
# A cached build's files. The manifest holds each one's sha256, written as it is built: an edited,
# truncated, missing or extra file makes the next build build it again.
STDLIB, REPORT, MANIFEST = "stdlib.zip", "report.json", "manifest.json"


def _leb128(data: bytes, at: int) -> tuple[int, int]:
    """An unsigned LEB128 number of the WebAssembly binary format, and where the next item starts."""
    value = shift = 0
    while True:
        byte = data[at]
        at += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, at


def initial_heap(wasm: bytes) -> int:
    """The bytes of memory Pyodide's module starts with: its memory section's initial pages.

    A memory snapshot restores only into a heap that holds it (pyodide#6254): one taken after the
    heap grew fails at every warm start, which would then quietly go cold."""
    at = 8  # past the magic number and version
    while at < len(wasm):
        section, at = wasm[at], at + 1
        size, at = _leb128(wasm, at)
        if section == 5:  # memory: a count, then each memory's limits (flags, initial pages, …)
            _, limits = _leb128(wasm, at)
            return _leb128(wasm, limits + 1)[0] * WASM_PAGE
        at += size
    raise SystemExit("pyodide.asm.wasm defines no memory: this Pyodide is not one the bundler knows")


def lock_contents(npm: Path) -> dict:
    """The lock file's header with no packages, passed to loadPyodide to save its request:
    the checker loads no Pyodide packages, and loadPyodide checks only the header's ABI."""
    return {"info": json.loads((npm / "pyodide-lock.json").read_text())["info"], "packages": {}}


def module_names(archive: bytes) -> list[str]:
    """Every module a zip holds, as dotted names (no __main__: that runs the CLI)."""
    names = []
    for name in zipfile.ZipFile(io.BytesIO(archive)).namelist():
        if name.endswith(".py") and ".dist-info/" not in name and not name.endswith("__main__.py"):
            names.append(name.removesuffix(".py").removesuffix("/__init__").replace("/", "."))
    return sorted(names)


def pack(tree: Path) -> bytes:
    """Everything under ``tree`` but .py sources and the wheel's RECORD (it lists the sources),
    as a reproducible stored zip."""
    files = {path.relative_to(tree).as_posix(): path for path in tree.rglob("*") if path.is_file()}
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as dest:
        for name, path in sorted(files.items()):
            if path.suffix != ".py" and not name.endswith(".dist-info/RECORD"):
                dest.writestr(zipfile.ZipInfo(name, ZIP_TIME), path.read_bytes())
    return out.getvalue()


def cache_key(root: Path, sources: dict[str, bytes], boot: Path) -> str:
    """A digest of everything the runtime derives from: a new lock or checker gives a new one."""
    sha = hashlib.sha256(locked(root)["integrity"].encode())
    for item in (SCRIPT.read_bytes(), Path(__file__).read_bytes(), boot.read_bytes()):
        sha.update(hashlib.sha256(item).digest())
    for name, data in sources.items():
        sha.update(hashlib.sha256(name.encode() + b"\0" + data).digest())
    return sha.hexdigest()[:16]


def build(root: Path, sources: dict[str, bytes], boot: Path) -> Runtime:
    """The stdlib zip and the compiled ``sources`` (shipped name -> zip of .py sources)."""
    cache = root / ".cache" / "runtime" / cache_key(root, sources, boot)
    names = {STDLIB, REPORT, *(f"zips/{name}" for name in sources)}
    files = _cached(cache, names) or _make(root / "node_modules" / "pyodide", sources, boot, cache)
    return Runtime(
        stdlib=files[STDLIB],
        zips={name: files[f"zips/{name}"] for name in sources},
        report=json.loads(files[REPORT]),
    )


def _cached(cache: Path, names: set[str]) -> dict[str, bytes] | None:
    """The files of a cached build, if the cache holds exactly ``names`` and each has the sha256
    its manifest recorded when it was built; None (build again) if anything differs."""
    try:
        manifest = dict(json.loads((cache / MANIFEST).read_text()))
    except (OSError, ValueError, TypeError):
        return None
    found = {path.relative_to(cache).as_posix() for path in cache.rglob("*") if path.is_file()} - {MANIFEST}
    if not found == names == manifest.keys():
        return None
    files = {name: (cache / name).read_bytes() for name in names}
    if any(hashlib.sha256(data).hexdigest() != manifest[name] for name, data in files.items()):
        return None
    return files


def _make(npm: Path, sources: dict[str, bytes], boot: Path, cache: Path) -> dict[str, bytes]:
    """Build the runtime into ``cache``, with its manifest, and give its files."""
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        (work / "in").mkdir()
        for name, data in sources.items():
            (work / "in" / name).write_bytes(data)
        spec = {
            "pyodide": str(npm),
            "boot": str(boot),
            "cases": result_cases(),
            "heapBytes": initial_heap((npm / "pyodide.asm.wasm").read_bytes()),
            "zips": [{"name": name, "path": str(work / "in" / name)} for name in sources],
            "modules": sorted(m for data in sources.values() for m in module_names(data)),
        }
        (work / "spec.json").write_text(json.dumps(spec))
        if not shutil.which("node"):
            raise SystemExit("building the Python runtime needs Node.js (node) on the PATH")
        run = subprocess.run(
            ["node", str(SCRIPT), str(work / "spec.json"), str(work / "out")], capture_output=True, text=True
        )
        if run.returncode != 0:
            if stop := next((line for line in run.stderr.splitlines() if line.startswith("runtime.mjs: ")), None):
                raise SystemExit(stop)  # a refusal of runtime.mjs's own: one line that says why
            # Node quotes the line that threw: all of minified pyodide.asm.mjs.
            said = "\n".join(line for line in run.stderr.splitlines() if len(line) < 1000)
            raise SystemExit(f"building the Python runtime failed (bundler/runtime.mjs):\n{said[-3000:]}")
        files = {STDLIB: pack(work / "out" / "stdlib"), REPORT: (work / "out" / "report.json").read_bytes()}
        files.update({f"zips/{name}": pack(work / "out" / "zips" / name) for name in sources})
        staged = work / "cache"
        for name, data in files.items():
            (staged / name).parent.mkdir(parents=True, exist_ok=True)
            (staged / name).write_bytes(data)
        manifest = {name: hashlib.sha256(data).hexdigest() for name, data in files.items()}
        (staged / MANIFEST).write_text(json.dumps(manifest, indent=1, sort_keys=True))
        cache.parent.mkdir(parents=True, exist_ok=True)
        shutil.rmtree(cache, ignore_errors=True)
        shutil.move(staged, cache)
    return files
