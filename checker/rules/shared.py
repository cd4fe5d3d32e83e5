"""What several rows of the rule table share: the patterns of Chinese numbers, advice written once,
and the official warnings that quote scam scripts."""

from __future__ import annotations

from ..languages import Phrase
from ..number import CN_INTL, DOMESTIC
from ..rule import AdviceByWhere
from ..services import BANKS, CARRIERS, KNOWN

# Where a number may be shown for a rule about Chinese numbers. Domestic-only rules
# (the safe and official ones) must never vouch for a number shown with +86 or 00.
CHINESE_DISPLAYS = (DOMESTIC, CN_INTL)
# Chinese area codes (without the trunk 0): 10 and 2x, else three digits from 3xx to 9xx.
AREA = r"(?:10|2\d|[3-9]\d\d)"
# Numbers that only exist inside China: 1xx emergency, 1xxxx public services,
# 95xxx(x) company lines, and 96110 with or without an area code.
SERVICE = rf"1\d\d|1\d{{4}}|95\d{{3,4}}|{AREA}?96110"


def either(numbers) -> str:
    """A regex matching any of ``numbers``, as a trie: a number that starts wrong fails at once."""
    numbers = set(numbers)
    if numbers == {""}:
        return ""
    heads = sorted({number[:1] for number in numbers if number})
    branches = [head + _group({n[1:] for n in numbers if n[:1] == head}) for head in heads]
    return "|".join(branches) + ("|" if "" in numbers else "")


def _group(numbers: set[str]) -> str:
    inner = either(numbers)
    return inner if "|" not in inner else f"(?:{inner})"


# A known service number with something glued in front (400, 800, a 106 port and 00), one
# digit added at its end, or a bank or carrier number with one digit (after the first two) left out.
# No real number looks like that: short codes are never the start of a longer number.
LOOKALIKE = (
    rf"(?:400|800|1060{{2,3}})(?:{either(KNOWN)})|(?:{either(KNOWN)})\d"
    rf"|{either(n[:i] + n[i + 1 :] for n in BANKS + CARRIERS for i in range(2, len(n)))}"
)
# The numbers the advisory calls OK to answer or official, which a message's content can still betray.
VOUCHED = rf"95\d{{3,4}}|12381|{AREA}?96110"

HANG_UP = Phrase(
    zh="立即挂断。",
    en="Hang up at once.",
)
NO_CALLBACK = Phrase(
    zh="不要点击通话记录回拨。",
    en="Do not call back from your call log.",
)
NO_DETAILS = Phrase(
    zh="不要透露个人信息、验证码或密码，不要转账汇款。",
    en="Do not give personal details, codes or passwords, and do not transfer money.",
)
NO_LINK = Phrase(
    zh="不要点击短信里的链接。",
    en="Do not click any link in the text.",
)
VERIFY_OFFICIAL = Phrase(
    zh="如需核实，挂断后自己拨打该机构公布的官方号码。",
    en="To check, hang up and dial the organisation's published number yourself.",
)
OPEN_OFFICIAL = Phrase(
    zh="需要办理业务时，自己打开官方 App，或自己拨打官方号码。",
    en="If you need the service, open its official app or dial its official number yourself.",
)
# The notice: "如不幸受骗,请第一时间向所在地警方报案。如款项系通过国内银行转账汇款,可同时向本人国内户籍所在地
# 公安机关报案。" In mainland China the local police are 110 (TIPS: "第一时间拨打110报警"), and 96110 gives
# advice on a suspected scam (the Ministry of Public Security, checker/contacts/china.py).
SCAMMED = AdviceByWhere(
    cn=Phrase(
        zh="如已转账或说了验证码、密码，第一时间拨打 110 报警；拿不准是不是诈骗，可以拨打 96110 咨询。",
        en="If you have already paid or given a code or a password, call 110 at once; if you are not sure it is a "
        "scam, call 96110 for advice.",
    ),
    abroad=Phrase(
        zh="如已转账或泄露信息，第一时间向所在地警方报案，需要领事协助可拨打 12308 领保热线（+86-10-12308）；"
        "款项通过国内银行转账汇款的，可同时向本人国内户籍所在地公安机关报案。",
        en="If you have already paid or given details, report it to the local police at once; for consular "
        "help, call the 12308 hotline (+86-10-12308). If the money went through a bank in China, you can "
        "also report it to the police where your household registration (hukou) is "
        "in China.",
    ),
    local=True,
)


# Official warnings quote the scripts to warn you: the script rules stand down for them.
OFFICIAL_WARNINGS = ("anti-fraud-96110", "anti-fraud-12381")
