"""Every way the checker refuses input, in one tuple: each row (refusal.Refusal) lives beside
the code that reads what it refuses, and gives example inputs that get it, as the rules do."""

from __future__ import annotations

from . import cli, number, refusal, text, verdict
from .refusal import Refusal

REFUSALS: tuple[Refusal, ...] = number.REFUSALS + text.REFUSALS + verdict.REFUSALS + (refusal.LANG,) + cli.REFUSALS
if len({row.code for row in REFUSALS}) != len(REFUSALS):
    raise RuntimeError("two refusals share a code: give each its own (InvalidInput.code)")


def result_cases() -> list[dict]:
    """Every example that result() answers with a refusal, as its keyword arguments (channel,
    text and where filled in): the language's examples raise instead, and the command line's
    are bytes only it reads."""
    return [
        {"channel": "call", "text": None, "where": "cn", **example}
        for row in REFUSALS
        for example in row.examples
        if "line" not in example and "lang" not in example
    ]
