"""The languages the checker and the site speak, and the one way to word anything in any of them.

Every text is written once, as a Phrase with its Simplified Chinese (``zh``) and English
(``en``). Traditional Chinese (``zh-Hant``) is never written by hand: ``make traditional``
converts the Simplified of every Phrase with OpenCC (overrides/hooks/traditional.py) into
the generated module zh_hant.py, which Phrase reads, so the browser never runs a converter.

The UI strings of the site's widget, its rule table and the command line live here too, so
that a language is added in this one module (and, for a generated one, its converter).
"""

from __future__ import annotations

from dataclasses import dataclass

from .zh_hant import QUOTED, TRADITIONAL


@dataclass(frozen=True, slots=True)
class Language:
    code: str  # what check(), the CLI, the widget and the site's URLs use
    name: str  # in itself, for the language switcher
    html: str  # the lang attribute of its pages and of text in it
    script: str  # ISO 15924: Hans, Hant or Latn
    dates: str  # how a date is written: "cjk" (2026年1月19日) or "dmy" (19 January 2026)
    # Whether a quote stays in its source's own language (Chinese pages quote the copy read) or
    # is given in this language's rendering (English pages).
    quotes_original: bool
    separator: str  # between the items of a list run into one sentence
    aliases: tuple[str, ...] = ()  # other codes accepted for it
    generated_from: str | None = None  # the language its words are converted from, if any


LANGUAGES = (
    Language("zh", "简体中文", "zh-Hans", "Hans", "cjk", True, "；", aliases=("zh-Hans",)),
    Language("zh-Hant", "繁體中文", "zh-Hant", "Hant", "cjk", True, "；", generated_from="zh"),
    Language("en", "English", "en", "Latn", "dmy", False, "; "),
)
DEFAULT = "zh"
CODES = tuple(language.code for language in LANGUAGES)
BY_CODE = {language.code: language for language in LANGUAGES}
_CANONICAL = {name: language.code for language in LANGUAGES for name in (language.code, *language.aliases)}
# The generated languages, each with the hand-written one it comes from and its tables:
# Phrases by their source text, and quotes from the advisory (in the original's own characters).
_GENERATED = {"zh-Hant": ("zh", TRADITIONAL, QUOTED)}
if set(_GENERATED) != {language.code for language in LANGUAGES if language.generated_from}:
    raise RuntimeError("every generated language needs its tables here")


def resolve(lang: object) -> str:
    """The code of the language ``lang`` names ("zh-Hans" gives "zh"). Anything else, of any
    type, raises InvalidInput("lang"): an unknown language is an error, never a fallback."""
    code = _CANONICAL.get(lang) if type(lang) is str else None  # the common case, first
    if code is not None:
        return code
    from .errors import as_str, invalid_choice  # errors words its messages with Phrase

    text = as_str(lang)
    if text in _CANONICAL:
        return _CANONICAL[text]
    raise invalid_choice("lang", lang)


@dataclass(frozen=True, slots=True)
class Phrase:
    """One text in every language. ``phrase[lang]`` takes a code resolve() returned."""

    zh: str
    en: str

    def __post_init__(self) -> None:
        WRITTEN.add(self.zh)

    def __getitem__(self, lang: str) -> str:
        if lang == "zh":
            return self.zh
        if lang == "en":
            return self.en
        source, table, _ = _GENERATED[lang]
        return table[getattr(self, source)]


# The Simplified of every Phrase made so far: what `make traditional` converts.
WRITTEN: set[str] = set()


def quoted_lang(lang: str) -> str:
    """The lang attribute of what quoted() gives for ``lang``."""
    return BY_CODE[lang].html if lang in _GENERATED else "zh-Hans"


def quoted(simplified: str, lang: str) -> str:
    """A quote from the advisory in ``lang``'s script: Traditional quotes the original itself."""
    if lang not in _GENERATED:
        return simplified
    return _GENERATED[lang][2][simplified]


def localized(table, lang: str):
    """``table`` (Phrases in dicts and tuples) with every Phrase in ``lang``."""
    if isinstance(table, Phrase):
        return table[lang]
    if isinstance(table, dict):
        return {key: localized(value, lang) for key, value in table.items()}
    return tuple(localized(value, lang) for value in table)


# --- UI strings -------------------------------------------------------------------------------

# The command line's own words.
CLI = {
    "rules": Phrase("规则", "Rules"),
    "error": Phrase("错误", "Error"),
}

