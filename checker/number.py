"""Read a phone number as people paste it, keeping the prefix it was shown with.

The prefix matters more than the number: ``phonenumbers.parse`` maps ``+86 138…``,
``0086 138…`` and ``138…`` to the same number, but the advisory treats a ``+`` or ``00``
display very differently from a domestic one. So the raw prefix is read first, and
``phonenumbers`` is used only to give the normalized E.164 form.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import phonenumbers

from .errors import MAX_NUMBER_CHARS, as_str, invalid_number, invalid_number_type
from .services import KNOWN

# How the number was shown on the phone.
DOMESTIC = "domestic"  # no international prefix: 4008001234, 010-12308, 95588
CN_INTL = "cn-intl"  # +86 or 0086 in front
INTL = "intl"  # + or 00 with another country code
MALFORMED_INTL = "malformed-intl"  # + or 00 followed by 0: no country code starts with 0
LETTERS = "letters"  # a service number with look-alike letters for digits: l0086, 1OO86
SHOWN = (DOMESTIC, CN_INTL, INTL, MALFORMED_INTL, LETTERS)

MIN_DIGITS = 3  # 110, 120: the shortest numbers that call or text anyone
# The longest real display: a 20-digit 106 SMS port number behind 0086.
MAX_DIGITS = 24

# The shortest national number phonenumbers can hold valid in China. Shorter ones (95588,
# 12308, 110) are service numbers it never calls valid, so check() skips the parse for them.
CN_SHORTEST = min(phonenumbers.PhoneMetadata.metadata_for_region("CN").general_desc.possible_length)

# Letters that pass for digits in a sender ID. They are read as digits only where the
# result is a service number in services.KNOWN: "l0086" is a lookalike, "call me" is no number.
LOOKALIKE_DIGITS = {"l": "1", "I": "1", "O": "0", "o": "0"}

# Characters people put between digits. NFKC has already folded full-width forms to these.
SEPARATORS = frozenset(" -.()/\u2010\u2011\u2012\u2013\u2014\u2212")


@dataclass(frozen=True, slots=True)
class Number:
    """A typed number, cleaned: how it was shown and its national digits."""

    shown: str  # one of SHOWN
    # Digits after the country code and trunk 0, for numbers shown as Chinese; "" otherwise.
    national: str
    # An area-coded fixed line: a domestic number typed with its trunk 0, or a +86 number
    # that phonenumbers knows as fixed-line. Keeps 0951-1234567 (Yinchuan) out of the 95 rules.
    landline: bool
    normalized: str


def read_number(raw: object) -> Number:
    """Clean ``raw`` and classify its prefix. Raises InvalidNumber if it is no phone number."""
    digits, plus, typed = _clean(raw)
    if typed:  # keep the letters in sight: normalizing to 10086 would vouch for the fake
        return Number(LETTERS, digits, False, typed)
    if plus:
        return _international(digits, digits, plus=True)
    if digits.startswith("00"):
        return _international(digits, digits[2:], plus=False)
    trunk = digits.startswith("0")
    normalized, _ = _parse(digits, "CN") if len(digits) >= CN_SHORTEST else _NOT_VALID
    return Number(DOMESTIC, digits[1:] if trunk else digits, trunk, normalized or digits)


def _international(digits: str, after_prefix: str, *, plus: bool) -> Number:
    shown_digits = "+" + digits if plus else digits
    if after_prefix.startswith("0") or not after_prefix:
        national = after_prefix.lstrip("0")
        if len(national) < MIN_DIGITS:
            raise invalid_number("too-short")
        return Number(MALFORMED_INTL, national, False, shown_digits)
    if not after_prefix.startswith("86"):
        normalized, _ = _parse("+" + after_prefix, None)
        return Number(INTL, "", False, normalized or shown_digits)
    national = after_prefix[2:]
    trunk = national.startswith("0")  # +86 (0)10 …
    national = national[1:] if trunk else national
    if len(national) < MIN_DIGITS:
        raise invalid_number("too-short")
    normalized, kind = _parse("+86" + national, None) if len(national) >= CN_SHORTEST else _NOT_VALID
    landline = trunk or kind == phonenumbers.PhoneNumberType.FIXED_LINE
    return Number(CN_INTL, national, landline, normalized or shown_digits)


_NOT_VALID = (None, phonenumbers.PhoneNumberType.UNKNOWN)


def _parse(text: str, region: str | None) -> tuple[str | None, int]:
    """The E.164 form and type where phonenumbers knows the number as valid, else None."""
    try:
        parsed = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return _NOT_VALID
    kind = phonenumbers.number_type(parsed)
    if kind == phonenumbers.PhoneNumberType.UNKNOWN:
        return _NOT_VALID
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164), kind


def _clean(raw: object) -> tuple[str, bool, str]:
    """Return the digits, whether a leading + was typed, and, if letters were read as digits,
    the number as typed without separators (else ""); or raise InvalidNumber."""
    text = as_str(raw)
    if text is None:
        raise invalid_number_type(raw)
    if len(text) > MAX_NUMBER_CHARS:  # before NFKC, which is quadratic on runs of combining marks
        raise invalid_number("number-length")
    text = unicodedata.normalize("NFKC", text).strip()
    if text[:4].lower() == "tel:":
        text = text[4:]
    digits: list[str] = []
    plus = lookalike = False
    for char in text:
        if "0" <= char <= "9":
            digits.append(char)
        elif char in LOOKALIKE_DIGITS:
            digits.append(LOOKALIKE_DIGITS[char])
            lookalike = True
        elif char == "+":
            if plus or digits:
                raise invalid_number("plus")
            plus = True
        elif char in SEPARATORS or char.isspace():
            continue
        else:
            category = unicodedata.category(char)
            if category == "Cf":  # bidi marks and zero-width spaces that phones add on copy
                continue
            if category == "Cc":
                raise invalid_number("control")
            raise invalid_number("letters")
    if lookalike and (plus or "".join(digits) not in KNOWN):
        raise invalid_number("letters")
    if not digits:
        raise invalid_number("too-short" if plus else "empty")
    if len(digits) < MIN_DIGITS:
        raise invalid_number("too-short")
    if len(digits) > MAX_DIGITS:
        raise invalid_number("too-long")
    typed = "".join(char for char in text if "0" <= char <= "9" or char in LOOKALIKE_DIGITS) if lookalike else ""
    return "".join(digits), plus, typed
