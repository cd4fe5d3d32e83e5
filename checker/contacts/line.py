"""The shape of one region's "who to call" row: its lines, each with the numbers it names and its
official sources, and what no source gave."""

from __future__ import annotations

import re
from dataclasses import dataclass

import phonenumbers

from ..languages import Phrase
from ..rule import PUBLISHER_KINDS, Citation, Passage

# What a line is for, in the order the advice gives them: the bank first, for anyone who has paid.
BANK, EMERGENCY, REPORT, ADVICE, TEXTS, EMBASSY, HOME = (
    "bank",
    "emergency",
    "report",
    "advice",
    "texts",
    "embassy",
    "home",
)
ROLES = (BANK, EMERGENCY, REPORT, ADVICE, TEXTS, EMBASSY, HOME)
_DATE = re.compile(r"\d{4}(?:-\d\d(?:-\d\d)?)?")
# A number of at most this many digits is a short code, dialled as it is ("tel:159"); a longer one
# is dialled in E.164 ("tel:+443001232040"), so the link works from any phone.
SHORT_DIGITS = 6


@dataclass(frozen=True)
class Line:
    """One line of advice: what to do and whom to call, the numbers in it as it writes them, and
    the public sources it rests on (or the advisory's words)."""

    role: str  # one of ROLES
    text: Phrase
    numbers: tuple[str, ...]  # as written in every language of ``text``
    sources: tuple[Citation, ...]
    advisory: Passage | None = None

    def __post_init__(self) -> None:
        if self.role not in ROLES:
            raise ValueError(f"bad role {self.role!r} for {self.text.en!r}")
        if not self.sources and self.advisory is None:
            raise ValueError(f"a line cites its source: {self.text.en!r}")
        for source in self.sources:
            if source.kind not in PUBLISHER_KINDS or not _DATE.fullmatch(source.date or "0000") or not source.url:
                raise ValueError(f"bad source {source.publisher_en!r} for {self.text.en!r}")
        for number in self.numbers:
            if number not in self.text.zh or number not in self.text.en:
                raise ValueError(f"{number!r} is not written as such in {self.text.en!r}")


@dataclass(frozen=True)
class Contacts:
    """A region's row: its lines, and what this site found no official source for (or None)."""

    region: str  # its key (regions.BY_KEY)
    lines: tuple[Line, ...]
    missing: Phrase | None = None

    def __post_init__(self) -> None:
        order = [ROLES.index(line.role) for line in self.lines]
        if order != sorted(order):
            raise ValueError(f"{self.region}: give the lines in the order of ROLES (the bank first)")


def line(role: str, zh: str, en: str, *sources: Citation, numbers: tuple[str, ...] = (), advisory=None) -> Line:
    return Line(role, Phrase(zh, en), numbers, sources, advisory)


def href(number: str, region: str) -> str:
    """What a phone dials for ``number`` as a line writes it, in ``region`` (an ISO code): a short
    code as it is ("tel:159", "tel:%239110" for Japan's #9110), any other number in E.164."""
    digits = re.sub(r"[^0-9]", "", number)
    if number.startswith("#"):
        return "tel:%23" + digits
    if len(digits) <= SHORT_DIGITS:
        return "tel:" + digits
    text = "+" + digits[2:] if digits.startswith("00") else ("+" + digits if number.startswith("+") else digits)
    parsed = phonenumbers.parse(text, region)
    if not phonenumbers.is_valid_number(parsed) and text.startswith("+"):
        # "+61-02-62283948", "0061-02-…": some sources keep the trunk 0 after the country code.
        code = str(parsed.country_code)
        rest = text[1 + len(code) :]
        if rest.startswith("0"):
            parsed = phonenumbers.parse("+" + code + rest[1:], region)
    return "tel:" + phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
