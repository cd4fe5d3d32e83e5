"""The self-test: inputs the browser's interpreter must answer exactly as CPython does before it
answers anyone (assets/checker/worker.js).

One example of every rule that the rule matches, and one input of every refusal a string can
reach, each in turn in every language, read where its example is read (mainland China, abroad,
the UK): a snapshot that restores but gets any one rule wrong is dropped, where a few answers let
some through. The page carries only the inputs and one SHA-256 over CPython's answers, one a
line; the worker hashes its own answers and compares.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import phonenumbers

import checker
from checker.languages import CODES
from checker.refusals import REFUSALS, result_cases

# Each country's metadata costs a restored start some 20 to 40 ms more, loaded on its first number:
# of a rule's examples, one read as a mainland number (or as none), else one the UK reads.
CHEAP = ("CN", None, "GB")
LONGEST = 100  # characters: every input goes into the page


def _metadata(example) -> str | None:
    """The region whose metadata phonenumbers reads for an example's number, if any."""
    home = None if example.where == "abroad" else example.where.upper()
    try:
        return phonenumbers.region_code_for_number(phonenumbers.parse(example.number, home))
    except phonenumbers.NumberParseException:
        return None


def _cost(example) -> int:
    region = _metadata(example)
    return CHEAP.index(region) if region in CHEAP else len(CHEAP)


def cases() -> list[list]:
    """The inputs, as the arguments of checker.result_json: number, channel, text, lang, where."""
    examples = [min(rule.matches, key=_cost) for rule in checker.RULES]  # the first of the cheapest
    inputs = [[e.number, e.channel, e.text, e.where] for e in examples]
    answered = result_cases()
    for row in REFUSALS:
        strings = [
            case
            for example in row.examples
            if (case := {"channel": "call", "text": None, "where": "cn", **example}) in answered
            and all(isinstance(value, str) and len(value) <= LONGEST for value in example.values())
        ]
        inputs += [[case["number"], case["channel"], case["text"], case["where"]] for case in strings[:1]]
    return [
        [number, channel, text, CODES[i % len(CODES)], where] for i, (number, channel, text, where) in enumerate(inputs)
    ]


def answers_digest(answers: list[str]) -> str:
    """What the worker compares: the SHA-256 of the answers, one a line, in UTF-8."""
    return hashlib.sha256("\n".join(answers).encode()).hexdigest()


def _computed() -> dict:
    inputs = cases()
    return {"cases": inputs, "sha256": answers_digest([checker.result_json(*args) for args in inputs])}


def selftest(root: Path) -> dict:
    """{"cases", "sha256"}, computed by a fresh interpreter: under `mkdocs serve` this process
    keeps the checker it imported first, while the wheel follows every edit."""
    program = "import json\nfrom bundler.selftest import _computed\nprint(json.dumps(_computed()))"
    run = subprocess.run([sys.executable, "-c", program], cwd=root, capture_output=True, text=True, check=True)
    return json.loads(run.stdout)
