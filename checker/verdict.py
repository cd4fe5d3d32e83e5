"""check(): run the rule table over one number and return a Verdict. The engine only: its
words, in each language, are result.py's."""

from __future__ import annotations

from dataclasses import dataclass
from operator import itemgetter

from .languages import Phrase
from .number import DISPLAYS, read_number
from .refusal import Refusal, as_str, choice, named
from .regions import BY_KEY, COARSE, key_of
from .rule import CHANNELS, RISKS, SEVERITY, UNKNOWN, WHERES
from .rules import RULES
from .text import plain_text, read_text

# The arguments that take one of a few words; {value} names what was passed.
CHANNEL = Refusal(
    "channel",
    Phrase("渠道必须是 call（来电）或 sms（短信），而不是 {value}。", "The channel must be call or sms, not {value}."),
    ({"number": "4008001234", "channel": "fax"}, {"number": "", "channel": ""}, {"number": "110", "channel": "SMS"}),
)
WHERE = Refusal(
    "where",
    Phrase(
        "所在地必须是地区的两个字母代码（ISO 3166-1，例如 CN、HK、GB、US），或 abroad（其他国家或地区），而不是 {value}。",
        "Where you are must be a region's two-letter code (ISO 3166-1, such as CN, HK, GB or US), or abroad "
        "(somewhere else), not {value}.",
    ),
    (
        {"number": "4008001234", "where": "moon"},
        {"number": "call me", "where": "UK"},
        {"number": "110", "where": 1},
        {"number": "110", "where": "ZZ"},
        {"number": "110", "where": "cn "},
        {"number": "110", "where": ""},
    ),
)
REFUSALS = (CHANNEL, WHERE)

# The rules that can apply where the reader is, to each channel and way of showing a number,
# with or without a message that has a link or a scam mark, in table order. check() runs only
# these: most rules fall away on these four facts alone (a bare number skips every script rule).
NEEDS_CONTENT = ("link", "red-flags", "flagged", "scheme", "link-or-marks")
CANDIDATES = {
    (where, channel, display, content): tuple(
        rule
        for rule in RULES
        if where in rule.where
        and channel in rule.channels
        and display in rule.displays
        and (content or rule.text not in NEEDS_CONTENT)
    )
    for where in WHERES
    for channel in CHANNELS
    for display in DISPLAYS
    for content in (False, True)
}


def read_where(value: object) -> str:
    """The key of the region ``value`` names (regions.key_of), or raise the WHERE refusal."""
    if type(value) is str and value in COARSE:  # the common case, first
        return value
    text = as_str(value)
    key = key_of(text) if text is not None else None
    if key is None:
        raise WHERE(named(value))
    return key


@dataclass(frozen=True, slots=True)
class Verdict:
    """What the advisory says about one number. Immutable; checker.result words it (verdict_dict)."""

    input: str
    normalized: str
    channel: str
    where: str  # the region's key (regions.BY_KEY): "cn" (mainland China), "gb", "hk", …, or "abroad"
    risk: str
    rules: tuple[str, ...]  # matched rule ids, most severe first
    rule_risks: tuple[str, ...]  # the risk each of those rules gave in this context
    context: str = "call"  # the rules' context (rule.CONTEXTS): a call, a text, or a text with a link


def check(number: str, *, channel: str = "call", text: str | None = None, where: str = "cn") -> Verdict:
    """Check a number that called or texted, with the text's content or what the caller said,
    for a reader in ``where``: a region's ISO 3166-1 code in any case (regions.REGIONS: "CN", "gb",
    "HK"), or "abroad" for somewhere else. A number typed without + or 00 is read as that region's
    phones show it (in mainland China and somewhere else, as a Chinese number).

    Raises InvalidNumber (a ValueError) for input that is not a phone number, and
    InvalidInput for a channel other than "call" or "sms", a ``where`` that names no region of
    the list, or a text that is not a string or is too long (MAX_TEXT_CHARS). Whatever the
    arguments' types, nothing else is raised.
    """
    channel = choice(channel, CHANNELS, CHANNEL)
    where = read_where(where)
    plain = plain_text(text)
    code = BY_KEY[where].code
    parsed = read_number(number, code if code else "CN")
    facts = read_text(plain)
    context = "sms-link" if channel == "sms" and facts.has_link else channel
    content = facts.has_link or bool(facts.marks)
    candidates = CANDIDATES[COARSE[where], channel, parsed.display, content]
    matched = [rule for rule in candidates if rule.applies(parsed, channel, facts)]
    if len(matched) > 1:
        ids = {rule.id for rule in matched}
        matched = [rule for rule in matched if ids.isdisjoint(rule.unless)]
    # A kind of fraud names the scam, so it heads the rules of its risk; sorted() is stable, so
    # the table's order breaks the other ties.
    ranked = sorted(
        ((SEVERITY[rule.risk_in(context)], not rule.is_kind, rule.id) for rule in matched), key=itemgetter(0, 1)
    )
    rule_risks = tuple(RISKS[rank] for rank, _, _ in ranked)
    return Verdict(
        input=number,
        normalized=parsed.normalized,
        channel=channel,
        where=where,
        risk=rule_risks[0] if rule_risks else UNKNOWN,
        rules=tuple(rule_id for _, _, rule_id in ranked),
        rule_risks=rule_risks,
        context=context,
    )
