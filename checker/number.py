"""Read a phone number as people paste it, keeping the prefix it was shown with.

The prefix matters more than the number: ``phonenumbers.parse`` maps ``+86 138…``,
``0086 138…`` and ``138…`` to the same number, but the advisory treats a ``+`` or ``00``
display very differently from a domestic one. So the raw prefix is read first, and
``phonenumbers`` is used only to give the normalized E.164 form.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import phonenumbers

from .languages import Phrase
from .refusal import InvalidNumber, Refusal, as_str, named
from .services import KNOWN

# Caps on raw input, applied before NFKC normalisation, which is quadratic on long runs of
# combining marks: every input is then read in bounded time.
# The longest real display is 24 digits (0086 and a 20-digit 106 port number), 29 characters
# with its spaces; 64 leaves room for "tel:", brackets and the bidi marks phones add on copy.
MAX_NUMBER_CHARS = 64


def _number(code: str, zh: str, en: str, *numbers: object) -> Refusal:
    return Refusal(code, Phrase(zh, en), tuple({"number": number} for number in numbers), InvalidNumber)


# Each way the number field is refused, with numbers that get it.
EMPTY = _number("empty", "请输入一个电话号码。", "Please enter a phone number.", "", "   ", "()")
LETTERS_IN_NUMBER = _number(
    "letters",
    "号码里只能有数字、空格、短横线、括号和开头的 + 号，不能有字母或其他文字。",
    "A phone number may contain only digits, spaces, hyphens, brackets and a leading +, not letters or other text.",
    "call me",
    "l3812345678",
    "+l0086",
)
CONTROL = _number(
    "control",
    "号码里有看不见的控制字符，请重新输入。",
    "The number contains invisible control characters; please type it again.",
    "4008\x00001234",
    "110\x1b",
)
PLUS = _number(
    "plus",
    "+ 号只能出现在号码最前面，而且只能有一个。",
    "A + sign may appear only once, at the very start of the number.",
    "+86+10",
    "++86",
    "110+",
)
TOO_SHORT = _number(
    "too-short",
    "数字太少，不是电话号码（最短的服务号码也有 3 位，例如 110）。",
    "Too few digits for a phone number (the shortest service numbers, such as 110, have 3).",
    "12",
    "+",
    "+012",
)
TOO_LONG = _number("too-long", "数字太多，不像真实的电话号码。", "Too many digits to be a real phone number.", "9" * 30)
NUMBER_LENGTH = _number(
    "number-length",
    f"输入太长（超过 {MAX_NUMBER_CHARS} 个字符），不是一个电话号码。请一次只输入一个号码。",
    f"Too long to be one phone number (over {MAX_NUMBER_CHARS} characters). Please enter one number at a time.",
    "1" * (MAX_NUMBER_CHARS + 1),
)
NUMBER_TYPE = _number(
    "number-type",
    "号码必须是文字（字符串），而不是 {value}。",
    "The number must be a string, not {value}.",
    4008001234,
    110.5,
)
REFUSALS = (EMPTY, LETTERS_IN_NUMBER, CONTROL, PLUS, TOO_SHORT, TOO_LONG, NUMBER_LENGTH, NUMBER_TYPE)

# How the number was displayed on the phone.
DOMESTIC = "domestic"  # no international prefix: 4008001234, 010-12308, 95588
CN_INTL = "cn-intl"  # +86 or 0086 in front
INTL = "intl"  # + or 00 with another country code
MALFORMED_INTL = "malformed-intl"  # + or 00 followed by 0: no country code starts with 0
LETTERS = "letters"  # a service number with look-alike letters for digits: l0086, 1OO86
# No international prefix, typed by a reader in a region outside mainland China (regions.py): read
# with that region's metadata, as its phones show local calls ("020 7946 0000" in the UK).
LOCAL = "local"
DISPLAYS = (DOMESTIC, CN_INTL, INTL, MALFORMED_INTL, LETTERS, LOCAL)

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
    """A typed number, cleaned: how it was displayed and its national digits."""

    display: str  # one of DISPLAYS
    # Digits after the country code and trunk 0, for numbers shown as Chinese; the digits as typed
    # for a LOCAL number; "" otherwise.
    national: str
    # An area-coded fixed line: a domestic number typed with its trunk 0, or a +86 number
    # that phonenumbers knows as fixed-line. Keeps 0951-1234567 (Yinchuan) out of the 95 rules.
    landline: bool
    normalized: str


def read_number(raw: object, region: str = "CN") -> Number:
    """Clean ``raw`` and classify its prefix, reading a number typed without + or 00 as a phone in
    ``region`` (an ISO code, as phonenumbers spells it) shows it. Raises InvalidNumber if it is no
    phone number."""
    digits, plus, typed = _clean(raw)
    if typed:  # keep the letters in sight: normalizing to 10086 would vouch for the fake
        return Number(LETTERS, digits, False, typed)
    if plus:
        return _international(digits, digits, plus=True)
    if digits.startswith("00"):
        return _international(digits, digits[2:], plus=False)
    if region != "CN":
        return _local(digits, region)
    trunk = digits.startswith("0")
    normalized, _ = _parse(digits, "CN") if len(digits) >= CN_SHORTEST else _NOT_VALID
    return Number(DOMESTIC, digits[1:] if trunk else digits, trunk, normalized or digits)


def _international(digits: str, after_prefix: str, *, plus: bool) -> Number:
    displayed = "+" + digits if plus else digits
    if after_prefix.startswith("0") or not after_prefix:
        national = after_prefix.lstrip("0")
        if len(national) < MIN_DIGITS:
            raise TOO_SHORT()
        return Number(MALFORMED_INTL, national, False, displayed)
    if not after_prefix.startswith("86"):
        normalized, _ = _parse("+" + after_prefix, None)
        return Number(INTL, "", False, normalized or displayed)
    national = after_prefix[2:]
    trunk = national.startswith("0")  # +86 (0)10 …
    national = national[1:] if trunk else national
    if len(national) < MIN_DIGITS:
        raise TOO_SHORT()
    normalized, kind = _parse("+86" + national, None) if len(national) >= CN_SHORTEST else _NOT_VALID
    landline = trunk or kind == phonenumbers.PhoneNumberType.FIXED_LINE
    return Number(CN_INTL, national, landline, normalized or displayed)


_NOT_VALID = (None, phonenumbers.PhoneNumberType.UNKNOWN)


def _local(digits: str, region: str) -> Number:
    """A number typed without + or 00 by a reader in ``region``: its own international prefix
    (011 in North America, 010 in Japan) makes it international; else it is a local number."""
    idd = _IDD[region].match(digits)
    if idd and len(digits) > idd.end():
        return _international(digits, digits[idd.end() :], plus=False)
    normalized, _ = _parse(digits, region)
    return Number(LOCAL, digits, False, normalized or digits)


# Each region's international prefix (other than 00, which is read as one everywhere), from its
# phonenumbers metadata: read once, so a region's metadata is loaded only when it is used.
class _Prefixes(dict):
    def __missing__(self, region: str) -> re.Pattern[str]:
        metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
        pattern = metadata.international_prefix if metadata is not None else None
        self[region] = compiled = re.compile(f"(?:{pattern or '00'})")
        return compiled


_IDD = _Prefixes()


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
        raise NUMBER_TYPE(named(raw))
    if len(text) > MAX_NUMBER_CHARS:  # before NFKC, which is quadratic on runs of combining marks
        raise NUMBER_LENGTH()
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
                raise PLUS()
            plus = True
        elif char in SEPARATORS or char.isspace():
            continue
        else:
            category = unicodedata.category(char)
            if category == "Cf":  # bidi marks and zero-width spaces that phones add on copy
                continue
            if category == "Cc":
                raise CONTROL()
            raise LETTERS_IN_NUMBER()
    if lookalike and (plus or "".join(digits) not in KNOWN):
        raise LETTERS_IN_NUMBER()
    if not digits:
        raise TOO_SHORT() if plus else EMPTY()
    if len(digits) < MIN_DIGITS:
        raise TOO_SHORT()
    if len(digits) > MAX_DIGITS:
        raise TOO_LONG()
    typed = "".join(char for char in text if "0" <= char <= "9" or char in LOOKALIKE_DIGITS) if lookalike else ""
    return "".join(digits), plus, typed
