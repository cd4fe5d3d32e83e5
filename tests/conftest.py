import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

from checker.languages import CODES, DEFAULT, LANGUAGES
from support.chromium import CHROMIUM, launch

ROOT = Path(__file__).resolve().parent.parent
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff01-\uff60]")

# Each language's pages, by the path prefix of its URLs; and the languages written by hand.
PREFIXES = {code: "" if code == DEFAULT else f"{code}/" for code in CODES}
WRITTEN = tuple(language.code for language in LANGUAGES if not language.generated_from)
PAGES = ("index", "hotline-12308", "numbers", "scammed", "prevention", "more-scams", "check", "rules", "card",
         "about")


def load_hook(name: str):
    """A hook module of overrides/hooks, loaded as MkDocs loads it: with its directory on sys.path."""
    hooks = ROOT / "overrides" / "hooks"
    spec = importlib.util.spec_from_file_location(name, hooks / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(hooks))
    try:
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(hooks))
    return module


def require(condition: bool, why: str) -> None:
    """Skip locally, but fail in CI: browser and Pyodide tests must never skip there."""
    if not condition:
        if os.environ.get("CI"):
            pytest.fail(f"{why} (CI must run this test)")
        pytest.skip(why)


def build_site(out: Path, root: Path = ROOT, config: str | None = None, **env: str) -> Path:
    """The real site, built by `mkdocs build --strict` into ``out`` from ``root``/mkdocs.yml, or
    from ``config``: YAML given on stdin, whose relative paths (and the project root the hooks take
    from the config's directory) are then ``root``'s."""
    require((ROOT / "node_modules" / "pyodide").is_dir(), "node_modules/pyodide missing: run npm ci")
    build = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out),
         *(["--config-file", "-"] if config is not None else [])],
        cwd=root, input=config, capture_output=True, text=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **env},
    )
    assert build.returncode == 0, build.stderr[-4000:]
    return out


@pytest.fixture(scope="session")
def site_dir(tmp_path_factory):
    """The site, built once per session."""
    return build_site(tmp_path_factory.mktemp("site"))


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
