"""MkDocs hook: ship the checker to the browser, self-hosted, and put the widget on its pages.

Into the built site go
- the `checker` wheel, built from this checkout with `python -m build`;
- the pinned `phonenumberslite` wheel, the very version installed here;
- the Pyodide runtime from node_modules/pyodide (the exact version package-lock.json locks).
Wheels sit under a directory named by their content hash and Pyodide under its version, so a
new release never reuses a stale URL. `<!-- checker-widget -->` (or `:compact`, which loads
only once the reader starts using it) becomes the form in partials/checker-form.html.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
import tempfile
from importlib.metadata import version
from pathlib import Path

DEPENDENCY = "phonenumberslite"
# What loadPyodide() fetches for the core runtime; nothing else of the npm package is needed.
PYODIDE_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json")
WIDGET_FILES = ("widget.js", "worker.js", "widget.css")
MARKERS = {"<!-- checker-widget -->": False, "<!-- checker-widget:compact -->": True}

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
        "loading": "正在加载检查程序（第 {step}/3 步）……第一次打开需要下载约 10 MB。",
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
        "loading": "Loading the checker (step {step} of 3)… The first visit downloads about 10 MB.",
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

# Files to copy into the site: destination (relative to the site root) -> source.
_copies: dict[str, Path] = {}


def _digest(*paths: Path) -> str:
    sha = hashlib.sha256()
    for path in paths:
        sha.update(path.read_bytes())
    return sha.hexdigest()[:16]


def _checker_wheel(root: Path, cache: Path) -> Path:
    """Build the checker wheel once per source state; hatchling's wheels are reproducible."""
    # Everything that goes into the wheel, README.md included (it is the METADATA description).
    sources = sorted((root / "checker").glob("*.py")) + [root / "pyproject.toml", root / "README.md"]
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


def _dependency_wheel(cache: Path) -> Path:
    """The wheel of the phonenumberslite version installed here, downloaded once."""
    pinned = version(DEPENDENCY)
    out = cache / DEPENDENCY
    pattern = f"{DEPENDENCY}-{pinned}-*.whl"
    if not list(out.glob(pattern)):
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--only-binary", ":all:",
             "--dest", str(out), f"{DEPENDENCY}=={pinned}"],
            check=True, capture_output=True,
        )
    return next(out.glob(pattern))


def on_config(config):
    root = Path(config.config_file_path).parent
    cache = root / ".cache" / "wheels"
    npm = root / "node_modules" / "pyodide"
    if not (npm / "package.json").exists():
        raise SystemExit("node_modules/pyodide is missing: run `npm ci` (make build does it)")
    pyodide_version = json.loads((npm / "package.json").read_text())["version"]

    _copies.clear()
    pyodide_dir = f"assets/pyodide/{pyodide_version}/"
    for name in PYODIDE_FILES:
        _copies[pyodide_dir + name] = npm / name
    wheels = []
    for wheel in (_checker_wheel(root, cache), _dependency_wheel(cache)):
        dest = f"assets/wheels/{_digest(wheel)}/{wheel.name}"
        _copies[dest] = wheel
        wheels.append(dest)

    widget_dir = root / "overrides" / "assets" / "checker"
    widget_version = _digest(*(widget_dir / name for name in WIDGET_FILES))
    config.extra["checker"] = {
        "version": widget_version,
        "pyodide": pyodide_dir,
        "wheels": wheels,
        "worker": f"assets/checker/worker.js?v={widget_version}",
    }
    return config


def on_page_markdown(markdown, page, config, files):
    if not any(marker in markdown for marker in MARKERS):
        return markdown
    lang = getattr(page.file, "locale", None) or "zh"
    # Directory URLs: a page at "en/check/" is two levels below the site root.
    root = "../" * page.url.count("/")
    assets = config.extra["checker"]
    relative = {
        "root": root,
        "pyodide": root + assets["pyodide"],
        "wheels": [root + wheel for wheel in assets["wheels"]],
        "worker": root + assets["worker"],
    }
    template = config.theme.get_env().get_template("partials/checker-form.html")
    for marker, compact in MARKERS.items():
        if marker in markdown:
            form = template.render(lang=lang, t=STRINGS[lang], compact=compact, assets=relative)
            markdown = markdown.replace(marker, form)
    return markdown


def on_post_build(config):
    site = Path(config.site_dir)
    for dest, source in _copies.items():
        target = site / dest
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
