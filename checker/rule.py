"""The shape of one rule: what it matches, how risky that is, where it comes from, what it says."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from .languages import BY_CODE, Phrase, quoted
from .marks import BY_ID as MARKS_BY_ID
from .marks import DEMAND, PRETEXT
from .number import DISPLAYS, Number
from .text import TextFacts

# Risks, most severe first: matched rules are sorted in this order.
DANGER, CAUTION, OFFICIAL, SAFE, UNKNOWN = "danger", "caution", "official", "safe", "unknown"
RISKS = (DANGER, CAUTION, OFFICIAL, SAFE, UNKNOWN)
SEVERITY = {risk: rank for rank, risk in enumerate(RISKS)}

CHANNELS = ("call", "sms")
# A rule's risk may depend on the context: a call, a text, or a text with a link.
CONTEXTS = ("call", "sms", "sms-link")
# Where the reader is, as the rules know it (regions.COARSE): in mainland China, or outside it
# ("abroad": also Hong Kong, Macao and Taiwan), where calls from mainland China show +86 and 110 may
# be a local number (the police in Japan, Germany and Taiwan) or none. How local calls show depends
# on the region (regions.py): a UK, US or Canadian phone shows them in national format.
WHERES = ("cn", "abroad")
# What a rule may require of the message's content: a link or none; one of its ``marks``
# ("red-flags"); a link or any script ("flagged"); or a kind of fraud ("scheme"): one of its
# ``pretexts`` (who the sender claims to be) with one of its ``demands`` (what they ask for); or a
# link or one of its ``marks`` ("link-or-marks").
TEXT_CONDITIONS = ("link", "no-link", "red-flags", "flagged", "scheme", "link-or-marks")
# The conditions that look for the rule's own ``marks``.
WITH_MARKS = ("red-flags", "link-or-marks")

# The two texts in advisory/, by the file stem of each (advisory/<stem>.zh-Hans.txt).
NOTICE = "notice"  # the MFA Consular Protection Center's notice of 19 January 2026
TIPS = "republisher-tips"  # what the NetEase republication added after the notice, undated
ADVISORY_SOURCES = (NOTICE, TIPS)

# Who published a public source a rule (or a line of who to call, checker/contacts/) rests on.
# The rules rest on the authorities; the others only back one of those up, and the rule table
# says plainly that they are none of those. A press report of what an authority said is kind of
# that authority, its publisher naming the paper ("铜梁警方（重庆晨报报道）"); "press" is a paper's
# own reporting, "other" a university's or a company's page.
AUTHORITIES = ("police", "bank", "carrier", "miit", "regulator", "embassy", "government")
OTHER_PUBLISHERS = ("consumer-body", "press", "other")
PUBLISHER_KINDS = AUTHORITIES + OTHER_PUBLISHERS
_DATE = re.compile(r"\d{4}(?:-\d\d(?:-\d\d)?)?")


@dataclass(frozen=True)
class AdviceByWhere:
    """One piece of advice worded for a reader in mainland China and for one abroad."""

    cn: Phrase
    abroad: Phrase
    # Whether, for a reader in a region with a row of who to call (checker/contacts/), this item
    # gives way to that row's lines: the advice on where to report, which the row says better.
    local: bool = False


@dataclass(frozen=True)
class Wording:
    """A rule's words in one language, with its advice as a reader in mainland China and one
    abroad each get it."""

    title: str
    explanation: str
    advice: dict[str, tuple[str, ...]]  # by where

    def advice_in(self, where: str) -> tuple[str, ...]:
        return self.advice[where]


@dataclass(frozen=True)
class Passage:
    """Words quoted from one of the two texts in advisory/ (Simplified, verbatim), and their English."""

    source: str  # NOTICE or TIPS
    zh: str
    en: str

    def __getitem__(self, lang: str) -> str:
        """The quote in ``lang``: Traditional Chinese has the original's own characters."""
        return quoted(self.zh, lang) if BY_CODE[lang].quotes_original else self.en


