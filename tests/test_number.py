"""Reading numbers as people paste them, and refusing what is no number."""

import pytest

import checker
from checker.number import CN_INTL, DOMESTIC, INTL, MALFORMED_INTL, read_number


@pytest.mark.parametrize(
    ("raw", "shown", "national"),
    [
        ("4008001234", DOMESTIC, "4008001234"),
        ("400-800-1234", DOMESTIC, "4008001234"),
        ("400.800.1234", DOMESTIC, "4008001234"),
        ("(010) 6561 2308", DOMESTIC, "1065612308"),
        ("４００８００１２３４", DOMESTIC, "4008001234"),
        ("＋８６ １３８ １２３４ ５６７８", CN_INTL, "13812345678"),
        ("+86 138 1234 5678", CN_INTL, "13812345678"),
        ("0086 138 1234 5678", CN_INTL, "13812345678"),
        ("+86 (0)10 6561 2308", CN_INTL, "1065612308"),
        ("tel:+86-10-12308", CN_INTL, "1012308"),
        ("\u202a+86 138 1234 5678\u202c", CN_INTL, "13812345678"),
        ("+95 1 234 567", INTL, ""),
        ("001 212 555 0100", INTL, ""),
        ("00095588", MALFORMED_INTL, "95588"),
        ("+0 95588", MALFORMED_INTL, "95588"),
    ],
)
def test_prefix_is_read_before_parsing(raw, shown, national):
    number = read_number(raw)
    assert (number.shown, number.national) == (shown, national)


def test_same_number_three_ways_gives_three_displays():
    # phonenumbers.parse maps all three to one number; the advisory does not.
    verdicts = [checker.check(n) for n in ("13812345678", "+86 138 1234 5678", "0086 138 1234 5678")]
    assert {v.normalized for v in verdicts} == {"+8613812345678"}
    assert [v.risk for v in verdicts] == ["unknown", "caution", "caution"]


@pytest.mark.parametrize(
    ("raw", "normalized"),
    [
        ("4008001234", "+864008001234"),
        ("010-65612308", "+861065612308"),
        ("+44 20 7946 0958", "+442079460958"),
        ("96110", "96110"),  # a service number is no E.164 number: keep the digits
        ("+8695588", "+8695588"),
        ("00095588", "00095588"),
        ("1069 0123 4567 8", "1069012345678"),
    ],
)
def test_normalized_is_e164_where_valid_else_clean_digits(raw, normalized):
    assert checker.check(raw).normalized == normalized


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("---", "empty"),
        ("abc", "letters"),
        ("400800abcd", "letters"),
        ("call me", "letters"),
        ("<script>alert(1)</script>", "letters"),
        ("4008\x001234", "control"),
        ("4008\x1b[31m001234", "control"),
        ("400+8001234", "plus"),
        ("++8613812345678", "plus"),
        ("+", "too-short"),
        ("12", "too-short"),
        ("+86 1", "too-short"),
        ("0000", "too-short"),
        ("1" * 25, "too-long"),
        ("+86 " + "9" * 30, "too-long"),
    ],
)
def test_bad_input_is_refused_with_a_reason(raw, code):
    with pytest.raises(checker.InvalidNumber) as caught:
        checker.check(raw)
    error = caught.value
    assert isinstance(error, ValueError)
    assert error.code == code
    assert error.message("zh") and error.message("en")
    assert error.message("zh") in str(error) and error.message("en") in str(error)


def test_non_string_number_is_invalid_number():
    with pytest.raises(checker.InvalidNumber):
        checker.check(4008001234)  # type: ignore[arg-type]


def test_longest_real_display_is_accepted():
    # A 20-digit 106 port number behind 0086.
    assert "prefix-1069" in checker.check("0086 1069 0123 4567 8901 2345").rules
