"""CPython: check() against a bare phonenumbers.parse over the same inputs; the CLI batch."""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import phonenumbers

import checker
from support.cases import generated_cases

from .report import Figure, held

INPUTS = 100_000
ROUNDS = 5
# Texts built to be slow, each under the 2,000-character cap: NFKC makes 18 characters of
# U+FDFA, warnings before every match, long runs of card digits.
CRAFTED = (
    "\ufdfa" * 1000 + "勿" + "涉嫌" * 499,
    "6222 " * 400,
    "你涉嫌，" * 500,
    "转到安全账户" * 333,
    "a." * 1000,
)
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev.jsonl"


def _worst_text_ms() -> float:
    """The slowest crafted text's check(), best of three runs each."""
    worst = 0.0
    for text in CRAFTED:
        runs = []
        for _ in range(3):
            start = time.perf_counter()
            checker.check("13812345678", channel="sms", text=text)
            runs.append(time.perf_counter() - start)
        worst = max(worst, min(runs))
    return worst * 1e3


def _corpus_median_us() -> float | None:
    """The median check() of the real messages in ../shared/corpus, where that folder is present
    (it is measured, never copied: none of its texts is in this project)."""
    if not CORPUS.exists():
        return None
    import json

    texts = [json.loads(line)["text"][:2000] for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    times = []
    for text in texts:
        start = time.perf_counter()
        checker.check("13812345678", channel="sms", text=text)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1e6


def _per_number_us(function, inputs: list[str], errors: type[Exception]) -> float:
    start = time.perf_counter()
    for number in inputs:
        try:  # noqa: SIM105 (contextlib.suppress would be timed with every call)
            function(number)
        except errors:
            pass
    return (time.perf_counter() - start) / len(inputs) * 1e6


def _bare_parse(number: str) -> None:
    phonenumbers.parse(number, "CN")


def run() -> list[Figure]:
    inputs = [case["number"] for case in generated_cases(INPUTS)]
    bare, full = [], []
    for _ in range(ROUNDS):  # interleaved, so drift on a shared machine hits both alike
        bare.append(_per_number_us(_bare_parse, inputs, phonenumbers.NumberParseException))
        full.append(_per_number_us(checker.check, inputs, ValueError))
    ratio = statistics.median(f / b for f, b in zip(full, bare, strict=True))

    with tempfile.TemporaryDirectory() as tmp:
        lines = Path(tmp) / "numbers.txt"
        lines.write_text("\n".join(inputs) + "\n", encoding="utf-8")
        rates = []
        for _ in range(3):
            with lines.open("rb") as stdin:
                start = time.perf_counter()
                # Exit status 2 is expected: the inputs include junk on purpose.
                subprocess.run(
                    [sys.executable, "-m", "checker", "-"],
                    stdin=stdin,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                    check=False,
                )
                rates.append(INPUTS / (time.perf_counter() - start))
    corpus = _corpus_median_us()
    return [
        held("CPython", "worst-text", "check() of the slowest crafted text under the cap", _worst_text_ms(), "ms", 20),
        *(
            [Figure("CPython", "corpus-median", "check() of a real message (../shared/corpus), median", corpus, "µs")]
            if corpus
            else []
        ),
        Figure(
            "CPython",
            "bare-parse",
            f"bare phonenumbers.parse, {INPUTS:,} mixed inputs",
            statistics.median(bare),
            "µs/number",
        ),
        Figure("CPython", "check", "check(), same inputs", statistics.median(full), "µs/number"),
        held("CPython", "check-parse-ratio", "check() / bare parse", ratio, "×", 1.5),
        held(
            "CPython",
            "cli-batch",
            f"CLI batch (`python -m checker -`, {INPUTS:,} lines)",
            statistics.median(rates),
            "numbers/s",
            20_000,
            at_most=False,
        ),
    ]


if __name__ == "__main__":
    from .report import table

    print(table(run()))