@dataclass(frozen=True)
class Citation:
    """A public source beyond the advisory: who published it, when, where, and its own words."""

    publisher: str  # in Chinese, with the paper or site that carried it: 铜梁警方（重庆晨报报道）
    publisher_en: str
    kind: str  # one of PUBLISHER_KINDS
    date: str  # as precise as the source gives it: 2018-06-14, 2022-12, 2012; "" if undated
    url: str
    quote: str  # verbatim, as the copy at url has it
    quote_en: str
    quote_lang: str = "zh-Hans"  # "zh-Hant" where the copy is in Traditional characters
    name: Phrase = field(init=False, repr=False, compare=False)  # the publisher, in every language

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", Phrase(self.publisher, self.publisher_en))


@dataclass(frozen=True)
class Example:
    number: str
    channel: str = "call"
    text: str | None = None
    where: str = "cn"

    def __str__(self) -> str:
        parts = [self.number] + ([f"[{self.channel}]"] if self.channel != "call" else [])
        parts += [f"[{self.where}]"] if self.where != "cn" else []
        return " ".join(parts + ([repr(self.text)] if self.text else []))


def sms(number: str, text: str | None = None, where: str = "cn") -> Example:
    return Example(number, "sms", text, where)


def abroad(number: str, channel: str = "call", text: str | None = None) -> Example:
    return Example(number, channel, text, "abroad")


