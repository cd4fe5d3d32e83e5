"""What a text message (or what a caller said) contains: links and the marks of scam scripts."""

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

# The marks of scam scripts, as (mark, pattern). Each pattern covers Simplified and Traditional
# Chinese, and English; text is NFKC-folded and lower-cased. NOTICE_MARKS are the script the
# Consular Protection Center's notice describes; the others are the scripts mainland police
# warn about most (the rule that uses each names its source).
_MARK_PATTERNS = (
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
        r"指定(?:的)?(?:银行|銀行)?(?:账户|賬戶|帐户|帳戶|账号|賬號|帐号|帳號)"
        r"|(?:designated|specified)\s+(?:bank\s+)?account",
    ),
    (
        "call-transfer",
        r"(?:转接|轉接|转到|轉到|转至|轉至|转给|轉給)[^。.!?！？]{0,10}"
        r"(?:公安|警察|警方|派出所|检察|檢察|法院|部门|部門)"
        r"|transfer(?:red|ring)?\s+(?:you|your\s+call|the\s+call|this\s+call)\s+to\b",
    ),
    (
        "safe-account",
        r"(?:安全|监管|監管|清查)(?:的)?(?:银行|銀行)?(?:账户|賬戶|帐户|帳戶|账号|賬號|帐号|帳號)"
        r"|(?:safe|secure|safety|supervised|supervision)\s+(?:bank\s+)?account",
    ),
    (
        "police-by-phone",
        r"公检法|公檢法|(?:电话|電話|视频|視頻|視訊|线上|線上|网上|網上|远程|遠程)(?:做|制作|录|錄)?"
        r"(?:笔录|筆錄|口供|审讯|審訊|办案|辦案|销案|銷案)|做(?:个|個|一下)?(?:笔录|筆錄)|录口供|錄口供"
        r"|(?:statement|deposition|interrogation|hearing)\s+(?:over|by|via)\s+(?:the\s+)?(?:phone|video)"
        r"|(?:police|prosecutors?|court)\s+(?:will\s+)?(?:handle|handles|handling)\s+(?:your|the|this)\s+case"
        r"\s+(?:over\s+the\s+phone|by\s+phone|online)",
    ),
    (
        "secrecy",
        r"(?:不要|不能|不准|不许|不許|不得|别|別)(?:告诉|告訴|告知|透露给|透露給|跟|和|对|對)(?:你的|您的)?"
        r"(?:家人|家里人|家裡人|家属|家屬|亲友|親友|亲人|親人|子女|银行|銀行|民警|警察)"
        r"|只(?:能)?(?:与|與|和|跟)(?:我|我们|我們)(?:单线|單線)?(?:保持)?(?:联系|聯繫|聯係|联络|聯絡)"
        r"|单线联系|單線聯繫|(?:必须|必須|需要)(?:严格|嚴格)?保密|保密(?:协议|協議|义务|義務)|不得向任何人透露"
        r"|(?:do\s+not|don't|never|must\s+not)\s+tell\s+(?:your\s+)?(?:family|relatives|children|bank|the\s+police)"
        r"|keep\s+(?:this|it)\s+(?:a\s+)?(?:secret|confidential)|(?:talk|speak)\s+only\s+to\s+(?:me|us)"
        r"|only\s+(?:talk|speak)\s+to\s+(?:me|us)",
    ),
    (
        "screen-sharing",
        r"屏幕共享|共享屏幕|螢幕共享|共享螢幕|屏幕分享|分享屏幕|螢幕分享"
        r"|(?:远程|遠程|遠端)(?:控制|操控|协助|協助|桌面)|(?:腾讯|騰訊)(?:会议|會議)|视频会议|視頻會議|視訊會議"
        r"|会议号|會議號|向日葵|todesk|anydesk|teamviewer"
        r"|screen[\s-]?shar|share\s+(?:your|the)\s+screen|remote\s+(?:control|access|desktop|assistance)"
        r"|meeting\s+(?:id|code|app)|zoom\s+meeting",
    ),
    (
        "code-request",
        r"(?:提供|告知|告诉|告訴|报给|報給|发给|發給|念|读|讀|说出|說出|透露|索要|索取|报|報)(?:给|給)?(?:一下)?"
        r"(?:我|我们|我們|客服|工作人员|工作人員|对方|對方)?(?:你|您)?(?:收到)?(?:的)?(?:手机|手機)?(?:短信|短訊|簡訊|简讯)?"
        r"(?:验证码|驗證碼|校验码|校驗碼|动态码|動態碼|动态密码|動態密碼|密码|密碼)"
        r"|(?:验证码|驗證碼|校验码|校驗碼|动态码|動態碼|密码|密碼)(?:发|發|报|報|告诉|告訴|念|读|讀|给|給)(?:给|給)?"
        r"(?:我|我们|我們|客服|工作人员|工作人員)"
        r"|(?:tell|give|send|read|share|provide|forward)\s+(?:me|us)\s+(?:the\s+|your\s+)?"
        r"(?:verification\s+|security\s+|one-time\s+|sms\s+)?(?:code|password|pin|otp)\b",
    ),
    (
        "points",
        r"(?:积分|積分)(?:可以?)?(?:兑换|兌換|清零|即将|即將|将于|將於|到期|过期|過期|失效|换|換)"
        r"|(?:reward\s+)?points?\s+(?:will\s+)?(?:expire|expiring|be\s+cleared|be\s+reset)"
        r"|redeem\s+(?:your\s+)?(?:reward\s+)?points",
    ),
    (
        "bank-expiry",
        r"(?:网银|網銀|网上银行|網上銀行|手机银行|手機銀行|银行卡|銀行卡|身份证|身份證)"
        r"(?:已经|已經|已|即将|即將|将|將|被)?(?:过期|過期|失效|停用|冻结|凍結|升级|升級)"
        r"|(?:密码器|密碼器|u盾|k宝|k寶|动态令牌|動態令牌)(?:已|即将|即將|将|將)?(?:过期|過期|失效|到期|升级|升級|校准|校準)"
        r"|(?:实名|實名)(?:制)?(?:补录|補錄|认证失效|認證失效|过期|過期)"
        r"|(?:online|mobile)\s+banking\s+(?:has\s+|will\s+|is\s+)?(?:expired?|expiring|been\s+(?:suspended|frozen|disabled))"
        r"|(?:security\s+token|u-?key)\s+(?:has\s+|will\s+|is\s+)?(?:expired?|expiring)"
        r"|real-name\s+(?:re-?)?(?:registration|verification)",
    ),
    (
        "etc-expiry",
        r"etc(?:卡|账户|賬戶|帐户|帳戶|服务|服務)?(?:已经|已經|已|即将|即將|将|將)?被?"
        r"(?:失效|过期|過期|停用|禁用|异常|異常|注销|註銷|认证|認證|二次认证|二次認證|重新认证|重新認證|激活)"
        r"|\betc\s+(?:card|account|tag|service)\s+(?:(?:has|will|is|been|be)\s+)*"
        r"(?:expired?|expiring|suspended|disabled|deactivated|invalid|re-?verif\w*|verif\w*|authenticat\w*)",
    ),
    (
        "tax-subsidy",
        r"退税|退稅|(?:领取|領取|申领|申領|发放|發放)[^，。,.]{0,8}(?:补贴|補貼|补助|補助|津贴|津貼)"
        r"|(?:补贴|補貼|补助|補助|津贴|津貼)(?:领取|領取|申领|申領|发放|發放|到账|到賬)"
        r"|tax\s+refund|(?:claim|collect|receive)\s+(?:your\s+|a\s+|the\s+)?(?:\w+\s+)?(?:subsidy|allowance|grant)\b",
    ),
    (
        "loan-credit",
        r"(?:注销|註銷|关闭|關閉)(?:你的|您的)?(?:校园贷|校園貸|学生贷|學生貸)"
        r"|(?:校园贷|校園貸|学生贷|學生貸)(?:账户|賬戶|帳戶|账号|賬號|帳號)?(?:需要|必须|必須|要)?(?:未注销|未註銷|注销|註銷)"
        r"|(?:征信|徵信)(?:修复|修復|洗白)|(?:修复|修復|洗白)(?:你的|您的)?(?:征信|徵信)"
        r"|(?:cancel|close|deactivate)\s+(?:your\s+)?(?:student|campus)\s+loan"
        r"|(?:repair|fix|clean|restore)\s+(?:your\s+)?credit\s+(?:record|report|score|history)|credit\s+repair",
    ),
    (
        "task-rebate",
        r"刷单|刷單|刷信誉|刷信譽|刷好评|刷好評|(?:点赞|點讚|點贊)[^，。,.]{0,6}(?:返利|返现|返現|佣金|赚钱|賺錢)"
        r"|做任务(?:返|赚|领|拿)|做任務(?:返|賺|領|拿)|(?:返利|返现|返現)(?:任务|任務)|(?:垫付|墊付)(?:任务|任務)"
        r"|brush(?:ing)?\s+orders|order[\s-]brushing|task\s+(?:rebate|commission)s?"
        r"|(?:commission|rebate)\s+(?:for|per)\s+(?:each\s+)?(?:task|order|like|review)s?\b"
        r"|(?:earn|make)\s+(?:money|commission)\s+(?:by|for)\s+(?:liking|rating|reviewing|completing\s+tasks)",
    ),
)
RED_FLAGS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (mark, re.compile(pattern)) for mark, pattern in _MARK_PATTERNS
)
MARKS = tuple(mark for mark, _ in RED_FLAGS)
NOTICE_MARKS = MARKS[:7]

