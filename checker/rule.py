"""The shape of one rule: what it matches, how risky that is, where it comes from, what it says."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from .number import SHOWN, Number
from .text import TextFacts

# Risks, most severe first: matched rules are sorted in this order.
DANGER, CAUTION, OFFICIAL, SAFE, UNKNOWN = "danger", "caution", "official", "safe", "unknown"
RISKS = (DANGER, CAUTION, OFFICIAL, SAFE, UNKNOWN)
SEVERITY = {risk: rank for rank, risk in enumerate(RISKS)}

CHANNELS = ("call", "sms")
# A rule's risk may depend on the context: a call, a text, or a text with a link.
CONTEXTS = ("call", "sms", "sms-link")
# What a rule may require of the message's content.
TEXT_CONDITIONS = ("link", "no-link", "red-flags")


@dataclass(frozen=True)
class Texts:
    """A rule's words in one language."""

    title: str
    explanation: str
    advice: tuple[str, ...]


@dataclass(frozen=True)
class Passage:
    """The advisory's own words (Simplified, verbatim) and their English rendering."""

    zh: str
    en: str


@dataclass(frozen=True)
class Decision:
    """What the rule decides beyond the advisory, and why."""

    zh: str
    en: str


@dataclass(frozen=True)
class Example:
    number: str
    channel: str = "call"
    text: str | None = None

    def __str__(self) -> str:
        parts = [self.number] + ([f"[{self.channel}]"] if self.channel != "call" else [])
        return " ".join(parts + ([repr(self.text)] if self.text else []))


def sms(number: str, text: str | None = None) -> Example:
    return Example(number, "sms", text)


@dataclass(frozen=True)
class Rule:
    """One row of the rule table.

    A rule matches when every condition it sets holds: the channel, how the number was
    shown, its national digits (a full regex match), whether it is a landline, and what
    the text contains. It is dropped when a rule named in ``unless`` also matched.
    """

    id: str
    risk: str | Mapping[str, str]  # one risk, or one per context in CONTEXTS
    page: str  # the site page whose section #<id> explains the rule
    zh: Texts
    en: Texts
    matches: tuple[Example | str, ...]
    misses: tuple[Example | str, ...]
    advisory: Passage | None = None
    decision: Decision | None = None
    channels: tuple[str, ...] = CHANNELS
    shown: tuple[str, ...] = SHOWN
    national: str | None = None
    landline: bool | None = None  # None: either
    text: str | None = None
    unless: tuple[str, ...] = ()
    _national: re.Pattern[str] | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Plain strings are the common case of an example: a call with no text.
        for name in ("matches", "misses"):
            examples = tuple(e if isinstance(e, Example) else Example(e) for e in getattr(self, name))
            object.__setattr__(self, name, examples)
        compiled = re.compile(self.national) if self.national else None
        object.__setattr__(self, "_national", compiled)
        self._validate()

    def _validate(self) -> None:
        risks = self.risk.values() if isinstance(self.risk, Mapping) else [self.risk]
        if isinstance(self.risk, Mapping) and set(self.risk) != set(CONTEXTS):
            raise ValueError(f"{self.id}: a per-context risk needs exactly {CONTEXTS}")
        if not set(risks) <= set(RISKS) - {UNKNOWN}:
            raise ValueError(f"{self.id}: bad risk {self.risk!r}")
        if not set(self.channels) <= set(CHANNELS) or not set(self.shown) <= set(SHOWN):
            raise ValueError(f"{self.id}: bad channels or shown")
        if self.text not in (None, *TEXT_CONDITIONS):
            raise ValueError(f"{self.id}: bad text condition {self.text!r}")
        if self.advisory is None and self.decision is None:
            raise ValueError(f"{self.id}: a rule comes from the advisory or says what it decides")

    def risk_in(self, context: str) -> str:
        return self.risk if isinstance(self.risk, str) else self.risk[context]

    def texts(self, lang: str) -> Texts:
        return self.zh if lang == "zh" else self.en

    @property
    def section(self) -> str:
        """The site path of the section that explains this rule, relative to the site root."""
        return f"{self.page}/#{self.id}"

    def applies(self, number: Number, channel: str, facts: TextFacts) -> bool:
        if channel not in self.channels or number.shown not in self.shown:
            return False
        if self.landline is not None and number.landline != self.landline:
            return False
        if self._national is not None and not self._national.fullmatch(number.national):
            return False
        if self.text == "link":
            return facts.has_link
        if self.text == "no-link":
            return not facts.has_link
        if self.text == "red-flags":
            return bool(facts.red_flags)
        return True
