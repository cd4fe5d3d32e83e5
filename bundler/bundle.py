"""What the site ships of the checker, and the one configuration its pages give the browser.

- the ``checker`` package, from a wheel built from this checkout;
- phonenumbers: the pinned ``phonenumberslite`` wheel without what the checker never imports;
- the Pyodide runtime from node_modules/pyodide (each file as the tarball package-lock.json
  locks holds it: npm.py), with a stdlib of only what the checker needs in place of python_stdlib.zip.
runtime.py compiles all three to .pyc with that Pyodide. The zips sit under a directory named
by their content hash, the stdlib under a name with its hash and Pyodide under its version,
so a new release never reuses a stale URL; the browser imports the zips in place
(assets/checker/boot.mjs).

The configuration (``Bundle.config``; the hook adds each page's "rootURL" and "lazy"):
  {"version", "rootURL", "lazy", "workerURL", "serviceWorkerURL", "download", "progressBytes", "scope",
   "runtime": {"indexURL", "stdLibURL", "lockFileContents", "zipURLs", "bootURL", "heapBytes"},
   "preload": {"scriptURLs", "fetchURLs"}, "snapshot": {"cache", "prefix", "keyURL"},
   "selftest": {"cases", "sha256"}, "timeouts": {"stallMs", "startMs", "checkMs"}, "answers": {"baseURL"}}
Every key that names a URL ends in URL or URLs: "rootURL" is relative to the page, the others to
the site root, and assets/checker/client.js makes them all absolute by that name alone.
"runtime" reaches boot.mjs's startChecker untouched. "preload" is every file the worker's start
requests, as the worker requests it: module scripts it imports, and files it (or Pyodide) fetches;
the page fetches them all at once, in parallel, rather than one after another as the start finds
it needs each (client.js, and intent.js on the pages that only prefetch them). "scope" starts the name of everything the
site keeps in the origin's storage (Cache Storage, localStorage), so that sites sharing an origin
(every project site on <user>.github.io) never touch each other's; "snapshot" names the cache of
this runtime's memory snapshot and the start of every snapshot cache's name. "selftest" holds
the self-test's inputs and the SHA-256 of the answers CPython gives them for this very source
(selftest.py). "timeouts" (TIMEOUTS) are how long the page waits for the checker before it says
it failed and offers a retry. "download" is what a first visit transfers (the page says so before
it starts), the largest file of stored answers included; "answers" is where the answers the build
worked out in advance are (answers.py: "<lang>/<where>.json" under baseURL); "progressBytes" what the worker's downloads receive, decoded, the whole of its
progress bar: the WebAssembly, the stdlib and the zips, which are fetched (FETCHED; Pyodide's
scripts are imported).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from . import answers, runtime
from .hosting import SERVED_AS, transferred
from .npm import verified
from .selftest import selftest
from .wheels import digest, runtime_sources

# What loadPyodide() fetches of the npm package; the stdlib and lock file come from the build.
PYODIDE_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm")
WIDGET_DIR = Path("overrides", "assets", "checker")
WIDGET_FILES = (
    "features.js",
    "widget.js",
    "client.js",
    "answers.js",
    "worker.js",
    "boot.mjs",
    "widget.css",
    "intent.js",
)
# The widget's scripts a first visit to the Check page fetches, besides the runtime.
WIDGET_SCRIPTS = ("features.js", "widget.js", "client.js", "answers.js", "worker.js", "boot.mjs")
SNAPSHOTS = "snapshot-"
# What of Pyodide the worker fetches (and so sees arrive), besides the stdlib.
FETCHED = ("pyodide.asm.wasm",)
# How long the page waits, in milliseconds, before it tells the reader the checker failed. Each
# counts time in which nothing happens, never the whole: a slow link that keeps sending (5 MB at
# 1 Mbit/s takes 40 s) never fails.
TIMEOUTS = {
    "stallMs": 30_000,  # a download of the runtime that receives no byte for this long fails
    "startMs": 60_000,  # a start the worker says nothing of for this long (Python's start is silent)
    "checkMs": 15_000,  # one check (a few milliseconds, normally)
}


@dataclass(frozen=True)
class Bundle:
    files: dict[str, Path | bytes]  # destination, relative to the site root -> source file or bytes
    config: dict


def scope(site_url: str) -> str:
    """The site's path, and a "#" no path holds: "/call-guide/#"."""
    path = urlsplit(site_url or "/").path
    return (path if path.endswith("/") else path + "/") + "#"


