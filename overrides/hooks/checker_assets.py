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

DEPENDENCY = "phonenumberslite"
# What loadPyodide() fetches of the npm package; the stdlib and lock file come from the build.
PYODIDE_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm")
WIDGET_FILES = ("widget.js", "worker.js", "boot.mjs", "widget.css")
MARKERS = {"<!-- checker-widget -->": False, "<!-- checker-widget:compact -->": True}
# Files of the phonenumberslite wheel that the checker never imports: the short-number
# metadata (only shortnumberinfo's functions read it; its package __init__ is imported, so it
# stays), type stubs, and the wheel's RECORD, which no longer fits the trimmed zip.
# tests/test_trim.py checks that no input in the test cases reaches them.
NEVER_IMPORTED = re.compile(r"phonenumbers/shortdata/region_\w+\.py|.+\.pyi|.+/py\.typed|.+\.dist-info/RECORD")

STRINGS = {
    "zh": {
        "number": "来电或短信显示的号码",
        "placeholder": "例如 400 800 1234 或 +86 10 12308",
        "hint": "可以带空格、短横线、括号或 +86。",
        "submit": "检查",
        "channel": "这个号码",
        "call": "打来电话",
        "sms": "发来短信",
        "text": "短信内容，或对方在电话里说了什么（可不填）",
        "text_placeholder": "例如：您的个人资料泄露，涉嫌违法犯罪……",
        "loading": "正在加载检查程序（第 {step}/2 步）……第一次打开需要下载约 {size} MB，之后可以离线使用。",
        "waiting": "检查程序加载完成后会马上给出结果。",
        "ready": "检查程序已就绪。",
        "failed": "检查程序没能加载：{reason}。请检查网络后重试。",
        "retry": "重试",
        "advice": "怎么做",
        "rules": "相关规则",
        "copy": "复制这个结果的链接",
        "copied": "链接已复制。号码只在“#”后面，不会发给网站。",
        "copy_failed": "无法自动复制，请复制地址栏里的链接。",
        "error": "无法检查",
    },
    "en": {
        "number": "The number that called or texted you",
        "placeholder": "e.g. 400 800 1234 or +86 10 12308",
        "hint": "Spaces, hyphens, brackets and +86 are fine.",
        "submit": "Check",
        "channel": "This number",
        "call": "called me",
        "sms": "sent me a text",
        "text": "The text's content, or what the caller said (optional)",
        "text_placeholder": "e.g. Your personal data has leaked and you are suspected of a crime…",
        "loading": "Loading the checker (step {step} of 2)… The first visit downloads about {size} MB; after that it works offline too.",
        "waiting": "You will get the verdict as soon as the checker is ready.",
        "ready": "The checker is ready.",
        "failed": "The checker could not load: {reason}. Check your connection and try again.",
        "retry": "Try again",
        "advice": "What to do",
        "rules": "Rules that matched",
        "copy": "Copy a link to this result",
        "copied": "Link copied. The number is only after the #, which is never sent to the website.",
        "copy_failed": "Could not copy automatically; copy the link from the address bar.",
        "error": "Cannot check",
    },
}

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
    download += sum(runtime.transferred(name, (widget_dir / name).read_bytes()) for name in ("worker.js", "boot.mjs"))
    config.extra["checker"] = {
        "version": widget_version,
        "runtime": runtime_digest,
        "pyodide": pyodide_dir,
        "pyodide_files": [pyodide_dir + name for name in (*PYODIDE_FILES, stdlib)],
        "zips": zip_urls,
        # For boot.mjs, as the contract's runtime keys: stdLibURL is relative to the pyodide directory.
        "runtime_options": {"stdLibURL": stdlib, "lockFileContents": runtime.lock_contents(npm)},
        "boot": f"assets/checker/boot.mjs?v={widget_version}",
        "worker": f"assets/checker/worker.js?v={widget_version}",
        "snapshot_cache": f"checker-snapshot-{runtime_digest}",
        "download": download,
        "download_mb": round(download / 1e6, 1),
    }
    return config


def on_page_markdown(markdown, page, config, files):
    present = [compact for marker, compact in MARKERS.items() if marker in markdown]
    if not present:
        return markdown
    lang = getattr(page.file, "locale", None) or "zh"
    # Directory URLs: a page at "en/check/" is two levels below the site root.
    root = "../" * page.url.count("/")
    assets = config.extra["checker"]
    # For the head (overrides/main.html): where everything is, relative to this page.
    page.meta["checker"] = {
        "css": f"{root}assets/checker/widget.css?v={assets['version']}",
        "widget": f"{root}assets/checker/widget.js?v={assets['version']}",
        "pyodide": root + assets["pyodide"],
        "boot": root + assets["boot"],
        "zips": [root + path for path in assets["zips"]],
        "worker": root + assets["worker"],
        "snapshot_cache": assets["snapshot_cache"],
        "runtime_options": json.dumps(assets["runtime_options"]),
        # A key in Cache Storage, never fetched: any URL of the site's will do.
        "snapshot_key": root + "assets/checker/snapshot",
        # Under `mkdocs serve` pages change on every save; a service worker would serve old ones.
        "service_worker": "" if _command["name"] == "serve" else root + "sw.js",
        # The compact form (Home) loads the checker only once the reader starts using it.
        "lazy": all(present),
    }
    strings = {key: text.replace("{size}", str(assets["download_mb"])) for key, text in STRINGS[lang].items()}
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
