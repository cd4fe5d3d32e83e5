"""What to do about what already happened: the "What happened?" answers under every verdict, as data.

Four answers (ANSWERS), each with a few short steps for the reader's place, every step with the public
sources it rests on (a police, bank, regulator or government source among them), validated on import like
the rule table. In mainland China the steps name 110. Elsewhere LOCAL stands for the region's own lines of
who to call (checker/contacts/, the bank first), or NO_ROW where this site has none, and no step names 110.

aftermath(where, lang) words them: a tuple of {id, label, steps}, each step {text, dial, sources}; dial as
in result.py ([start, end, href] in text), each source {publisher, date, url} (url "" for the advisory).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from . import dial, sources
from .contacts import CONTACTS, NO_ROW
from .contacts import href as contact_href
from .languages import Phrase
from .regions import BY_KEY, COARSE
from .rule import AUTHORITIES, NOTICE, PUBLISHER_KINDS, Citation
from .rules.shared import SCAMMED
from .ui import TABLE


@dataclass(frozen=True)
class Step:
    text: Phrase
    sources: tuple[Citation, ...]


@dataclass(frozen=True)
class Answer:
    id: str
    label: Phrase  # what the reader taps: "我已经转账"
    cn: tuple[Step, ...]  # in mainland China
    abroad: tuple[Step | str, ...]  # anywhere else; LOCAL marks where the region's lines go


LOCAL = "local"

CALL_110 = Step(
    Phrase(
        "立即拨打 110 报警，把对方的账号和户名告诉民警，由警方紧急止付。",
        "Call 110 at once, and give the officers the other side's account number and name, so the police can make "
        "an emergency stop-payment.",
    ),
    (sources.STOP_LOSS_110, sources.MPS_CID_EVIDENCE),
)
MONEY_GONE_110 = Step(
    Phrase(
        "钱已经被转走的，立即拨打 110 报警，由警方紧急止付。",
        "If money has already gone, call 110 at once, so the police can make an emergency stop-payment.",
    ),
    (sources.STOP_LOSS_110,),
)
CUT_CONTACT = Step(
    Phrase(
        "停止转账，挂断电话，退出可疑的群聊，不再和对方联系。",
        "Stop paying, hang up, leave any suspicious group chat, and cut all contact with them.",
    ),
    (sources.STOP_LOSS_CONTACT,),
)
EVIDENCE_CN = Step(
    Phrase(
        "保留证据：对方的号码、聊天记录和转账凭证都不要删，尽快到最近的派出所报案。",
        "Keep the evidence: delete none of their numbers, chats or payment receipts, and report it at the nearest "
        "police station as soon as you can.",
    ),
    (sources.STOP_LOSS_EVIDENCE, sources.MPS_CID_EVIDENCE),
)
EVIDENCE_ABROAD = Step(
    Phrase(
        "保留证据：对方的号码、聊天记录和转账凭证都不要删，报案时交给警方。",
        "Keep the evidence: delete none of their numbers, chats or payment receipts, and give them to the police "
        "when you report it.",
    ),
    (sources.STOP_LOSS_EVIDENCE, sources.MPS_CID_EVIDENCE),
)
NO_RECOVERY = Step(
    Phrase(
        "有人说能帮你追回钱，不要相信：这是又一次诈骗。",
        "If anyone offers to get the money back for you, do not believe them: that is a second scam.",
    ),
    (sources.MPS_CID_RECOVERY,),
)
BLOCK_CARD = Step(
    Phrase(
        "马上联系银行挂失银行卡：自己拨打银行卡背面的号码。",
        "Have your bank block the card at once: dial the number on the back of the card yourself.",
    ),
    (sources.STOP_LOSS_CARD, sources.LICHFIELD_CARD_NUMBER),
)
PASSWORDS = Step(
    Phrase(
        "改掉说出去的密码；别的账户也用这个密码的，一起改掉。",
        "Change the password you gave away, and that of every other account that uses it.",
    ),
    (sources.LICHFIELD_PASSWORDS,),
)
END_SHARING = Step(
    Phrase("立即结束屏幕共享，挂断电话。", "End the screen share and hang up at once."),
    (sources.STOP_LOSS_CONTACT,),
)
DISCONNECT = Step(
    Phrase(
        "强制重启手机，拔掉电话卡，关掉 Wi-Fi，断开对方的远程连接。",
        "Force the phone to restart, take out the SIM card and turn off Wi-Fi, to break their remote connection.",
    ),
    (sources.MPS_REMOTE_CONTROL,),
)
UNINSTALL = Step(
    Phrase(
        "等警方取证后，再删除对方让你装的 App。",
        "Once the police have taken the evidence, delete the app they had you install.",
    ),
    (sources.MPS_CID_UNINSTALL,),
)
WATCH_ID = Step(
    Phrase(
        "留意以你的名义办的电话卡、银行卡和贷款：警方记载过有人拿别人的身份证补办电话卡。",
        "Watch for phone cards, bank cards and loans in your name: police have recorded someone using another "
        "person's ID card to get a new SIM card.",
    ),
    (sources.QUANZHOU_ID_SIM, sources.RURAL_WATCH_CREDIT),
)
ID_AND_CARD = Step(
    Phrase(
        "如果还说了银行卡密码或验证码，马上联系银行挂失银行卡。",
        "If you also gave a card's password or a code, have your bank block the card at once.",
    ),
    (sources.STOP_LOSS_CARD,),
)

ANSWERS: tuple[Answer, ...] = (
    Answer(
        "paid",
        Phrase("我已经转账", "I have already paid"),
        cn=(CALL_110, CUT_CONTACT, EVIDENCE_CN, NO_RECOVERY),
        abroad=(LOCAL, CUT_CONTACT, EVIDENCE_ABROAD, NO_RECOVERY),
    ),
    Answer(
        "code",
        Phrase("我说了验证码或密码", "I gave a code or a password"),
        cn=(BLOCK_CARD, PASSWORDS, MONEY_GONE_110, EVIDENCE_CN),
        abroad=(BLOCK_CARD, PASSWORDS, LOCAL, EVIDENCE_ABROAD),
    ),
    Answer(
        "remote",
        Phrase("我装了 App 或共享了屏幕", "I installed an app or shared my screen"),
        cn=(END_SHARING, DISCONNECT, BLOCK_CARD, MONEY_GONE_110, UNINSTALL),
        abroad=(END_SHARING, DISCONNECT, BLOCK_CARD, LOCAL, UNINSTALL),
    ),
    Answer(
        "id",
        Phrase("我给了身份证信息", "I gave my ID details"),
        cn=(WATCH_ID, ID_AND_CARD, EVIDENCE_CN),
        abroad=(WATCH_ID, ID_AND_CARD, LOCAL, EVIDENCE_ABROAD),
    ),
)


def _check(answers: tuple[Answer, ...]) -> None:
    """What every answer needs: its own id, steps in both places, the region's lines once abroad, and
    sourced steps, none abroad naming 110 (abroad it may be no number, or another service's)."""
    if len({answer.id for answer in answers}) != len(answers):
        raise ValueError("two answers have one id")
    for answer in answers:
        if not answer.cn or answer.abroad.count(LOCAL) != 1:
            raise ValueError(f"{answer.id}: steps in mainland China, and LOCAL once among those abroad")
        for place, steps in (("cn", answer.cn), ("abroad", answer.abroad)):
            for step in steps:
                if step == LOCAL:
                    continue
                kinds = {source.kind for source in step.sources}
                if not kinds & set(AUTHORITIES) or not kinds <= set(PUBLISHER_KINDS):
                    raise ValueError(
                        f"{answer.id}: cite a police, bank, regulator or government source: {step.text.en!r}"
                    )
                if any(not source.url for source in step.sources):
                    raise ValueError(f"{answer.id}: a source without its address: {step.text.en!r}")
                if place == "abroad" and "110" in step.text.zh + step.text.en:
                    raise ValueError(f"{answer.id}: a step abroad names 110: {step.text.en!r}")


_check(ANSWERS)


def _source(citation: Citation, lang: str) -> dict[str, str]:
    return {"publisher": citation.name[lang], "date": citation.date, "url": citation.url}


NOTICE_DATE = "2026-01-19"


def advisory_source(source: str, lang: str) -> dict[str, str]:
    """One of the advisory's two texts (rule.ADVISORY_SOURCES) as a source: who said it, in the rule
    table's words, and when (the republisher's tips are undated)."""
    return {"publisher": TABLE[source][lang], "date": NOTICE_DATE if source == NOTICE else "", "url": ""}


def local_lines(where: str, lang: str) -> tuple[dict[str, Any], ...]:
    """The region's lines of who to call, in ``lang``, as steps (bank first); or NO_ROW naming it; or,
    somewhere else, the notice's own advice."""
    region = BY_KEY[where]
    row = CONTACTS.get(where)
    if not region.code:
        text = SCAMMED.abroad[lang]
        return ({"text": text, "dial": dial.spans(text), "sources": (advisory_source(NOTICE, lang),)},)
    if row is None:
        text = NO_ROW[lang].format(region=region.name[lang])
        return ({"text": text, "dial": dial.spans(text), "sources": (advisory_source(NOTICE, lang),)},)
    steps = []
    for line in row.lines:
        text = line.text[lang]
        spans = dial.find(text, {number: contact_href(number, region.code) for number in line.numbers})
        cited = tuple(_source(source, lang) for source in line.sources)
        if line.advisory is not None:
            cited += (advisory_source(line.advisory.source, lang),)
        steps.append({"text": text, "dial": spans, "sources": cited})
    return tuple(steps)


@lru_cache(maxsize=128)
def aftermath(where: str, lang: str) -> tuple[dict[str, Any], ...]:
    """The answers for a reader in ``where`` (a region's key), in ``lang`` (a resolved code). Cached:
    callers copy what they change (result.py turns it into lists)."""
    at_home = COARSE[where] == "cn"
    answers = []
    for answer in ANSWERS:
        steps: list[dict[str, Any]] = []
        for step in answer.cn if at_home else answer.abroad:
            if step == LOCAL:
                steps += local_lines(where, lang)
            else:
                text = step.text[lang]
                steps.append(
                    {"text": text, "dial": dial.spans(text), "sources": tuple(_source(s, lang) for s in step.sources)}
                )
        answers.append({"id": answer.id, "label": answer.label[lang], "steps": tuple(steps)})
    return tuple(answers)


def as_data(answers: tuple[dict[str, Any], ...]) -> list[dict[str, Any]]:
    """aftermath()'s answers as fresh JSON-ready lists, which a caller may change."""
    return [
        {
            "id": answer["id"],
            "label": answer["label"],
            "steps": [
                {
                    "text": step["text"],
                    "dial": [list(span) for span in step["dial"]],
                    "sources": [dict(s) for s in step["sources"]],
                }
                for step in answer["steps"]
            ],
        }
        for answer in answers
    ]
