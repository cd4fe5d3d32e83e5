"""Pyodide under Node: the checker's cold start to its first verdict from the site's runtime,
against the npm package's stock loadPyodide(), and a restore from the snapshot.

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

from support.runtime import site_runtime

from .report import Figure

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = Path(__file__).with_name("pyodide.mjs")
RUNS = 5


def _start(mode: str, snapshot: Path, runtime: Path) -> dict:
    run = subprocess.run(
        ["node", str(SCRIPT), mode, str(snapshot), str(runtime)], capture_output=True, text=True, check=True
    )
    return json.loads(run.stdout)


def run(site: Path) -> tuple[list[Figure], dict]:
    times: dict[str, list[float]] = {"stock": [], "cold": [], "snapshot": []}
    with tempfile.TemporaryDirectory() as tmp:
        snapshot, runtime = Path(tmp) / "snapshot.bin", Path(tmp) / "runtime.json"
        runtime.write_text(json.dumps({**site_runtime(site), "stock": str(ROOT / "node_modules" / "pyodide")}))
        for _ in range(RUNS):
            for mode in times:  # cold runs before snapshot, which restores what cold wrote
                times[mode].append(_start(mode, snapshot, runtime)["ms"])
        raw = snapshot.read_bytes()
    sizes = {"raw": len(raw), "gzip": len(gzip.compress(raw, compresslevel=6))}
    stock, cold, warm = (statistics.median(times[mode]) for mode in ("stock", "cold", "snapshot"))
    figures = [
        Figure("Pyodide/Node", "stock-start", "stock loadPyodide() of the npm package", stock, "ms"),
        Figure("Pyodide/Node", "cold-verdict", "shipped runtime: cold start to first verdict", cold, "ms"),
        Figure(
            "Pyodide/Node",
            "cold-ratio",
            "shipped cold first verdict / stock loadPyodide()",
            statistics.median(c / s for c, s in zip(times["cold"], times["stock"], strict=True)),
            "×",
        ),
        Figure("Pyodide/Node", "warm-verdict", "restored from snapshot to first verdict", warm, "ms"),
        Figure("Pyodide/Node", "warm-cold-ratio", "snapshot restore / cold start", warm / cold, "×"),
        Figure("Pyodide/Node", "snapshot-raw", "snapshot size (raw)", sizes["raw"] / 1e6, "MB"),
        Figure("Pyodide/Node", "snapshot-gzip", "snapshot size (gzip -6)", sizes["gzip"] / 1e6, "MB"),
    ]
    return figures, {"node_ms": times, "snapshot_bytes": sizes, "node": shutil.which("node")}


if __name__ == "__main__":
    from .report import table

    print(table(run(ROOT / "site")[0]))
