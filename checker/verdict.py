"""check(): run the rule table over one number and return a Verdict."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter
from typing import Any

from .errors import LANGS, as_str, choice, invalid_text
from .number import SHOWN, read_number
from .rule import CAUTION, CHANNELS, DANGER, OFFICIAL, RISKS, SAFE, SEVERITY, UNKNOWN, WHERES
from .rules import RULES, RULES_BY_ID
from .text import read_text

# The word shown with each risk, in each language. SAFE is the tips' "可放心接听" for 95 numbers:
# answerable, which is less than safe.
RISK_LABELS = {
    "zh": {DANGER: "危险", CAUTION: "需谨慎", OFFICIAL: "官方号码", SAFE: "可以接听", UNKNOWN: "无法判断"},
    "en": {DANGER: "Danger", CAUTION: "Caution", OFFICIAL: "Official", SAFE: "Answerable", UNKNOWN: "Unknown"},
}

# The icon shown with each risk word: plain symbols that common fonts carry, no emoji.
RISK_ICONS = {DANGER: "✖", CAUTION: "⚠", OFFICIAL: "✔", SAFE: "✔", UNKNOWN: "?"}

# What the verdict says when no rule matched: honestly nothing, plus the advisory's four nevers.
NO_RULE = {
    "zh": (
        "没有规则匹配这个号码",
        "公告和本站补充的规则都没有专门提到这类号码。这不代表它安全，只是无法据此判断。",
        ("未知链接不点击。", "陌生来电不轻信。", "个人信息不透露。", "转账汇款多核实。"),
    ),
    "en": (
        "No rule matches this number",
        "Neither the advisory nor this site's added rules say anything specific about numbers like "
        "this one. That does not make it safe; it only means they cannot judge it.",
        (
            "Never click unknown links.",
            "Never trust a stranger's call.",
            "Never give out personal details.",
            "Always double-check before transferring money.",
        ),
    ),
}


# The rules that can apply where the reader is, to each channel and way of showing a number,
# with or without a message that has a link or a scam mark, in table order. check() runs only
# these: most rules fall away on these four facts alone (a bare number skips every script rule).
NEEDS_CONTENT = ("link", "red-flags", "flagged")
CANDIDATES = {
    (where, channel, shown, content): tuple(
        rule
        for rule in RULES
        if where in rule.where and channel in rule.channels and shown in rule.shown
        and (content or rule.text not in NEEDS_CONTENT)
    )
    for where in WHERES
    for channel in CHANNELS
    for shown in SHOWN
    for content in (False, True)
}


@dataclass(frozen=True, slots=True)
class Verdict:
    """What the advisory says about one number. Immutable."""

    input: str
    normalized: str
    channel: str
    where: str  # "cn" (mainland China) or "abroad"
    risk: str
    rules: tuple[str, ...]  # matched rule ids, most severe first
    rule_risks: tuple[str, ...]  # the risk each of those rules gave in this context

    def to_dict(self, lang: str = "zh") -> dict[str, Any]:
        """The verdict in ``lang`` ("zh" or "en"), as plain JSON-ready data."""
        lang = choice(lang, LANGS, "lang")
        title, explanation, advice, matches = _wording(self.rules, self.rule_risks, lang, self.where)
        return {
            "input": self.input,
            "normalized": self.normalized,
            "channel": self.channel,
            "where": self.where,
            "risk": self.risk,
            "risk_label": RISK_LABELS[lang][self.risk],
            "risk_icon": RISK_ICONS[self.risk],
            "rules": list(self.rules),
            "title": title,
            "explanation": explanation,
            "advice": list(advice),
            "matches": [
                {"id": rule_id, "risk": risk, "title": title, "section": section}
                for rule_id, risk, title, section in matches
            ],
        }


# Few combinations of rules ever match together, and their wording never changes: it is
# worked out once per combination, which keeps batches of numbers fast.
@lru_cache(maxsize=1024)
def _wording(rules: tuple[str, ...], rule_risks: tuple[str, ...], lang: str, where: str) -> tuple:
    """Title, explanation, advice (worded for ``where``) and (id, risk, title, section) per match."""
    matched = [RULES_BY_ID[rule_id].texts(lang) for rule_id in rules]
    if not matched:
        title, explanation, advice = NO_RULE[lang]
        return title, explanation, advice, ()
    # Under a warning, a safe or official rule's "you can answer it" would contradict it.
    warning = rule_risks[0] in (DANGER, CAUTION)
    advice: dict[str, None] = {}
    for texts, risk in zip(matched, rule_risks, strict=True):
        if not warning or risk in (DANGER, CAUTION):
            advice.update(dict.fromkeys(texts.advice_in(where)))
    matches = tuple(
        (rule_id, risk, texts.title, RULES_BY_ID[rule_id].section)
        for rule_id, risk, texts in zip(rules, rule_risks, matched, strict=True)
    )
    return matched[0].title, "\n".join(t.explanation for t in matched), tuple(advice), matches


def check(number: str, *, channel: str = "call", text: str | None = None, where: str = "cn") -> Verdict:
    """Check a number that called or texted, with the text's content or what the caller said,
    for a reader in mainland China (where="cn") or abroad (where="abroad").

    Raises InvalidNumber (a ValueError) for input that is not a phone number, and
    InvalidInput for a channel other than "call" or "sms", a ``where`` other than "cn" or
    "abroad", or a text that is not a string or is too long (MAX_TEXT_CHARS). Whatever the
    arguments' types, nothing else is raised.
    """
    channel = choice(channel, CHANNELS, "channel")
    where = choice(where, WHERES, "where")
    plain_text = None if text is None else as_str(text)
    if plain_text is None and text is not None:
        raise invalid_text(text)
    parsed = read_number(number)
    facts = read_text(plain_text)
    context = "sms-link" if channel == "sms" and facts.has_link else channel
    content = facts.has_link or bool(facts.red_flags)
    candidates = CANDIDATES[where, channel, parsed.shown, content]
    matched = [rule for rule in candidates if rule.applies(parsed, channel, facts)]
    if len(matched) > 1:
        ids = {rule.id for rule in matched}
        matched = [rule for rule in matched if ids.isdisjoint(rule.unless)]
    # sorted() is stable, so the table's order breaks ties between rules of one risk.
    ranked = sorted(((SEVERITY[rule.risk_in(context)], rule.id) for rule in matched), key=itemgetter(0))
    rule_risks = tuple(RISKS[rank] for rank, _ in ranked)
    return Verdict(
        input=number,
        normalized=parsed.normalized,
        channel=channel,
        where=where,
        risk=rule_risks[0] if rule_risks else UNKNOWN,
        rules=tuple(rule_id for _, rule_id in ranked),
        rule_risks=rule_risks,
    )

