"""`make bench`: every figure in one table, targets marked, raw numbers in bench/results.json.

.venv/bin/python -m bench            (after `make build`: it measures site/)
"""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

from . import browser, build, cpython, lighthouse, node
from .report import Figure, by_id, table

ROOT = Path(__file__).resolve().parent.parent
RESULTS = Path(__file__).with_name("results.json")


def _snapshot_decision(node_raw: dict, chromium: list[Figure]) -> Figure:
    """Above what bandwidth a snapshot made at build time would beat the runtime one on a first visit.

    Shipped, it would replace the cold start (cold ready − warm ready saved) but add its own
    download, even gzipped, to a first visit; the runtime snapshot costs a first visit nothing.
    """
    figures = by_id(chromium)
    saved_s = (figures["Chromium/cold-ready"].value - figures["Chromium/warm-ready"].value) / 1000
    megabits = node_raw["snapshot_bytes"]["gzip"] * 8 / 1e6
    return Figure(
        "decision",
        "build-time-snapshot",
        "a build-time snapshot would pay off on a first visit only above",
        megabits / saved_s,
        "Mbit/s",
    )


def main() -> None:
    site = ROOT / "site"
    if not (site / "sw.js").is_file():
        sys.exit("site/ is missing: run `make build` first (make bench does)")
    started = time.time()
    figures: list[Figure] = []
    raw: dict = {}
    for label, part in (("CPython", cpython.run), ("mkdocs", build.run)):
        print(f"bench: {label}…", file=sys.stderr, flush=True)
        figures += part()
    print("bench: Pyodide under Node…", file=sys.stderr, flush=True)
    node_figures, raw["node"] = node.run(site)
    print("bench: headless Chromium…", file=sys.stderr, flush=True)
    chromium, raw["chromium"] = browser.run(site)
    print("bench: Lighthouse…", file=sys.stderr, flush=True)
    scores, raw["lighthouse"] = lighthouse.run(site)
    figures += node_figures + chromium + [_snapshot_decision(raw["node"], chromium)] + scores
    print(table(figures))
    print("\n" + lighthouse.table(raw["lighthouse"]))
    results = by_id(figures)
    missed = [f.name for f in results.values() if f.met is False]
    print(
        f"\ntargets met: {sum(f.met is True for f in figures)} of {sum(f.met is not None for f in figures)}"
        + (f"; not met: {', '.join(missed)}" if missed else "")
    )
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout
    RESULTS.write_text(
        json.dumps(
            {
                "generated_by": "python -m bench (make bench); do not edit by hand",
                "date": time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(started)),
                "commit": commit.strip(),
                "machine": {
                    "cpus": os.cpu_count(),
                    "python": platform.python_version(),
                    "platform": platform.platform(),
                },
                "seconds": round(time.time() - started),
                "figures": {key: figure.as_dict() for key, figure in results.items()},
                "raw": raw,
            },
            indent=1,
            ensure_ascii=False,
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"written: {RESULTS.relative_to(ROOT)}")


main()