@dataclass(frozen=True)
class Rule:
    """One row of the rule table.

    A rule matches when every condition it sets holds: where the reader is, the channel,
    how the number was displayed, its national digits (a full regex match), whether it is a
    landline, and what the text contains. It is dropped when a rule named in ``unless``
    also matched. Every rule quotes the advisory or cites a public source, or both.
    """

    id: str
    risk: str | Mapping[str, str]  # one risk, or one per context in CONTEXTS
    page: str  # the site page whose section #<id> explains the rule
    title: Phrase
    explanation: Phrase
    advice: tuple[Phrase | AdviceByWhere, ...]
    matches: tuple[Example | str, ...]
    misses: tuple[Example | str, ...]
    advisory: Passage | None = None
    sources: tuple[Citation, ...] = ()
    decision: Phrase | None = None  # what the rule decides beyond its sources, and why
    where: tuple[str, ...] = WHERES
    channels: tuple[str, ...] = CHANNELS
    displays: tuple[str, ...] = DISPLAYS
    national: str | None = None
    landline: bool | None = None  # None: either
    text: str | None = None
    marks: tuple[str, ...] = ()  # with text in WITH_MARKS: the marks (marks.MARKS) it looks for
    pretexts: tuple[str, ...] = ()  # with text="scheme": who the sender claims to be
    demands: tuple[str, ...] = ()  # with text="scheme": what they ask for
    unless: tuple[str, ...] = ()
    name: Phrase | None = None  # a kind of fraud's name, which leads its verdict: "冒充公检法"
    _national: re.Pattern[str] | None = field(init=False, repr=False, compare=False)
    _marks: frozenset[str] = field(init=False, repr=False, compare=False)
    _pretexts: frozenset[str] = field(init=False, repr=False, compare=False)
    _demands: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Plain strings are the common case of an example: a call with no text.
        for name in ("matches", "misses"):
            examples = tuple(e if isinstance(e, Example) else Example(e) for e in getattr(self, name))
            object.__setattr__(self, name, examples)
        compiled = re.compile(self.national) if self.national else None
        object.__setattr__(self, "_national", compiled)
        object.__setattr__(self, "_marks", frozenset(self.marks))
        object.__setattr__(self, "_pretexts", frozenset(self.pretexts))
        object.__setattr__(self, "_demands", frozenset(self.demands))
        self._validate()

    def _validate(self) -> None:
        risks = self.risk.values() if isinstance(self.risk, Mapping) else [self.risk]
        if isinstance(self.risk, Mapping) and set(self.risk) != set(CONTEXTS):
            raise ValueError(f"{self.id}: a per-context risk needs exactly {CONTEXTS}")
        if not set(risks) <= set(RISKS):
            raise ValueError(f"{self.id}: bad risk {self.risk!r}")
        # A rule may say that it cannot judge (local-number) only of a number, never of a message.
        if UNKNOWN in risks and (self.text is not None or len(set(risks)) > 1):
            raise ValueError(f"{self.id}: only a rule on the number alone may say it cannot judge")
        if not set(self.channels) <= set(CHANNELS) or not set(self.displays) <= set(DISPLAYS):
            raise ValueError(f"{self.id}: bad channels or displays")
        if not self.where or not set(self.where) <= set(WHERES):
            raise ValueError(f"{self.id}: bad where {self.where!r}")
        if self.text not in (None, *TEXT_CONDITIONS) or bool(self.marks) != (self.text in WITH_MARKS):
            raise ValueError(f"{self.id}: bad text condition {self.text!r} with marks {self.marks!r}")
        unknown = set(self.marks + self.pretexts + self.demands) - set(MARKS_BY_ID)
        if unknown:
            raise ValueError(f"{self.id}: unknown marks {sorted(unknown)}: add them to checker/marks/")
        scheme = self.text == "scheme"
        if scheme != bool(self.pretexts) or scheme != bool(self.demands):
            raise ValueError(
                f'{self.id}: a kind of fraud (text="scheme") needs pretexts and demands, nothing else does'
            )
        # A script mark may serve as either ("涉嫌洗钱" is a pretext, "转到安全账户" a demand).
        if any(MARKS_BY_ID[mark].group == PRETEXT for mark in self.demands) or any(
            MARKS_BY_ID[mark].group == DEMAND for mark in self.pretexts
        ):
            raise ValueError(f"{self.id}: pretexts are what the sender claims, demands what they ask for")
        if (self.name is not None) != scheme:
            raise ValueError(f"{self.id}: a kind of fraud, and only a kind, has a name")
        if self.advisory is None and not self.sources:
            raise ValueError(f"{self.id}: a rule quotes the advisory or cites a public source")
        if self.advisory is not None and self.advisory.source not in ADVISORY_SOURCES:
            raise ValueError(f"{self.id}: bad advisory source {self.advisory.source!r}")
        for source in self.sources:
            if source.kind not in PUBLISHER_KINDS or not _DATE.fullmatch(source.date or "0000"):
                raise ValueError(f"{self.id}: bad source {source.publisher_en!r}")
        if self.sources and not any(source.kind in AUTHORITIES for source in self.sources):
            raise ValueError(f"{self.id}: cite a police, bank, carrier, MIIT or embassy source")
        if self.sources and self.decision is None:
            raise ValueError(f"{self.id}: a rule beyond the advisory says what it decides")

    def risk_in(self, context: str) -> str:
        return self.risk if isinstance(self.risk, str) else self.risk[context]

    def texts(self, lang: str) -> Wording:
        """The rule's words in ``lang``, a code languages.resolve() gave."""
        advice = {
            where: tuple(
                (getattr(item, where) if isinstance(item, AdviceByWhere) else item)[lang] for item in self.advice
            )
            for where in WHERES
        }
        return Wording(self.title[lang], self.explanation[lang], advice)

    @property
    def section(self) -> str:
        """The site path of the section that explains this rule, relative to the site root."""
        return f"{self.page}/#{self.id}"

    def applies(self, number: Number, channel: str, facts: TextFacts) -> bool:
        if channel not in self.channels or number.display not in self.displays:
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
            return not self._marks.isdisjoint(facts.marks)
        if self.text == "flagged":
            return facts.has_link or bool(facts.red_flags)
        if self.text == "link-or-marks":
            return facts.has_link or not self._marks.isdisjoint(facts.marks)
        if self.text == "scheme":
            return not self._pretexts.isdisjoint(facts.marks) and not self._demands.isdisjoint(facts.marks)
        return True

    @property
    def is_kind(self) -> bool:
        """Whether this row is a kind of fraud (rules/kinds_*.py): its title names the scam, so it heads a verdict."""
        return self.text == "scheme"


def check_table(rules: tuple[Rule, ...]) -> None:
    """What no one row can check (Rule._validate checks its marks): unique ids, and rules named in
    ``unless`` that exist."""
    ids: set[str] = set()
    for rule in rules:
        if rule.id in ids:
            raise ValueError(f"{rule.id}: two rules have this id: give one of them another (ids are public links)")
        ids.add(rule.id)
    for rule in rules:
        missing = sorted(set(rule.unless) - ids)
        if missing:
            raise ValueError(f"{rule.id}: unless names no rule {missing}: fix the id or add the rule")
