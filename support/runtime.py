"""The checker's runtime as a built site ships it, for Pyodide under Node (support/node.mjs)."""

from __future__ import annotations

import json
import re
from pathlib import Path

CONFIG = re.compile(r'<script id="checker-config" type="application/json">(.*?)</script>')


def site_runtime(site_dir: Path) -> dict:
    """What the Check page's configuration passes to boot.mjs (Pyodide's directory, its stdlib,
    the lock file's header), the zips, sorted by name, as paths into ``site_dir``, and the
    self-test's inputs, which warm a snapshot before it is taken (``warmup``)."""
    page = (site_dir / "check" / "index.html").read_text(encoding="utf-8")
    config = json.loads(CONFIG.search(page).group(1))
    runtime = config["runtime"]
    local = lambda url: str(site_dir / url.partition("?")[0])  # noqa: E731
    return {
        "indexURL": local(runtime["indexURL"]),
        "boot": local(runtime["bootURL"]),
        "stdLibURL": local(runtime["stdLibURL"]),
        "lockFileContents": runtime["lockFileContents"],
        "heapBytes": runtime["heapBytes"],
        "zips": sorted(map(local, runtime["zipURLs"]), key=lambda path: path.rsplit("/", 1)[-1]),
        "warmup": config["selftest"]["cases"],
    }
