"""Parity: the site's runtime (its stdlib and compiled zips) in real Pyodide gives byte-for-byte
the JSON that CPython gives, cold and restored, and lacks no module the checker can import; and
every answer the site stores in advance is the one it gives."""

import importlib
import json
import subprocess
import zipfile

import checker
from bundler import answers
from checker.languages import CODES
from checker.refusals import result_cases
from checker.rule import CHANNELS
from support.cases import example_cases, generated_cases
from support.runtime import CONFIG, site_runtime
from support.server import SiteServer

from .helpers import ROOT

SCRIPT = ROOT / "tests" / "pyodide" / "parity.mjs"
ANSWERS_JS = ROOT / "overrides" / "assets" / "checker" / "answers.js"


def zip_modules(path) -> list[str]:
    """The modules a shipped zip holds, as dotted names."""
    names = []
    for name in zipfile.ZipFile(path).namelist():
        if name.endswith(".pyc") and ".dist-info/" not in name:
            names.append(name.removesuffix(".pyc").removesuffix("/__init__").replace("/", "."))
    return sorted(names)


def importable(names: list[str]) -> list[str]:
    """Those of ``names`` CPython can import (phonenumberslite's carrier, geocoder and timezone
    modules lack their data everywhere); __main__ modules run a CLI, so they are left out."""
    found = []
    for name in names:
        if name.endswith("__main__"):
            continue
        try:
            importlib.import_module(name)
        except ImportError:
            continue
        found.append(name)
    return found


def test_pyodide_gives_the_same_json_as_cpython_cold_and_from_a_snapshot(site_dir, node, tmp_path):
    cases = example_cases() + result_cases() + generated_cases(600)
    assert len(cases) >= 500 + len(example_cases())
    cases_file = tmp_path / "cases.json"
    # parity.mjs answers in these languages, in this order, as `expected` below does.
    cases_file.write_text(json.dumps({"langs": CODES, "cases": cases}, ensure_ascii=False), encoding="utf-8")
    runtime = site_runtime(site_dir)
    assert [p.split("/")[-1].split("-")[0] for p in runtime["zips"]] == ["checker", "phonenumberslite"]
    runtime["modules"] = importable([name for path in runtime["zips"] for name in zip_modules(path)])
    assert {"checker.cli", "phonenumbers.data.region_CN"} <= set(runtime["modules"])
    runtime_file = tmp_path / "runtime.json"
    runtime_file.write_text(json.dumps(runtime), encoding="utf-8")
    run = subprocess.run(
        [node, str(SCRIPT), str(cases_file), str(runtime_file)], cwd=ROOT, capture_output=True, text=True
    )
    # Node quotes the line that threw: all of minified pyodide.asm.mjs.
    assert run.returncode == 0, "\n".join(line for line in run.stderr.splitlines() if len(line) < 1000)[-3000:]
    report = json.loads(run.stdout)
    python_version, phonenumbers_version, checker_version = report["runtime"].split()
    assert python_version.startswith("3.14")  # really Pyodide, not the host Python
    assert phonenumbers_version == __import__("phonenumbers").__version__
    assert checker_version == checker.__version__
    assert report["snapshot_bytes"] > 1_000_000  # a whole interpreter's memory, not an empty shell
    assert report["warm"]  # restored from a snapshot the self-test's inputs had warmed
    expected = [
        checker.result_json(case["number"], case["channel"], case["text"], lang, case["where"])
        for case in cases
        for lang in CODES
    ]
    for start in ("cold", "restored"):
        results = report[start]
        assert len(results) == len(expected)
        mismatches = [
            (cases[i // len(CODES)], results[i], expected[i]) for i in range(len(expected)) if results[i] != expected[i]
        ]
        print(
            f"parity ({start}): {len(expected) - len(mismatches)} of {len(expected)} identical "
            f"({len(cases)} cases x {len(CODES)} languages)"
        )
        assert not mismatches, mismatches[:3]
    # The generated inputs exercise every outcome.
    risks = {json.loads(r).get("risk", "error") for r in expected}
    assert risks == {"danger", "caution", "unknown", "safe", "official", "error"}
    assert {"cn", "abroad"} <= {case["where"] for case in cases}


def test_every_stored_answer_is_what_pyodide_gives(site_dir, node, tmp_path):
    """Each row of every file of stored answers (bundler/answers.py), looked up by answers.js as
    the page does, is byte for byte what the shipped runtime answers for that input."""
    page = (site_dir / "check" / "index.html").read_text(encoding="utf-8")
    base_url = json.loads(CONFIG.search(page).group(1))["answers"]["baseURL"]
    files = [[lang, where] for lang, where in answers.places()]
    assert all((site_dir / base_url / f"{lang}/{where}.json").is_file() for lang, where in files)
    runtime = site_runtime(site_dir) | {"answers": {"baseURL": base_url, "channels": CHANNELS, "files": files}}
    runtime_file = tmp_path / "runtime.json"
    runtime_file.write_text(json.dumps(runtime), encoding="utf-8")
    with SiteServer(site_dir, gzip=True) as server:
        run = subprocess.run(
            [node, str(ROOT / "tests" / "pyodide" / "answers.mjs"), str(runtime_file), server.url, str(ANSWERS_JS)],
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
    assert run.returncode == 0, "\n".join(line for line in run.stderr.splitlines() if len(line) < 1000)[-3000:]
    report = json.loads(run.stdout)
    expected = len(files) * len(CHANNELS) * len(answers.numbers())
    print(f"stored answers: {report['rows'] - len(report['mismatches'])} of {report['rows']} identical in Pyodide")
    assert report["rows"] == expected
    assert report["mismatches"] == []
