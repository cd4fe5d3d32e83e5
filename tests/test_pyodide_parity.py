"""Parity: the built wheels in real Pyodide give byte-for-byte the JSON that CPython gives."""

import json
import random
import subprocess

import pytest

import checker

from .conftest import ROOT

pytestmark = pytest.mark.pyodide

SCRIPT = ROOT / "tests" / "pyodide" / "parity.mjs"


def generated_cases(count: int, seed: int = 12308) -> list[dict]:
    """Numbers people type, valid and not: prefixes, separators, full width, texts with links."""
    rng = random.Random(seed)
    prefixes = ["", "+", "00", "+86 ", "0086", "+86 (0)", "000", "+95 ", "＋８６", "tel:", "0"]
    heads = ["400", "800", "95", "1069", "106", "12308", "12381", "96110", "110", "138", "10", "21", "951", ""]
    texts = [None, "", "点击 t.cn/abc 领取", "您涉嫌洗钱，请缴纳保释金", "visit www.example.com", "明天见",
             "Your data has been leaked", "http://x.y/z", "<script>alert(1)</script>"]
    junk = ["abc", "", "   ", "+", "1", "++86", "4008\x00001234", "１２３", "9" * 30, "－", "\u202a110\u202c"]
    cases = []
    for _ in range(count):
        if rng.random() < 0.15:
            number = rng.choice(junk)
        else:
            body = rng.choice(heads) + "".join(rng.choice("0123456789") for _ in range(rng.randint(0, 11)))
            sep = rng.choice(["", " ", "-", ".", "　"])
            body = sep.join(body[i : i + rng.randint(2, 4)] for i in range(0, len(body), 3))
            if rng.random() < 0.2:
                body = "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in body)
            number = rng.choice(prefixes) + body
        cases.append({"number": number, "channel": rng.choice(["call", "sms"]), "text": rng.choice(texts)})
    return cases


def example_cases() -> list[dict]:
    return [
        {"number": e.number, "channel": e.channel, "text": e.text}
        for rule in checker.RULES
        for e in rule.matches + rule.misses
    ]


def test_pyodide_gives_the_same_json_as_cpython(site_dir, node, tmp_path):
    cases = example_cases() + generated_cases(600)
    assert len(cases) >= 500 + len(example_cases())
    cases_file = tmp_path / "cases.json"
    cases_file.write_text(json.dumps(cases, ensure_ascii=False), encoding="utf-8")
    wheels = [str(p) for p in sorted((site_dir / "assets" / "wheels").glob("*/*.whl"), key=lambda p: p.name)]
    assert [p.split("/")[-1].split("-")[0] for p in wheels] == ["checker", "phonenumberslite"]
    run = subprocess.run([node, str(SCRIPT), str(cases_file), *wheels], cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr[-3000:]
    report = json.loads(run.stdout)
    runtime, results = report["runtime"], report["results"]
    python_version, phonenumbers_version, checker_version = runtime.split()
    assert python_version.startswith("3.14")  # really Pyodide, not the host Python
    assert phonenumbers_version == __import__("phonenumbers").__version__
    assert checker_version == checker.__version__
    expected = [
        checker.result_json(case["number"], case["channel"], case["text"], lang)
        for case in cases
        for lang in ("zh", "en")
    ]
    identical = sum(a == b for a, b in zip(results, expected, strict=False))  # lengths asserted below
    print(f"parity: {identical} of {len(expected)} identical ({len(cases)} cases x 2 languages)")
    assert len(results) == len(expected)
    mismatches = [(cases[i // 2], results[i], expected[i]) for i in range(len(expected)) if results[i] != expected[i]]
    assert not mismatches, mismatches[:3]
    # The generated inputs exercise every outcome.
    risks = {json.loads(r).get("risk", "error") for r in expected}
    assert risks == {"danger", "caution", "unknown", "safe", "official", "error"}