# The number-check widget (overrides/partials/checker-form.html and widget.js). {size} is the
# first visit's download in MB, filled in at build time; {step} and {reason} by widget.js.
WIDGET = {
    "number": Phrase("来电或短信显示的号码", "The number that called or texted you"),
    "placeholder": Phrase("例如 400 800 1234 或 +86 10 12308", "e.g. 400 800 1234 or +86 10 12308"),
    "hint": Phrase("可以带空格、短横线、括号或 +86。", "Spaces, hyphens, brackets and +86 are fine."),
    "submit": Phrase("检查", "Check"),
    "channel": Phrase("这个号码", "This number"),
    "call": Phrase("打来电话", "called me"),
    "sms": Phrase("发来短信", "sent me a text"),
    "text": Phrase(
        "短信内容，或对方在电话里说了什么（可不填）", "The text's content, or what the caller said (optional)"
    ),
    "text_placeholder": Phrase(
        "例如：您的个人资料泄露，涉嫌违法犯罪……",
        "e.g. Your personal data has leaked and you are suspected of a crime…",
    ),
    "where": Phrase("你现在在哪里", "Where you are now"),
    "cn": Phrase("我在中国大陆", "I am in mainland China"),
    "abroad": Phrase("我在国外", "I am abroad"),
    "where_hint": Phrase(
        "这个选择只记在这台设备上，不会发送出去。", "This choice is remembered on this device only and never sent."
    ),
    "loading": Phrase(
        "正在加载检查程序（第 {step}/2 步）……第一次打开需要下载约 {size} MB，之后可以离线使用。",
        "Loading the checker (step {step} of 2)… The first visit downloads about {size} MB; after that it "
        "works offline too.",
    ),
    "waiting": Phrase(
        "检查程序加载完成后会马上给出结果。", "You will get the verdict as soon as the checker is ready."
    ),
    "ready": Phrase("检查程序已就绪。", "The checker is ready."),
    "failed": Phrase(
        "检查程序没能加载：{reason}。请检查网络后重试。",
        "The checker could not load: {reason}. Check your connection and try again.",
    ),
    "updated": Phrase(
        "本站已经更新。请按“检查”，用新版本检查。", "This site has been updated. Press Check to use the new version."
    ),
    "crashed": Phrase(
        "检查程序出了错，没有给出结果。请重试。", "The checker ran into an error and gave no verdict. Please try again."
    ),
    "retry": Phrase("重试", "Try again"),
    "advice": Phrase("怎么做", "What to do"),
    "rules": Phrase("相关规则", "Rules that matched"),
    "copy": Phrase("复制这个结果的链接", "Copy a link to this result"),
    "copied": Phrase(
        "链接已复制。号码只在“#”后面，不会发给网站。",
        "Link copied. The number is only after the #, which is never sent to the website.",
    ),
    "copy_failed": Phrase(
        "无法自动复制，请复制地址栏里的链接。", "Could not copy automatically; copy the link from the address bar."
    ),
    "error": Phrase("无法检查", "Cannot check"),
}

# The site's rule table (overrides/hooks/rules_table.py).
TABLE = {
    "columns": (
        Phrase("规则", "Rule"),
        Phrase("风险", "Risk"),
        Phrase("适用", "Applies"),
        Phrase("说明", "What it means"),
        Phrase("依据", "Source"),
        Phrase("例子", "Examples"),
    ),
    "contexts": {
        "call": Phrase("来电", "call"),
        "sms": Phrase("短信", "text"),
        "sms-link": Phrase("带链接的短信", "text with a link"),
    },
    "channels": {"call": Phrase("来电", "calls"), "sms": Phrase("短信", "texts")},
    "where": {"cn": Phrase("在中国大陆", "in mainland China"), "abroad": Phrase("在国外", "abroad")},
    "notice": Phrase("外交部领事保护中心提醒（2026年1月19日）", "The Consular Protection Center's notice of 19 January 2026"),
    "republisher-tips": Phrase("转载时附加的防骗提示", "Tips the republisher added"),
    "sources": Phrase("本站补充 · 来源", "Added by this site · Sources"),
    "decision": Phrase("本站的判断", "Our decision"),
    "not-authority": Phrase(
        "（不是警方、银行、运营商、监管机构或使馆的来源）", "(not a police, bank, carrier, regulator or embassy source)"
    ),
    "undated": Phrase("日期不详", "undated"),
    "link": Phrase("原文", "source"),
    "matches": Phrase("符合", "Matches"),
    "misses": Phrase("不符合", "Does not match"),
    "explained": Phrase("详细说明", "Explained here"),
}
