"""Every way of refusing input is a row with examples (REFUSALS), as every rule is: each
example gets exactly its row's refusal, in every language."""

import io
import json

import pytest

import checker
from checker import refusal
from checker.cli import main
from checker.languages import CODES
from checker.refusals import REFUSALS
from checker.result import echo

ROWS = [pytest.param(row, example, id=f"{row.code}-{i}") for row in REFUSALS for i, example in enumerate(row.examples)]


def test_every_row_has_an_example_and_its_own_code():
    assert all(row.examples for row in REFUSALS)
    assert len({row.code for row in REFUSALS}) == len(REFUSALS)


def test_a_row_without_examples_is_refused():
    with pytest.raises(ValueError, match="give at least one example"):
        refusal.Refusal("new", REFUSALS[0].message, ())


def test_every_refusal_in_checker_is_a_row():
    """A Refusal made anywhere in checker/ but left out of REFUSALS would go untested."""
    import importlib
    import pkgutil

    made = set()
    for module in pkgutil.walk_packages(checker.__path__, "checker."):
        if module.name.endswith("__main__"):
            continue
        made.update(
            id(v) for v in vars(importlib.import_module(module.name)).values() if isinstance(v, refusal.Refusal)
        )
    assert made == {id(row) for row in REFUSALS}


@pytest.mark.parametrize(("row", "example"), ROWS)
def test_each_example_gets_its_refusal_in_every_language(row, example):
    if "line" in example:  # read by the command line only
        for lang in CODES:
            out, err = io.StringIO(), io.StringIO()
            status = main(
                ["--json", "--lang", lang, "-"], stdin=io.BytesIO(example["line"] + b"\n"), stdout=out, stderr=err
            )
            assert status == 2 and json.loads(out.getvalue())["error"] == row().message(lang)
        return
    arguments = {key: value for key, value in example.items() if key != "lang"}
    if "lang" in example:
        with pytest.raises(checker.InvalidInput) as caught:
            checker.result(**example)
    else:
        with pytest.raises(checker.InvalidInput) as caught:
            checker.check(**arguments)
        for lang in CODES:
            assert checker.result(**arguments, lang=lang) == {
                "input": echo(example["number"]),
                "error": caught.value.message(lang),
            }
    assert caught.value.code == row.code
    assert isinstance(caught.value, row.error)
