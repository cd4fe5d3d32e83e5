"""Reading numbers as people paste them, and refusing what is no number."""

import pytest

import checker
from checker.number import CN_INTL, DOMESTIC, INTL, MALFORMED_INTL, MAX_NUMBER_CHARS, read_number


@pytest.mark.parametrize(
    ("raw", "display", "national"),
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
def test_prefix_is_read_before_parsing(raw, display, national):
    number = read_number(raw)
    assert (number.display, number.national) == (display, national)


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


@pytest.mark.parametrize("raw", [4008001234, b"4008001234", None, ["110"]])
def test_non_string_number_is_invalid_number_naming_its_type(raw):
    with pytest.raises(checker.InvalidNumber) as caught:
        checker.check(raw)  # type: ignore[arg-type]
    assert caught.value.code == "number-type"
    assert caught.value.message("en") == f"The number must be a string, not {type(raw).__name__}."


def test_a_string_subclass_is_read_as_its_text():
    class Number(str):
        def strip(self, *args):
            raise AssertionError("the checker must not call a subclass's methods")

    assert checker.check(Number("4008001234")).risk == "danger"


def test_length_is_capped_before_normalising():
    # NFKC takes time quadratic in a run of combining marks: 15.9 s for this line before the cap.
    with pytest.raises(checker.InvalidNumber) as caught:
        checker.check("1" + "\u0301\u0316" * 100_000)
    assert caught.value.code == "number-length"
    assert "64" in caught.value.message("zh") and "64" in caught.value.message("en")


def test_the_cap_counts_characters_as_typed():
    assert MAX_NUMBER_CHARS == 64
    assert checker.check("110" + " " * 61).rules == ("emergency-110",)
    with pytest.raises(checker.InvalidNumber, match="64"):
        checker.check("110" + " " * 62)
    # Full-width digits are one character each, before and after NFKC.
    assert checker.check("＋８６ ９５５８８" + "　" * 55).risk == "danger"


def test_longest_real_display_is_accepted():
    # A 20-digit 106 port number behind 0086.
    assert "prefix-1069" in checker.check("0086 1069 0123 4567 8901 2345").rules
