"""How a kind of fraud and a demand become rows: who the scammer claims to be, and what they ask for.

A kind matches when a message has one of its pretexts (marks: "我是公安局的", "您的包裹") and one of its
demands ("转到这个账户", "下载这个 App"); a pretext alone decides nothing, because genuine organisations
and the news say the same words. A kind's title names the scam, and heads the verdict (verdict.py)."""

from __future__ import annotations

from ..languages import BY_CODE, Phrase
from ..marks import BY_ID as MARKS
from ..rule import CAUTION, DANGER, Citation, Example, Rule
from .shared import OFFICIAL_WARNINGS, SCAMMED

# What the demands of most kinds have in common: money, codes and details, and remote control.
MONEY = ("asks-transfer", "safe-account", "designated-account", "asks-fee", "asks-gift-card")
SECRETS = ("code-request", "asks-details")
REMOTE = ("screen-sharing", "asks-app")

NO_TRANSFER = Phrase(
    zh="不要转账，不要先交任何费用。",
    en="Do not transfer money or pay any fee first.",
)
NO_APP = Phrase(
    zh="不要下载对方发来的 App，不要开屏幕共享；已经开了，马上关掉并断开网络。",
    en="Do not install an app they send or share your screen; if you already have, close it and go offline.",
)


def _names(marks: tuple[str, ...], lang: str) -> str:
    return BY_CODE[lang].separator.join(getattr(MARKS[mark].name, lang) for mark in marks)


def kind(
    id: str,
    name: Phrase,
    *,
    pretexts: tuple[str, ...],
    demands: tuple[str, ...],
    sources: tuple[Citation, ...],
    explanation: Phrase,
    advice: tuple[Phrase, ...],
    matches: tuple[Example, ...],
    misses: tuple[Example, ...],
) -> Rule:
    """A kind of fraud as a row: danger, on the more-scams page, worded from its name and marks."""
    return Rule(
        id=f"kind-{id}",
        risk=DANGER,
        page="more-scams",
        text="scheme",
        pretexts=pretexts,
        demands=demands,
        unless=OFFICIAL_WARNINGS,
        sources=sources,
        name=name,
        title=Phrase(zh=f"这很像{name.zh}的诈骗", en=f"This looks like {name.en}"),
        explanation=explanation,
        decision=Phrase(
            zh=f"内容既有这些说法之一：{_names(pretexts, 'zh')}，又有这些要求之一：{_names(demands, 'zh')}，"
            "判为危险。只有说法、没有要求的不判：真的机构和新闻也会这样说。",
            en=f"A message with one of these claims: {_names(pretexts, 'en')}; and one of these demands: "
            f"{_names(demands, 'en')}; is rated Danger. The claim alone is not judged: genuine organisations and the "
            "news say it too.",
        ),
        advice=(*advice, SCAMMED),
        matches=matches,
        misses=misses,
    )


def demand(
    mark: str,
    stand_down: tuple[str, ...],
    *,
    sources: tuple[Citation, ...],
    decision: Phrase,
    title: Phrase,
    explanation: Phrase,
    advice: tuple[Phrase, ...],
    matches: tuple[Example, ...],
    misses: tuple[Example, ...],
) -> Rule:
    """A demand that is rated Caution on its own, unless a rule in ``stand_down`` says better what the message is."""
    return Rule(
        id=f"demand-{mark.removeprefix('asks-')}",
        risk=CAUTION,
        page="more-scams",
        text="red-flags",
        marks=(mark,),
        unless=OFFICIAL_WARNINGS + stand_down,
        sources=sources,
        decision=decision,
        title=title,
        explanation=explanation,
        advice=advice,
        matches=matches,
        misses=misses,
    )


MOBILE = "13812345678"
UK = "+44 7700 900123"
