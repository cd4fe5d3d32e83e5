"""The fixtures for the real parts (site, Node, Chromium), and the test tiers they imply."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from filelock import FileLock
from playwright.sync_api import sync_playwright

from support.chromium import CHROMIUM, launch

from .helpers import FORK, ROOT, build_site, require

# A test is in a tier by the real parts it uses, so `-m "not browser"` means what it says.
# Building the package (dist) is a build too: it runs with the site tier.
TIERS = {
    "build": "site",
    "site_dir": "site",
    "fork_site_dir": "site",
    "dist": "site",
    "node": "pyodide",
    "browser": "browser",
}


def pytest_collection_modifyitems(items):
    for item in items:
        for marker in sorted({TIERS[name] for name in item.fixturenames if name in TIERS}):
            item.add_marker(marker)


@pytest.fixture(scope="session")
def build():
    """`mkdocs build --strict`, as helpers.build_site runs it."""
    return build_site


def _built_once(name, tmp_path_factory, worker_id, **env):
    """A site built once per run: under pytest-xdist, by the first worker that asks, and read by
    the others from the run's shared temporary directory."""
    if worker_id == "master":
        return build_site(tmp_path_factory.mktemp(name), **env)
    shared = tmp_path_factory.getbasetemp().parent
    with FileLock(shared / f"{name}.lock"):
        if not (shared / f"{name}.built").exists():
            build_site(shared / name, **env)
            (shared / f"{name}.built").touch()
    return shared / name


@pytest.fixture(scope="session")
def site_dir(tmp_path_factory, worker_id):
    """The site, built once per run, for mkdocs.yml's address: the root of an origin."""
    return _built_once("site", tmp_path_factory, worker_id)


@pytest.fixture(scope="session")
def fork_site_dir(tmp_path_factory, worker_id):
    """The site as a fork's Pages workflow builds it (FORK), once per run."""
    return _built_once("fork-site", tmp_path_factory, worker_id, **FORK)


@pytest.fixture(scope="session")
def dist(tmp_path_factory):
    """The sdist and wheel `python -m build` makes of this checkout, with the pinned backends
    (no isolated environment, which would fetch unpinned ones), as the release workflow does."""
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(ROOT)],
        check=True,
        capture_output=True,
    )
    return out


@pytest.fixture(scope="session")
def node():
    path = shutil.which("node")
    require(path is not None, "node is not installed")
    return path


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium, one for the whole session: it is slow to start."""
    require(Path(CHROMIUM).exists(), f"{CHROMIUM} is missing: apt-get install chromium")
    # Layout tests (the card's one page, what is in view) hold only with the fonts readers have.
    fonts = subprocess.run(["fc-list", ":lang=zh", "family"], capture_output=True, text=True).stdout
    require("Noto Sans CJK" in fonts, "no Noto CJK font: apt-get install fonts-noto-cjk")
    with sync_playwright() as playwright:
        browser = launch(playwright)
        yield browser
        browser.close()
