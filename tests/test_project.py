"""The project's own files: one licence everywhere, hashed locks, pinned and least-privileged workflows."""

import json
import re
import tomllib

import pytest
from mkdocs.utils.yaml import yaml_load

from .helpers import FORK, ROOT
from .html import read

LOCKS = sorted(path.name for path in ROOT.glob("requirements*.lock"))
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))


def test_one_licence_everywhere():
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    package = json.loads((ROOT / "package.json").read_text(encoding="utf-8"))
    assert pyproject["license"] == package["license"] == "CC0-1.0"
    assert pyproject["license-files"] == ["LICENSE"]
    assert "Creative Commons CC0 1.0 Universal" in (ROOT / "LICENSE").read_text(encoding="utf-8")
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    footers = re.findall(r"^\s*copyright: (.*)$", config, re.MULTILINE)
    assert len(footers) == 2 and all("CC0 1.0" in footer for footer in footers)
    about = "".join(p.read_text(encoding="utf-8") for p in (ROOT / "docs").glob("about.*.md"))
    assert not re.search(r"CC BY|\bMIT\b", config + about + (ROOT / "README.md").read_text(encoding="utf-8"))
    assert about.count("CC0 1.0") == 2


@pytest.mark.parametrize("name", LOCKS)
def test_every_locked_package_is_pinned_with_hashes(name):
    text = (ROOT / name).read_text(encoding="utf-8")
    requirements = re.findall(r"^(\S+)==\S+((?:\s*\\\s*--hash=sha256:[0-9a-f]{64})+)", text, re.MULTILINE)
    named = re.findall(r"^[A-Za-z0-9]", text, re.MULTILINE)
    assert requirements and len(requirements) == len(named)
    assert "--extra-index-url" not in text and "--find-links" not in text  # no machine's own indexes


def test_the_bootstrap_pins_the_installer_at_the_main_locks_versions():
    def pins(name):
        return dict(re.findall(r"^(\S+)==(\S+)", (ROOT / name).read_text(encoding="utf-8"), re.MULTILINE))

    bootstrap, main = pins("requirements-bootstrap.lock"), pins("requirements.lock")
    assert {"pip", "setuptools", "wheel", "hatchling", "editables"} <= set(bootstrap)
    assert all(main[name] == version for name, version in bootstrap.items() if name in main)


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=lambda p: p.name)
def test_actions_are_pinned_by_commit_and_jobs_ask_for_least(workflow):
    text = workflow.read_text(encoding="utf-8")
    uses = re.findall(r"uses: (\S+)(.*)", text)
    assert uses
    for action, comment in uses:
        assert re.fullmatch(r"[\w.-]+/[\w.-]+@[0-9a-f]{40}", action), action
        assert re.search(r"#\s*v\d", comment), f"{action}: name the tag in a comment"
    flow = yaml_load(text)
    assert flow["permissions"] == {}
    for name, job in flow["jobs"].items():
        granted = job["permissions"]
        if (workflow.name, name) == ("release.yml", "publish"):
            # Trusted publishing: an OIDC token and nothing else, in the environment PyPI trusts.
            assert granted == {"id-token": "write"} and job["environment"]["name"] == "pypi"
        elif name != "deploy":
            assert "write" not in granted.values() and "id-token" not in granted, (workflow.name, name)


def test_a_release_builds_once_and_publishes_what_it_checked():
    jobs = yaml_load((ROOT / ".github" / "workflows" / "release.yml").read_text(encoding="utf-8"))["jobs"]
    runs = [step.get("run", "") for step in jobs["build"]["steps"]]
    assert any("python -m build --no-isolation" in run for run in runs)
    assert any("twine check --strict dist/*" in run for run in runs)
    publish = jobs["publish"]
    assert publish["needs"] == "build" and not any("run" in step for step in publish["steps"])
    assert publish["steps"][-1]["uses"].startswith("pypa/gh-action-pypi-publish@")
    assert publish["steps"][-1]["with"] == {"attestations": True}  # no password: trusted publishing


def test_pages_workflow_takes_the_address_and_repository_from_where_it_runs():
    build = yaml_load((ROOT / ".github" / "workflows" / "pages.yml").read_text(encoding="utf-8"))["jobs"]["build"]
    env = next(step["env"] for step in build["steps"] if step.get("run", "").startswith("make build"))
    assert env["SITE_URL"] == "${{ steps.pages.outputs.base_url }}/"
    assert env["REPO_URL"] == "${{ github.server_url }}/${{ github.repository }}"


def test_no_repository_link_without_a_repository(site_dir):
    html = (site_dir / "index.html").read_text(encoding="utf-8")
    assert 'class="md-source"' not in html
    assert "fanzha-guide" not in html


def test_a_forks_build_links_its_own_repository(fork_site_dir):
    page = read((fork_site_dir / "en" / "index.html").read_text(encoding="utf-8"))
    html = (fork_site_dir / "en" / "index.html").read_text(encoding="utf-8")
    assert FORK["REPO_URL"] in page.links
    assert f'<div class="md-source__repository">\n    {FORK["REPO_NAME"]}' in html
    assert 'data-md-component="source"' not in html  # Material's version asks api.github.com
    assert FORK["SITE_URL"] + "en/" in page.links  # the canonical address
