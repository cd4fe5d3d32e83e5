"""MkDocs hook: ship the checker to the browser, self-hosted, and put the widget on its pages.

Into the built site go
- the `checker` package, from a wheel built from this checkout with `python -m build`;
- phonenumbers: the pinned `phonenumberslite` wheel without what the checker never imports
  (NEVER_IMPORTED);
- the Pyodide runtime from node_modules/pyodide (the exact version package-lock.json locks),
  with a stdlib of only what the checker needs in place of python_stdlib.zip.
runtime.py compiles all three to .pyc with that Pyodide. The zips sit under a directory named
by their content hash, the stdlib under a name with its hash and Pyodide under its version,
so a new release never reuses a stale URL; the browser imports the zips in place
(assets/checker/boot.mjs). `<!-- checker-widget -->` (or `:compact`, which loads only once
the reader starts using it) becomes the form in partials/checker-form.html.

The page gets ONE configuration object (page.meta["checker"]["config"], written into the head as
JSON by overrides/main.html), and hands that same object to the worker:
  {"version", "root", "lazy", "worker", "serviceWorker", "download",
   "runtime": {"indexURL", "zipURLs", "boot", ...}, "snapshot": {"cache", "key"}, "selftest"}
"root" is the site root relative to the page; every other URL (keys named *URL or *URLs, and
"worker", "serviceWorker", "boot", "key") is relative to the site root, and the page makes them
all absolute when it reads the object (assets/checker/client.js). "runtime" reaches boot.mjs's
startChecker untouched. "selftest" holds known examples with the answers CPython gives for this
very source: an interpreter in the browser answers no one until it gives the same.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from importlib.metadata import version
from pathlib import Path

import runtime
from checker.languages import localized
from checker.refusal import resolve
from checker.ui import WIDGET

DEPENDENCY = "phonenumberslite"
# What loadPyodide() fetches of the npm package; the stdlib and lock file come from the build.
PYODIDE_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm")
WIDGET_FILES = ("widget.js", "client.js", "worker.js", "boot.mjs", "widget.css")
# The widget's scripts a first visit to the Check page fetches, besides the runtime.
WIDGET_SCRIPTS = ("widget.js", "client.js", "worker.js", "boot.mjs")
MARKERS = {"<!-- checker-widget -->": False, "<!-- checker-widget:compact -->": True}
# Files of the phonenumberslite wheel that the checker never imports: the short-number
# metadata (only shortnumberinfo's functions read it; its package __init__ is imported, so it
# stays), type stubs, and the wheel's RECORD, which no longer fits the trimmed zip.
# tests/test_trim.py checks that no input in the test cases reaches them.
NEVER_IMPORTED = re.compile(r"phonenumbers/shortdata/region_\w+\.py|.+\.pyi|.+/py\.typed|.+\.dist-info/RECORD")
# Known examples the browser's interpreter must answer exactly as CPython does before it answers
# anyone (worker.js): rules by prefix and by text, a refused input, every language. Mainland
# numbers only: the first check needs their metadata anyway, while another country's costs a
# restored start some 130 ms more. Small, as the answers go into the page.
SELFTEST = (
    ("4008001234", "call", None, "en"),
    ("+86 10 12308", "call", None, "zh"),
    ("106912345678", "sms", "点击 t.cn/abc 领取", "zh"),
    ("call me", "call", None, "zh-Hant"),
)

# Files to put into the site: destination (relative to the site root) -> source file or bytes.
_copies: dict[str, Path | bytes] = {}
# The command MkDocs runs: under `serve` the service worker stays off (see on_page_markdown).
_command = {"name": "build"}


def _digest(*items: Path | bytes) -> str:
    sha = hashlib.sha256()
    for item in items:
        sha.update(item if isinstance(item, bytes) else item.read_bytes())
    return sha.hexdigest()[:16]


def _checker_wheel(root: Path, cache: Path) -> Path:
    """Build the checker wheel once per source state; hatchling's wheels are reproducible."""
    # Everything that goes into the wheel, README.md included (it is the METADATA description).
    sources = sorted((root / "checker").glob("*.py")) + [root / name for name in ("pyproject.toml", "README.md", "LICENSE")]
    out = cache / "checker" / _digest(*sources)
    wheels = list(out.glob("checker-*-py3-none-any.whl"))
    if not wheels:
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run(
                [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", tmp, str(root)],
                check=True, capture_output=True,
            )
            out.mkdir(parents=True, exist_ok=True)
            for wheel in Path(tmp).glob("*.whl"):
                shutil.copy2(wheel, out / wheel.name)
        wheels = list(out.glob("checker-*-py3-none-any.whl"))
    return wheels[0]


def locked_hashes(lock: Path, name: str) -> set[str]:
    """The sha256 digests requirements.lock pins for ``name``: its wheel's is one of them."""
    block = re.search(rf"^{re.escape(name)}==\S+((?:\s*\\\s*--hash=sha256:[0-9a-f]{{64}})+)", lock.read_text(), re.M)
    if not block:
        raise SystemExit(f"{lock.name} pins no hashes for {name}: run `make lock`")
    return set(re.findall(r"sha256:([0-9a-f]{64})", block.group(1)))


def _dependency_wheel(root: Path, cache: Path) -> Path:
    """The wheel of the phonenumberslite version installed here, downloaded once and checked
    against requirements.lock on every build, cache hits included."""
    pinned = version(DEPENDENCY)
    out = cache / DEPENDENCY
    pattern = f"{DEPENDENCY}-{pinned}-*.whl"
    if not list(out.glob(pattern)):
        fetch = subprocess.run(
            [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--only-binary", ":all:",
             "--retries", "1", "--timeout", "20", "--dest", str(out), f"{DEPENDENCY}=={pinned}"],
            capture_output=True, text=True,
        )
        if fetch.returncode != 0 or not list(out.glob(pattern)):
            raise SystemExit(
                f"could not download {DEPENDENCY}=={pinned} for the browser (is PyPI reachable?): "
                f"connect once and build again, or put its wheel into {out}/"
            )
    wheel = next(out.glob(pattern))
    expected = locked_hashes(root / "requirements.lock", DEPENDENCY)
    if hashlib.sha256(wheel.read_bytes()).hexdigest() not in expected:
        raise SystemExit(
            f"{wheel} does not match the sha256 that requirements.lock pins: delete it and build "
            f"again, or run `make lock` if {DEPENDENCY} was upgraded on purpose"
        )
    return wheel


def trimmed(wheel: bytes) -> bytes:
    """The wheel's files minus NEVER_IMPORTED, as a reproducible zip (runtime.py compiles it)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(wheel)) as source, zipfile.ZipFile(out, "w") as dest:
        for info in sorted(source.infolist(), key=lambda i: i.filename):
            if not (info.is_dir() or NEVER_IMPORTED.fullmatch(info.filename)):
                dest.writestr(zipfile.ZipInfo(info.filename, runtime.ZIP_TIME), source.read(info))
    return out.getvalue()


def runtime_sources(root: Path) -> dict[str, bytes]:
    """The zips runtime.py compiles, by the names the site serves them under."""
    cache = root / ".cache" / "wheels"
    wheel = _checker_wheel(root, cache)
    phonenumbers = _dependency_wheel(root, cache)
    return {
        f"checker-{wheel.name.split('-')[1]}{runtime.SERVED_AS}": wheel.read_bytes(),
        f"{DEPENDENCY}-{version(DEPENDENCY)}{runtime.SERVED_AS}": trimmed(phonenumbers.read_bytes()),
    }


def _selftest(root: Path) -> list[dict]:
    """SELFTEST with the answers CPython gives, from a fresh interpreter: under `mkdocs serve`
    this process keeps the checker it imported first, while the wheel follows every edit."""
    program = (
        "import json, sys\n"
        f"sys.path.insert(0, {str(root)!r})\n"
        "import checker\n"
        f"print(json.dumps([{{'args': a, 'expected': checker.result_json(*a)}} for a in {SELFTEST!r}]))"
    )
    run = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True)
    return json.loads(run.stdout)


def on_startup(command, dirty):
    _command["name"] = command


def on_config(config):
    root = Path(config.config_file_path).parent
    npm = root / "node_modules" / "pyodide"
    if not (npm / "package.json").exists():
        raise SystemExit("node_modules/pyodide is missing: run `npm ci` (make build does it)")
    pyodide_version = json.loads((npm / "package.json").read_text())["version"]
    widget_dir = root / "overrides" / "assets" / "checker"

    built = runtime.build(root, runtime_sources(root), widget_dir / "boot.mjs")

    _copies.clear()
    pyodide_dir = f"assets/pyodide/{pyodide_version}/"
    for name in PYODIDE_FILES:
        _copies[pyodide_dir + name] = npm / name
    stdlib = f"python_stdlib-{_digest(built.stdlib)}{runtime.SERVED_AS}"  # relative to pyodide_dir
    _copies[pyodide_dir + stdlib] = built.stdlib
    zip_urls = []
    for name, data in built.zips.items():
        dest = f"assets/python/{_digest(data)}/{name}"
        _copies[dest] = data
        zip_urls.append(dest)

    widget_version = _digest(*(widget_dir / name for name in WIDGET_FILES))
    # A snapshot is only good for the very runtime, stdlib and zips it was made from.
    runtime_digest = _digest(pyodide_version.encode(), built.stdlib, *built.zips.values(), widget_dir / "boot.mjs")
    # What a first visit's checker transfers, as GitHub Pages serves it (gzip where it compresses).
    download = sum(runtime.transferred(dest, source if isinstance(source, bytes) else source.read_bytes())
                   for dest, source in _copies.items())
    download += sum(runtime.transferred(name, (widget_dir / name).read_bytes()) for name in WIDGET_SCRIPTS)
    config.extra["checker"] = {
        # This build of the checker: a page whose server copy carries another version is stale.
        "version": _digest(widget_version.encode(), runtime_digest.encode()),
        "worker": f"assets/checker/worker.js?v={widget_version}",
        # Under `mkdocs serve` pages change on every save; a service worker would serve old ones.
        "serviceWorker": None if _command["name"] == "serve" else "sw.js",
        "download": download,
        # Passed as it is to boot.mjs's startChecker: the stdlib the build made, and the lock
        # file's header (so loadPyodide makes no request for it).
        "runtime": {
            "indexURL": pyodide_dir, "stdLibURL": pyodide_dir + stdlib, "lockFileContents": runtime.lock_contents(npm),
            "zipURLs": zip_urls, "boot": f"assets/checker/boot.mjs?v={widget_version}",
        },
        # A snapshot is only good for the very runtime and zips it was made from. The key is
        # never fetched: any URL of the site's will do.
        "snapshot": {"cache": f"snapshot-{runtime_digest}", "key": "assets/checker/snapshot"},
        "selftest": _selftest(root),
    }
    return config


def on_files(files, config):
    # The theme copies every file of custom_dir into the site: not runtime.mjs, a build-time script.
    for file in [file for file in files if file.src_uri.startswith("hooks/")]:
        files.remove(file)
    return files


def on_page_markdown(markdown, page, config, files):
    present = [compact for marker, compact in MARKERS.items() if marker in markdown]
    if not present:
        return markdown
    lang = resolve(page.file.locale)
    # Directory URLs: a page at "en/check/" is two levels below the site root.
    root = "../" * page.url.count("/")
    checker = config.extra["checker"]
    version = checker["version"]
    # For the head (overrides/main.html). The compact form (Home) loads the checker only once
    # the reader starts using it.
    page.meta["checker"] = {
        "css": f"{root}assets/checker/widget.css?v={version}",
        "client": f"{root}assets/checker/client.js?v={version}",
        "widget": f"{root}assets/checker/widget.js?v={version}",
        "config": {**checker, "root": root or "./", "lazy": all(present)},
    }
    size = f"{checker['download'] / 1e6:.1f}"
    strings = {key: text.replace("{size}", size) for key, text in localized(WIDGET, lang).items()}
    template = config.theme.get_env().get_template("partials/checker-form.html")
    for marker, compact in MARKERS.items():
        if marker in markdown:
            form = template.render(lang=lang, t=strings, compact=compact, root=root)
            markdown = markdown.replace(marker, form)
    return markdown


def on_post_build(config):
    site = Path(config.site_dir)
    for dest, source in _copies.items():
        target = site / dest
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(source, bytes):
            target.write_bytes(source)
        else:
            shutil.copyfile(source, target)
