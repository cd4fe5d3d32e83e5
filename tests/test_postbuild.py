"""postbuild/: the site's own work over the built HTML with no MkDocs, so that a successor
generator only has to render the pages (README: past Material's end of life)."""

import os
import shutil
import subprocess
import sys

import pytest
from mkdocs.utils.yaml import yaml_load

from postbuild import csp

from .helpers import FORK, ROOT

with open(ROOT / "mkdocs.yml", encoding="utf-8") as config:
    SITE_URL = yaml_load(config)["site_url"]  # MkDocs' loader: it knows the !ENV tag

PAGE = """<!doctype html><html><head><meta charset="utf-8">
<link rel="alternate" href="/en/" hreflang="en">
<script>var a = 1;</script><script id="data" type="application/json">{"b": 2}</script>
<script src="x.js"></script></head><body></body></html>"""


def postbuild(*args: str, **env: str) -> subprocess.CompletedProcess:
    environ = {key: value for key, value in os.environ.items() if key != "SITE_URL"}
    return subprocess.run(
        [sys.executable, "-m", "postbuild", *args], cwd=ROOT, capture_output=True, text=True, env={**environ, **env}
    )


def files_of(site):
    return {path.relative_to(site).as_posix(): path.read_bytes() for path in sorted(site.rglob("*")) if path.is_file()}


def test_a_page_gets_one_policy_with_its_inline_scripts_hashes_however_often_it_is_secured():
    once = csp.secure(PAGE)
    assert csp.secure(once) == once
    assert once.count('http-equiv="Content-Security-Policy"') == 1 and "hreflang" not in once
    assert once.index("Content-Security-Policy") < once.index("<script")  # it governs them all
    script_src = csp.policy_for(once).split("script-src ")[1].split(";")[0].split()
    assert len(script_src) == 3  # 'self', 'wasm-unsafe-eval' and the one script that runs
    assert csp.policy_for(PAGE.replace("var a = 1;", "var a = 2;")) != csp.policy_for(PAGE)


def test_the_command_says_what_it_needs(tmp_path):
    missing = postbuild(str(tmp_path))
    assert missing.returncode == 2 and "--site-url" in missing.stderr and "Traceback" not in missing.stderr
    empty = postbuild(str(tmp_path), "--site-url", "https://example.org/")
    assert empty.returncode == 2 and "no built site" in empty.stderr and "Traceback" not in empty.stderr


@pytest.mark.parametrize("fork", [False, True], ids=["root", "sub-path"])
def test_python_m_postbuild_does_what_the_hooks_do_over_a_rendered_site(site_dir, fork_site_dir, fork, tmp_path):
    """The site without its own work (no checker runtime, no policies, sw.js as the theme has it),
    finished by the command, is byte for byte the site `mkdocs build` wrote, at a root and under
    a path."""
    site_dir, address = (fork_site_dir, FORK["SITE_URL"]) if fork else (site_dir, SITE_URL)
    site = tmp_path / "site"
    shutil.copytree(site_dir, site)
    for directory in ("assets/pyodide", "assets/python"):
        shutil.rmtree(site / directory)
    for page in site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert csp.POLICY_META.search(html), page
        page.write_text(csp.POLICY_META.sub("", html), encoding="utf-8")
    shutil.copyfile(ROOT / "overrides" / "sw.js", site / "sw.js")
    assert files_of(site) != files_of(site_dir)

    finished = postbuild(str(site), SITE_URL=address)
    assert finished.returncode == 0, finished.stderr[-2000:]
    assert files_of(site) == files_of(site_dir)
