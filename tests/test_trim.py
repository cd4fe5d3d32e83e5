"""The phonenumbers zip the browser gets leaves out only what the checker never imports."""

import importlib.util
import io
import json
import subprocess
import sys
import zipfile

from .cases import generated_cases
from .conftest import ROOT
from .test_pyodide_parity import example_cases

HOOK = ROOT / "overrides" / "hooks" / "checker_assets.py"


def load_hook():
    spec = importlib.util.spec_from_file_location("checker_assets", HOOK)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_no_input_imports_a_module_the_zip_leaves_out():
    hook = load_hook()
    cases = example_cases() + generated_cases(2000, seed=96110)
    script = (
        "import json, sys, checker\n"
        "for case in json.load(sys.stdin):\n"
        "    for lang in ('zh', 'en'):\n"
        "        checker.result_json(case['number'], case['channel'], case['text'], lang)\n"
        "print(json.dumps([m.__file__ for m in list(sys.modules.values()) if getattr(m, '__file__', None)]))\n"
    )
    run = subprocess.run([sys.executable, "-c", script], input=json.dumps(cases), capture_output=True, text=True,
                         check=True)
    loaded = [path.replace("\\", "/") for path in json.loads(run.stdout) if "/phonenumbers/" in path]
    assert any(path.endswith("phonenumbers/shortdata/__init__.py") for path in loaded)
    assert any("/phonenumbers/data/region_" in path for path in loaded)  # lazily loaded data is in use
    inside = [path[path.index("phonenumbers/"):] for path in loaded]
    assert not [path for path in inside if hook.NEVER_IMPORTED.fullmatch(path)]


def test_trimmed_zip_keeps_the_code_data_and_licence(site_dir):
    hook = load_hook()
    (trimmed,) = (site_dir / "assets" / "python").glob("*/phonenumberslite-*-trimmed.zip")
    names = zipfile.ZipFile(io.BytesIO(trimmed.read_bytes())).namelist()
    assert "phonenumbers/__init__.py" in names and "phonenumbers/data/region_CN.py" in names
    assert "phonenumbers/shortdata/__init__.py" in names
    assert any(name.endswith(".dist-info/licenses/LICENSE") for name in names)
    assert not [name for name in names if hook.NEVER_IMPORTED.fullmatch(name)]
    # Compressed, and smaller than the wheel it comes from.
    (wheel,) = (ROOT / ".cache" / "wheels" / "phonenumberslite").glob("*.whl")
    assert trimmed.stat().st_size < wheel.stat().st_size
    # Reproducible: trimming the same wheel again gives the same bytes, hence the same URL.
    assert hook.trimmed(wheel.read_bytes()) == trimmed.read_bytes()
