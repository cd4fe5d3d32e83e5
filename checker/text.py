"""What a text message (or what a caller said) contains: links and the scam script's marks."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .errors import MAX_TEXT_CHARS, text_too_long

# Top-level domains seen in Chinese scam texts and link shorteners, plus the common ones.
# A bare domain needs one of these, so "e.g." or "3.5" never count as links.
_TLDS = (
    "com|cn|net|org|top|xyz|cc|vip|info|me|io|ly|link|co|tk|ml|ga|cf|gq|shop|site|online|club|app"
    "|hk|tw|mo|icu|ltd|pro|biz|wang|fun|live|art|asia|ink|work|gov|edu|mobi|tv|ws|gl|gd|im|so|to"
    "|la|ru|us|uk|jp|kr|sg|my|ph|th|vn|de|fr|au|ca|ai|dev|page|store|tech|website|space|press"
    "|host|buzz|cyou|bond|sbs|xin|ren|kim|red|pw|one|cloud|email|click|win|loan|bid|net\\.cn|com\\.cn"
)
_LABEL = r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
# Chinese characters count as word characters, so plain \b would miss "点击abc.cn领取".
LINK = re.compile(
    rf"(?:https?://|www\.)[^\s]+"
    rf"|(?<![a-z0-9.-])(?:{_LABEL}\.)+(?:{_TLDS})(?![a-z0-9-])(?:[/?#:][^\s]*)?",
    re.IGNORECASE,
)

# The marks of the scam script the advisory describes, as (mark, pattern). Each pattern
# covers Simplified and Traditional Chinese, and English; text is NFKC-folded and lower-cased.
RED_FLAGS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (mark, re.compile(pattern))
    for mark, pattern in (
        (
            "data-leak",
            r"(?:资料|資料|信息|资讯|資訊|身份证|身份證)(?:被|已经|已經|已)?(?:泄露|洩露|泄漏|洩漏|外泄|外洩)"
            r"|(?:personal |your )?(?:data|information|details|identity)\s+(?:has been |have been |was |were |is |are )?"
            r"(?:leaked|compromised|stolen)",
        ),
        (
            "illegal-information",
            r"散(?:布|佈|播|发|發)(?:了)?(?:非法|违法|違法|不良|谣言|謠言)"
            r"|spread(?:ing|s)?\s+(?:illegal|unlawful|false)\s+(?:information|content|messages|rumou?rs)",
        ),
        (
            "crime",
            r"涉嫌|涉案|洗钱|洗錢|犯罪|逮捕令|通缉|通緝"
            r"|suspect(?:ed)?\s+(?:of|in)\b|criminal\s+case|money\s+laundering|arrest\s+warrant",
        ),
        (
            "investigation",
            r"(?:接受|配合)(?:警方|公安|我们|我們|你的|您的)?(?:的)?(?:调查|調查)"
            r"|(?:accept|cooperate\s+with|assist(?:\s+with)?)\s+(?:an?\s+|the\s+|our\s+)?investigation",
        ),
        ("bail", r"保释|保釋|\bbail\b"),
        (
            "designated-account",
            r"(?:指定|安全|监管|監管)(?:的)?(?:银行)?(?:账户|賬戶|帐户|帳戶|账号|賬號|帐号|帳號)"
            r"|(?:designated|safe|secure|supervised|specified)\s+(?:bank\s+)?account",
        ),
        (
            "call-transfer",
            r"(?:转接|轉接|转到|轉到|转至|轉至|转给|轉給)[^。.!?！？]{0,10}"
            r"(?:公安|警察|警方|派出所|检察|檢察|法院|部门|部門)"
            r"|transfer(?:red|ring)?\s+(?:you|your\s+call|the\s+call|this\s+call)\s+to\b",
        ),
    )
)


@dataclass(frozen=True, slots=True)
class TextFacts:
    """What check() needs to know about a message's content."""

    has_link: bool
    red_flags: tuple[str, ...]  # marks found, in RED_FLAGS order


NO_TEXT = TextFacts(has_link=False, red_flags=())


def read_text(text: str | None) -> TextFacts:
    """Raises InvalidInput for a text over MAX_TEXT_CHARS: NFKC and the patterns stay fast below it."""
    if not text:
        return NO_TEXT
    if len(text) > MAX_TEXT_CHARS:
        raise text_too_long()
    folded = unicodedata.normalize("NFKC", text).lower()
    return TextFacts(
        has_link=LINK.search(folded) is not None,
        red_flags=tuple(mark for mark, pattern in RED_FLAGS if pattern.search(folded)),
    )
