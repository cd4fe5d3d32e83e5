"""Lookalike numbers get a verdict, not an "invalid number" error; everything else with letters is refused."""

import pytest

import checker
from checker.number import DOMESTIC, LETTERS, read_number
from checker.services import BANKS, CARRIERS, KNOWN


@pytest.mark.parametrize(
    ("raw", "national"),
    [
        ("l0086", "10086"),
        ("1OO86", "10086"),
        ("I0010", "10010"),
        ("9558O", "95580"),
        ("ll0", "110"),
        ("l2308", "12308"),
    ],
)
def test_letters_read_as_digits_only_for_a_known_service_number(raw, national):
    number = read_number(raw)
    assert (number.display, number.national, number.normalized) == (LETTERS, national, raw)


@pytest.mark.parametrize("raw", ["l3812345678", "lol", "O", "+l0086", "hello", "l0086 ext", "1OO87", "call me"])
def test_other_letters_are_still_no_number(raw):
    with pytest.raises(checker.InvalidNumber) as caught:
        read_number(raw)
    assert caught.value.code in ("letters", "plus")


def test_a_letter_never_makes_a_number_safe_or_official():
    for known in KNOWN:
        for i, digit in enumerate(known):
            lookalike = {"1": "l", "0": "O"}.get(digit)
            if lookalike:
                fake = known[:i] + lookalike + known[i + 1 :]
                for channel in ("call", "sms"):
                    verdict = checker.check(fake, channel=channel)
                    assert verdict.risk == "danger" and "letters-in-number" in verdict.rules, fake


def test_every_known_number_with_one_digit_more_is_danger():
    for known in KNOWN:
        for digit in "0123456789":
            verdict = checker.check(known + digit)
            assert verdict.risk == "danger" and "lookalike-number" in verdict.rules, known + digit


def test_every_bank_or_carrier_number_one_digit_short_is_danger():
    for known in BANKS + CARRIERS:
        for i in range(2, len(known)):
            short = known[:i] + known[i + 1 :]
            assert "lookalike-number" in checker.check(short).rules, short


@pytest.mark.parametrize("known", KNOWN)
def test_the_real_numbers_are_no_lookalikes(known):
    verdict = checker.check(known)
    assert "lookalike-number" not in verdict.rules and "letters-in-number" not in verdict.rules
    assert read_number(known).display == DOMESTIC


@pytest.mark.parametrize("glue", ["400", "800", "10600", "106000"])
@pytest.mark.parametrize("known", ["95588", "10086", "96110", "110"])
def test_glued_prefixes_are_danger(glue, known):
    verdict = checker.check(glue + known, channel="sms")
    assert verdict.risk == "danger" and verdict.rules[0] == "lookalike-number"


def test_area_code_before_a_bank_is_caution_not_danger():
    verdict = checker.check("021-95588")
    assert (verdict.risk, verdict.rules) == ("caution", ("area-code-bank",))
