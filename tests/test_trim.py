"""The zips the browser gets leave out only what the checker never imports (and what no browser reads)."""

import io
import json
import subprocess
import sys
import zipfile

import bundler
from checker.languages import CODES
from support.cases import example_cases, generated_cases

from .helpers import ROOT


def test_no_input_imports_a_module_the_zip_leaves_out():
    cases = example_cases() + generated_cases(2000, seed=96110)
    script = (
        "import json, sys, checker\n"
        "for case in json.load(sys.stdin):\n"
        f"    for lang in {CODES!r}:\n"
        "        checker.result_json(case['number'], case['channel'], case['text'], lang, case['where'])\n"
        "print(json.dumps([m.__file__ for m in list(sys.modules.values()) if getattr(m, '__file__', None)]))\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", script], input=json.dumps(cases), capture_output=True, text=True, check=True
    )
    loaded = [path.replace("\\", "/") for path in json.loads(run.stdout) if "/phonenumbers/" in path]
    assert any(path.endswith("phonenumbers/shortdata/__init__.py") for path in loaded)
    assert any("/phonenumbers/data/region_" in path for path in loaded)  # lazily loaded data is in use
    inside = [path[path.index("phonenumbers/") :] for path in loaded]
    assert not [path for path in inside if bundler.NEVER_IMPORTED.fullmatch(path)]


def test_shipped_zip_keeps_the_code_data_and_licence_compiled(site_dir):
    (shipped,) = (site_dir / "assets" / "python").glob("*/phonenumberslite-*")
    names = zipfile.ZipFile(shipped).namelist()
    assert "phonenumbers/__init__.pyc" in names and "phonenumbers/data/region_CN.pyc" in names
    assert "phonenumbers/shortdata/__init__.pyc" in names
    assert any(name.endswith(".dist-info/licenses/LICENSE") for name in names)
    assert not [name for name in names if name.endswith(".py")]  # compiled, no sources
    # Every source the trimmed wheel keeps is there compiled, and nothing NEVER_IMPORTED is.
    (wheel,) = (ROOT / ".cache" / "wheels" / "phonenumberslite").glob("*.whl")
    trimmed = bundler.trim(wheel.read_bytes())
    sources = {name for name in zipfile.ZipFile(io.BytesIO(trimmed)).namelist() if name.endswith(".py")}
    assert {name + "c" for name in sources} == {name for name in names if name.endswith(".pyc")}
    assert not [name for name in sources if bundler.NEVER_IMPORTED.fullmatch(name)]
    # Served smaller than the wheel it comes from.
    assert bundler.transferred(shipped.name, shipped.read_bytes()) < wheel.stat().st_size
    # Reproducible: trimming the same wheel again gives the same bytes, hence the same URL.
    assert bundler.trim(wheel.read_bytes()) == trimmed


def test_shipped_checker_metadata_keeps_its_headers_and_drops_the_readme(site_dir):
    (shipped,) = (site_dir / "assets" / "python").glob("*/checker-*")
    with zipfile.ZipFile(shipped) as zip_file:
        (metadata,) = [name for name in zip_file.namelist() if name.endswith(".dist-info/METADATA")]
        text = zip_file.read(metadata).decode()
    assert "Name: anti-fraud-call-check" in text and "Version: " in text
    # The description is README.md: every edit to it would otherwise be a new download.
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert readme.splitlines()[0] not in text and "Quickstart" not in text