# Warnings quote the scripts to warn against them: "工作人员不会索要验证码", "请勿开启屏幕共享",
# "没有所谓的安全账户". A mark counts only if nothing in its clause before it says so. Bare 不/不要
# are no sign: scammers say "不配合就冻结" and "不要告诉家人" (that last one is a mark itself).
_WARNING = re.compile(
    r"勿|不会|不會|谨防|謹防|警惕|提防|严禁|嚴禁|所谓|所謂|绝不|絕不|从不|從不|不存在|并非|並非"
    r"|冒充|假冒|骗子|騙子|诈骗分子|詐騙分子|不法分子"
    r"|\b(?:never|beware|won't|will\s+not|doesn't|does\s+not|no\s+such|scammers?|fraudsters?)\b"
)
_CLAUSE_END = re.compile(r"[。！？!?；;，,\n]|\.\s")


def _said(pattern: re.Pattern[str], folded: str) -> bool:
    """Whether ``pattern`` occurs in ``folded`` other than in a warning against it."""
    for match in pattern.finditer(folded):
        head = folded[: match.start()]
        clause = max((end.end() for end in _CLAUSE_END.finditer(head)), default=0)
        if not _WARNING.search(head, clause):
            return True
    return False


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
        red_flags=tuple(mark for mark, pattern in RED_FLAGS if _said(pattern, folded)),
    )
