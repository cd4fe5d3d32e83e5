import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff01-\uff60]")

PAGES = ("index", "hotline-12308", "numbers", "scammed", "prevention", "check", "card", "about")
CHROMIUM = "/usr/bin/chromium"


def require(condition: bool, why: str) -> None:
    """Skip locally, but fail in CI: browser and Pyodide tests must never skip there."""
    if not condition:
        if os.environ.get("CI"):
            pytest.fail(f"{why} (CI must run this test)")
        pytest.skip(why)


@pytest.fixture(scope="session")
def site_dir(tmp_path_factory):
    """The real site, built once per session by `mkdocs build` (strict, from mkdocs.yml)."""
    require((ROOT / "node_modules" / "pyodide").is_dir(), "node_modules/pyodide missing: run npm ci")
    out = tmp_path_factory.mktemp("site")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    build = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out)],
        cwd=ROOT, capture_output=True, text=True, env=env,
    )
    assert build.returncode == 0, build.stderr[-4000:]
    return out


@pytest.fixture(scope="session")
def node():
    path = shutil.which("node")
    require(path is not None, "node is not installed")
    return path
