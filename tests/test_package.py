"""The package as PyPI gets it: its metadata, a version that changes with the rules, dists that pass
`twine check --strict`, and a wheel that installs in a fresh venv and answers as this checkout does."""

import json
import os
import re
import subprocess
import sys
import tomllib
import venv
import zipfile
from email.parser import Parser

from packaging.requirements import Requirement
from trove_classifiers import classifiers

import bundler
import checker
from checker import open_data

from .helpers import ROOT

PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
# A release's heading and the digest line under it (CHANGELOG.md).
RELEASE = re.compile(
    r"^## \[(?P<version>[^\]]+)\] - \d{4}-\d\d-\d\d\n+Rule table: sha256 `(?P<digest>[0-9a-f]{64})`", re.M
)


def test_the_published_range_holds_the_pin_the_browser_runs():
    (dependency,) = (Requirement(text) for text in PROJECT["dependencies"])
    pinned = bundler.locked_version(ROOT / "requirements.lock", bundler.DEPENDENCY)
    assert dependency.name == bundler.DEPENDENCY
    # A range for those who install the package, not the browser's exact pin.
    assert not any(spec.operator in ("==", "===") for spec in dependency.specifier), dependency
    assert dependency.specifier.contains(pinned), f"requirements.lock pins {pinned}, outside {dependency.specifier}"


def test_the_metadata_says_what_and_whose_it_is():
    assert PROJECT["name"] == "anti-fraud-call-check"
    assert set(PROJECT["urls"]) == {"Homepage", "Source", "Issues", "Changelog"}
    assert all(url.startswith("https://") for url in PROJECT["urls"].values())
    assert PROJECT["authors"] and PROJECT["keywords"]
    assert set(PROJECT["classifiers"]) <= classifiers, set(PROJECT["classifiers"]) - classifiers
    for language in ("Chinese (Simplified)", "Chinese (Traditional)", "English"):
        assert f"Natural Language :: {language}" in PROJECT["classifiers"]
    # Every Python version claimed is one requires-python allows.
    claimed = re.findall(r"Programming Language :: Python :: (3\.\d+)$", "\n".join(PROJECT["classifiers"]), re.M)
    assert (
        claimed
        and all(tuple(map(int, v.split("."))) >= (3, 11) for v in claimed)
        and PROJECT["requires-python"] == ">=3.11"
    )


def test_the_version_changes_with_the_rule_table():
    releases = list(RELEASE.finditer((ROOT / "CHANGELOG.md").read_text(encoding="utf-8")))
    assert releases, "CHANGELOG.md has no release entry with its 'Rule table: sha256 `…`' line"
    newest = releases[0]
    assert newest["version"] == checker.__version__, (
        f"CHANGELOG.md's newest release is {newest['version']}, checker.__version__ is {checker.__version__}: "
        "add an entry for it"
    )
    now = open_data.digest()
    assert newest["digest"] == now, (
        f"the rule table changed since {checker.__version__} (CHANGELOG.md records sha256 {newest['digest']}, "
        f"it is now {now}): bump __version__ in checker/__init__.py and add a CHANGELOG.md entry for it "
        f"with 'Rule table: sha256 `{now}`'"
    )


def test_the_dists_pass_twine_check(dist):
    names = sorted(path.name for path in dist.iterdir())
    version = checker.__version__
    assert names == [f"anti_fraud_call_check-{version}-py3-none-any.whl", f"anti_fraud_call_check-{version}.tar.gz"]
    run = subprocess.run(
        [sys.executable, "-m", "twine", "check", "--strict", *sorted(map(str, dist.iterdir()))],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout.count("PASSED") == 2


def test_the_wheel_holds_the_checker_and_its_metadata(dist):
    with zipfile.ZipFile(next(dist.glob("*.whl"))) as wheel:
        names = wheel.namelist()
        metadata = wheel.read(next(n for n in names if n.endswith(".dist-info/METADATA"))).decode()
    assert "checker/open_data.py" in names and not any(n.startswith(("bundler/", "tests/")) for n in names)
    fields = Parser().parsestr(metadata)
    required = [Requirement(text) for text in fields.get_all("Requires-Dist") if "extra ==" not in text]
    assert required == [Requirement(text) for text in PROJECT["dependencies"]]
    assert f"Homepage, {PROJECT['urls']['Homepage']}" in fields.get_all("Project-URL")


def test_the_wheel_installs_in_a_fresh_venv_and_answers_as_here(dist, tmp_path):
    # Only the built wheel and the phonenumberslite wheel the lock pins (the build's own cached,
    # hash-checked copy): no index, so the published range must accept the pin.
    phonenumbers = bundler.fetch_wheel(ROOT, ROOT / ".cache" / "wheels")
    env = {name: value for name, value in os.environ.items() if not name.startswith("PIP_")}
    env["PIP_CONFIG_FILE"] = os.devnull
    venv.create(tmp_path / "venv", with_pip=True)
    bin_dir = tmp_path / "venv" / "bin"
    subprocess.run(
        [bin_dir / "python", "-m", "pip", "install", "--quiet", "--no-index", "--find-links", phonenumbers.parent,
         next(dist.glob("*.whl"))],
        check=True,
        env=env,
    )  # fmt: skip
    for args, expected in (
        (["--json", "--", "4008001234"], checker.result("4008001234")),
        (["--json", "--lang", "en", "--sms", "--", "+86 95588"], checker.result("+86 95588", channel="sms", lang="en")),
    ):
        run = subprocess.run([bin_dir / "anti-fraud-check", *args], capture_output=True, text=True, env=env)
        assert run.returncode == 0, run.stderr
        assert json.loads(run.stdout) == json.loads(json.dumps(expected, ensure_ascii=False))
    assert json.loads(run.stdout)["risk"] == "danger"
