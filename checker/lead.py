"""A verdict's first words: one sentence (the lead) and one action, worded for how the message came (a call,
a text, or a text with a link). The kind of scam leads when a kind of fraud matched; an official or a safe
number leads with what its rule says; nothing ever says "OK to answer" under a warning."""

from __future__ import annotations

from .languages import Phrase
from .rule import CAUTION, DANGER, OFFICIAL, SAFE, UNKNOWN, Rule

LEADS = {
    (DANGER, "call"): Phrase("这个来电很可能是诈骗。", "This call is very likely a scam."),
    (DANGER, "sms"): Phrase("这条短信很可能是诈骗。", "This text is very likely a scam."),
    (DANGER, "sms-link"): Phrase("这条带链接的短信很可能是诈骗。", "This text with a link is very likely a scam."),
    (CAUTION, "call"): Phrase("这个来电可能是诈骗。", "This call may be a scam."),
    (CAUTION, "sms"): Phrase("这条短信可能是诈骗。", "This text may be a scam."),
    (CAUTION, "sms-link"): Phrase("这条带链接的短信可能是诈骗。", "This text with a link may be a scam."),
    (UNKNOWN, "call"): Phrase("单看这个号码，说不出是谁打来的。", "The number alone cannot tell who is calling."),
    (UNKNOWN, "sms"): Phrase("单看这个号码，说不出是谁发来的。", "The number alone cannot tell who sent this text."),
}
LEADS[UNKNOWN, "sms-link"] = LEADS[UNKNOWN, "sms"]
# A kind of fraud's name ({name}) says what the scam is.
KIND_LEADS = {
    "call": Phrase("这个来电很像{name}的诈骗。", "This call looks like {name}."),
    "sms": Phrase("这条短信很像{name}的诈骗。", "This text looks like {name}."),
}
# The one thing to do under a warning: the advisory's hang up and dial yourself; for a text, the tips'
# "未知链接不点击".
WARNED = {
    "call": Phrase("挂断，自己拨打官方号码核实。", "Hang up, and dial the official number yourself to check."),
    "sms": Phrase("不要点链接，不要回复。", "Do not tap any link, and do not reply."),
}
# An official warning line (96110 calls, 12381 texts): what the tips say to do.
HEED = {
    "call": Phrase("接听，按民警说的做，不要转账。", "Answer it, do what the officer says, and do not pay anyone."),
    "sms": Phrase(
        "认真看完，停止和对方联系，正在付的款马上停止。",
        "Read it carefully, stop contact with them, and stop any payment under way.",
    ),
}
# A number that is fine, or one nothing is known of: what they ask for decides.
LISTEN = {
    "call": Phrase(
        "要听内容：对方要你转账、说验证码或密码、装 App 的，就挂断。",
        "Listen to what they say: if they want money, a code or a password, or want you to install an app, hang up.",
    ),
    "sms": Phrase(
        "要看内容：要你点链接、转账或说验证码的，不要照做。",
        "Read what it says: if it wants you to tap a link, pay or give a code, do not.",
    ),
}


def lead(risk: str, context: str, top: Rule | None, lang: str) -> str:
    """The verdict's one sentence; ``top`` is the first matched rule (None when no rule matched)."""
    channel = "call" if context == "call" else "sms"
    if risk in (DANGER, CAUTION) and top is not None and top.name is not None:
        return KIND_LEADS[channel][lang].format(name=top.name[lang])
    if risk in (OFFICIAL, SAFE) and top is not None:
        title = top.title[lang]
        return title + ("。" if lang != "en" else ".")
    return LEADS[risk, context][lang]


def action(risk: str, context: str, lang: str) -> str:
    """The one thing to do now, for the channel."""
    channel = "call" if context == "call" else "sms"
    table = WARNED if risk in (DANGER, CAUTION) else HEED if risk == OFFICIAL else LISTEN
    return table[channel][lang]
