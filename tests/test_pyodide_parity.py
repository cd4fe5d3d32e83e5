"""Parity: the built wheels in real Pyodide give byte-for-byte the JSON that CPython gives."""

import json
import subprocess

import pytest

import checker

from .cases import generated_cases
from .conftest import ROOT

pytestmark = pytest.mark.pyodide

SCRIPT = ROOT / "tests" / "pyodide" / "parity.mjs"


def example_cases() -> list[dict]:
    return [
        {"number": e.number, "channel": e.channel, "text": e.text, "where": e.where}
        for rule in checker.RULES
        for e in rule.matches + rule.misses
    ]


def site_runtime(site_dir):
    """The Pyodide directory, boot module and zips exactly as the built site ships them."""
    pyodide_dir = next((site_dir / "assets" / "pyodide").iterdir())
    zips = sorted((site_dir / "assets" / "python").glob("*/*"), key=lambda p: p.name)
    return pyodide_dir, site_dir / "assets" / "checker" / "boot.mjs", zips


def test_pyodide_gives_the_same_json_as_cpython_cold_and_from_a_snapshot(site_dir, node, tmp_path):
    cases = example_cases() + generated_cases(600)
    assert len(cases) >= 500 + len(example_cases())
    cases_file = tmp_path / "cases.json"
    cases_file.write_text(json.dumps(cases, ensure_ascii=False), encoding="utf-8")
    pyodide_dir, boot, zips = site_runtime(site_dir)
    assert [p.name.split("-")[0] for p in zips] == ["checker", "phonenumberslite"]
    run = subprocess.run([node, str(SCRIPT), str(cases_file), str(pyodide_dir), str(boot), *map(str, zips)],
                         cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr[-3000:]
    report = json.loads(run.stdout)
    python_version, phonenumbers_version, checker_version = report["runtime"].split()
    assert python_version.startswith("3.14")  # really Pyodide, not the host Python
    assert phonenumbers_version == __import__("phonenumbers").__version__
    assert checker_version == checker.__version__
    assert report["snapshot_bytes"] > 1_000_000  # a whole interpreter's memory, not an empty shell
    expected = [
        checker.result_json(case["number"], case["channel"], case["text"], lang, case["where"])
        for case in cases
        for lang in ("zh", "en")
    ]
    for start in ("cold", "restored"):
        results = report[start]
        assert len(results) == len(expected)
        mismatches = [(cases[i // 2], results[i], expected[i]) for i in range(len(expected)) if results[i] != expected[i]]
        print(f"parity ({start}): {len(expected) - len(mismatches)} of {len(expected)} identical "
              f"({len(cases)} cases x 2 languages)")
        assert not mismatches, mismatches[:3]
    # The generated inputs exercise every outcome.
    risks = {json.loads(r).get("risk", "error") for r in expected}
    assert risks == {"danger", "caution", "unknown", "safe", "official", "error"}
    assert {case["where"] for case in cases} == {"cn", "abroad"}
