"""What the tests share: the project's paths, its pages and languages, and the real build."""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from mkdocs.utils.yaml import yaml_load

from checker.languages import CODES, DEFAULT, LANGUAGES

ROOT = Path(__file__).resolve().parent.parent
# Han characters, CJK punctuation and full-width forms.
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff01-\uff60]")

# Each language's pages, by the path prefix of its URLs; and the languages written by hand.
PREFIXES = {code: "" if code == DEFAULT else f"{code}/" for code in CODES}
WRITTEN = tuple(language.code for language in LANGUAGES if not language.generated_from)


def page_path(lang: str, name: str) -> str:
    """The URL path, from the site root, of page ``name`` in ``lang``."""
    return PREFIXES[lang] + ("" if name == "index" else f"{name}/")


def page_file(site: Path, lang: str, name: str) -> Path:
    """The built HTML of page ``name`` in ``lang``, in the site at ``site``."""
    return site / page_path(lang, name) / "index.html"


def load_hook(name: str):
    """A hook module of overrides/hooks, loaded as MkDocs loads it: with its directory on sys.path."""
    hooks = ROOT / "overrides" / "hooks"
    spec = importlib.util.spec_from_file_location(name, hooks / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # as an import would: dataclasses look their module up there
    sys.path.insert(0, str(hooks))
    try:
        spec.loader.exec_module(module)
    except BaseException:
        del sys.modules[name]
        raise
    finally:
        sys.path.remove(str(hooks))
    return module


# The site's pages, as mkdocs.yml's nav lists them: a page added there is tested everywhere.
NAV = yaml_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))["nav"]
PAGES = tuple(page.removesuffix(".md") for page in load_hook("languages").nav_pages(NAV))


def require(condition: bool, why: str) -> None:
    """Skip locally, but fail in CI: browser and Pyodide tests must never skip there."""
    if not condition:
        if os.environ.get("CI"):
            pytest.fail(f"{why} (CI must run this test)")
        pytest.skip(why)


# A fork's project site: under a path of its owner's origin, with its repository's link.
FORK = {
    "SITE_URL": "https://someone.github.io/call-guide/",
    "REPO_URL": "https://github.com/someone/call-guide",
    "REPO_NAME": "someone/call-guide",
}


def build_site(out: Path, root: Path = ROOT, config: str | None = None, generator: str = "mkdocs", **env: str) -> Path:
    """The real site, built by `mkdocs build --strict` into ``out`` from ``root``/mkdocs.yml, or
    from ``config``: YAML given on stdin, whose relative paths (and the project root the hooks take
    from the config's directory) are then ``root``'s. ``generator`` "properdocs" builds it with
    ProperDocs instead, from the same mkdocs.yml. Tests reach it through the ``build`` fixture,
    which marks them ``site``."""
    require((ROOT / "node_modules" / "pyodide").is_dir(), "node_modules/pyodide missing: run npm ci")
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            generator,
            "build",
            "--strict",
            "--site-dir",
            str(out),
            # ProperDocs looks for properdocs.yml first, and says so unless told which file to read.
            "--config-file",
            "-" if config is not None else "mkdocs.yml",
        ],
        cwd=root,
        input=config,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **env},
    )
    assert build.returncode == 0, build.stderr[-4000:]
    return out
