"""Pyodide under Node: a cold start of the checker to its first verdict, against bare loadPyodide().

Every start is a fresh `node` process, and the modes take turns, so each ratio compares
starts made in the same run under the same conditions.
"""

from __future__ import annotations

import gzip
import json
import shutil
import statistics
import subprocess
import tempfile
from pathlib import Path

from .report import Figure

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = Path(__file__).with_name("pyodide.mjs")
RUNS = 5


def _start(mode: str, snapshot: Path, site: Path) -> dict:
    pyodide_dir = next((site / "assets" / "pyodide").iterdir())
    zips = sorted(str(p) for p in (site / "assets" / "python").glob("*/*"))
    boot = site / "assets" / "checker" / "boot.mjs"
    run = subprocess.run(["node", str(SCRIPT), mode, str(snapshot), str(pyodide_dir), str(boot), *zips],
                         capture_output=True, text=True, check=True)
    return json.loads(run.stdout)


def run(site: Path) -> tuple[list[Figure], dict]:
    times: dict[str, list[float]] = {"bare": [], "cold": [], "snapshot": []}
    with tempfile.TemporaryDirectory() as tmp:
        snapshot = Path(tmp) / "snapshot.bin"
        for _ in range(RUNS):
            for mode in times:  # cold runs before snapshot, which restores what cold wrote
                times[mode].append(_start(mode, snapshot, site)["ms"])
        raw = snapshot.read_bytes()
    sizes = {"raw": len(raw), "gzip": len(gzip.compress(raw, compresslevel=6))}
    bare, cold, warm = (statistics.median(times[mode]) for mode in ("bare", "cold", "snapshot"))
    figures = [
        Figure("Pyodide/Node", "bare loadPyodide()", bare, "ms"),
        Figure("Pyodide/Node", "cold start to first verdict", cold, "ms"),
        Figure("Pyodide/Node", "cold start / bare loadPyodide()", cold / bare, "×"),
        Figure("Pyodide/Node", "restored from snapshot to first verdict", warm, "ms"),
        Figure("Pyodide/Node", "snapshot restore / cold start", warm / cold, "×"),
        Figure("Pyodide/Node", "snapshot size (raw)", sizes["raw"] / 1e6, "MB"),
        Figure("Pyodide/Node", "snapshot size (gzip -6)", sizes["gzip"] / 1e6, "MB"),
    ]
    return figures, {"node_ms": times, "snapshot_bytes": sizes, "node": shutil.which("node")}


if __name__ == "__main__":
    from .report import table

    print(table(run(ROOT / "site")[0]))
