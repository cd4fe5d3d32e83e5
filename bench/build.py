"""mkdocs build: the time of a full strict build, with the checker's wheels already cached."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from .report import Figure, median_ms

ROOT = Path(__file__).resolve().parent.parent
RUNS = 3


def _build(out: str) -> None:
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", out],
        cwd=ROOT,
        check=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )


def run() -> list[Figure]:
    with tempfile.TemporaryDirectory() as tmp:
        _build(tmp)  # fills .cache/ on a fresh clone; not timed
        ms = median_ms(lambda: _build(tmp), RUNS)
    return [Figure("mkdocs", "build", f"mkdocs build --strict (median of {RUNS})", ms, "ms")]