def download_size(files: dict[str, Path | bytes], widget_dir: Path) -> int:
    """What a first visit's checker transfers, as GitHub Pages serves it (gzip where it compresses)."""
    total = sum(
        transferred(dest, source if isinstance(source, bytes) else source.read_bytes())
        for dest, source in files.items()
    )
    return total + sum(transferred(name, (widget_dir / name).read_bytes()) for name in WIDGET_SCRIPTS)


def _size(source: Path | bytes) -> int:
    return len(source) if isinstance(source, bytes) else source.stat().st_size


def bundle(root: Path, site_url: str, *, service_worker: bool = True) -> Bundle:
    npm = verified(root, root / ".cache" / "npm")
    pyodide_version = json.loads((npm / "package.json").read_text())["version"]
    widget_dir = root / WIDGET_DIR

    built = runtime.build(root, runtime_sources(root), widget_dir / "boot.mjs")

    files: dict[str, Path | bytes] = {}
    pyodide_dir = f"assets/pyodide/{pyodide_version}/"
    for name in PYODIDE_FILES:
        files[pyodide_dir + name] = npm / name
    stdlib = f"python_stdlib-{digest(built.stdlib)}{SERVED_AS}"  # relative to pyodide_dir
    files[pyodide_dir + stdlib] = built.stdlib
    zip_urls = []
    for name, data in built.zips.items():
        dest = f"assets/python/{digest(data)}/{name}"
        files[dest] = data
        zip_urls.append(dest)

    answers_digest, answer_files = answers.build(root)
    answers_dir = f"assets/answers/{answers_digest}/"
    stored = {answers_dir + name: data for name, data in answer_files.items()}
    # A first visit fetches one of them: the largest, at most.
    largest = max(transferred(name, data) for name, data in stored.items())

    widget_version = digest(*(widget_dir / name for name in WIDGET_FILES))
    # A snapshot is only good for the very runtime, stdlib and zips it was made from.
    runtime_digest = digest(pyodide_version.encode(), built.stdlib, *built.zips.values(), widget_dir / "boot.mjs")
    own = scope(site_url)
    worker_url = f"assets/checker/worker.js?v={widget_version}"
    boot_url = f"assets/checker/boot.mjs?v={widget_version}"
    fetched = [*(pyodide_dir + name for name in FETCHED), pyodide_dir + stdlib, *zip_urls]
    config = {
        # This build of the checker: a page whose server copy carries another version is stale.
        "version": digest(widget_version.encode(), runtime_digest.encode()),
        "workerURL": worker_url,
        "serviceWorkerURL": "sw.js" if service_worker else None,
        "download": download_size(files, widget_dir) + largest,
        "progressBytes": sum(_size(files[dest]) for dest in fetched),
        "scope": own,
        # Passed as it is to boot.mjs's startChecker: the stdlib the build made, and the lock
        # file's header (so loadPyodide makes no request for it).
        "runtime": {
            "indexURL": pyodide_dir,
            "stdLibURL": pyodide_dir + stdlib,
            "lockFileContents": runtime.lock_contents(npm),
            "zipURLs": zip_urls,
            "bootURL": boot_url,
            "heapBytes": runtime.initial_heap((npm / "pyodide.asm.wasm").read_bytes()),
        },
        "preload": {
            "scriptURLs": [
                *(pyodide_dir + name for name in PYODIDE_FILES if name not in FETCHED),
                boot_url,
                worker_url,
            ],
            "fetchURLs": fetched,
        },
        # The key is never fetched: any URL of the site's will do.
        "snapshot": {
            "cache": f"{own}{SNAPSHOTS}{runtime_digest}",
            "prefix": own + SNAPSHOTS,
            "keyURL": "assets/checker/snapshot",
        },
        "selftest": selftest(root),
        "timeouts": TIMEOUTS,
        "answers": {"baseURL": answers_dir},
    }
    return Bundle({**files, **stored}, config)
