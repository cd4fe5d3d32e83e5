"""What a text message (or what a caller said) contains: links, and the marks of scams (checker/marks/)."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from . import scan
from .languages import Phrase, StaleTranslation
from .marks import DEMAND, MARKS, SCRIPT
from .refusal import Refusal, as_str
from .tlds import TLDS
from .zh_hant import SIMPLIFIED_FORMS

__all__ = ["MARK_IDS", "MAX_TEXT_CHARS", "NO_TEXT", "REFUSALS", "TextFacts", "fold", "plain_text", "read_text"]

# One part of a long text message carries 67 Chinese characters, and a long message is a few
# parts; a note of what a caller said is shorter still. 2,000 holds either many times over,
# and even the slowest 2,000 characters to normalise and search take milliseconds.
MAX_TEXT_CHARS = 2000

TEXT_TYPE = Refusal(
    "text",
    Phrase("短信或通话内容必须是文字，而不是 {value}。", "The message text must be a string, not {value}."),
    ({"number": "4008001234", "text": 5}, {"number": "110", "channel": "sms", "text": 12.5}),
)
TEXT_LENGTH = Refusal(
    "text-length",
    Phrase(
        f"短信或通话内容太长（超过 {MAX_TEXT_CHARS} 个字符）。请只粘贴短信正文，或对方说的关键的话。",
        f"The message text is too long (over {MAX_TEXT_CHARS:,} characters). "
        "Paste only the message itself, or the key things the caller said.",
    ),
    ({"number": "110", "channel": "sms", "text": "x" * (MAX_TEXT_CHARS + 1)},),
)
REFUSALS = (TEXT_TYPE, TEXT_LENGTH)

# Traditional characters in their Simplified forms (OpenCC t2s, one character for one), so
# that one pattern reads both scripts; then the words Taiwan uses where the mainland uses
# another (OpenCC's s2twp writes these), in the mainland's word.
try:
    _SIMPLIFIED = str.maketrans(*SIMPLIFIED_FORMS)
except ValueError:  # its two strings differ in length: written by hand, or cut short
    raise StaleTranslation("zh-Hant", "SIMPLIFIED_FORMS do not pair up") from None
_MAINLAND_WORDS = {
    "登入": "登录",
    "点选": "点击",
    "连结": "链接",
    "软体": "软件",
    "简讯": "短信",
    "资讯": "信息",
    "萤幕": "屏幕",
    "网路": "网络",
    "影片": "视频",
    "视讯": "视频",
    "启用": "激活",
    "程式": "程序",
    "列印": "打印",
    "远端": "远程",
}
_TAIWAN_WORD = re.compile("|".join(_MAINLAND_WORDS))


# What no pattern reads (other scripts, emoji, symbols), a run of it with the spaces inside it
# becoming one space: NFKC can make 18 characters of one (U+FDFA), and the patterns' cost is the
# length they read.
_READ = r"\x00-\u024f\u2000-\u206f\u20a0-\u20cf\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
_UNREAD = re.compile(rf"[^{_READ}]+(?:\s+[^{_READ}]+)*")


def fold(text: str) -> str:
    """``text`` as the patterns read it: NFKC, lower case, Simplified characters and words, and
    a space for each run of what no pattern reads."""
    folded = unicodedata.normalize("NFKC", text).lower()
    if folded.isascii():  # most English: nothing else to do
        return folded
    folded = _UNREAD.sub(" ", folded).translate(_SIMPLIFIED)
    return _TAIWAN_WORD.sub(lambda word: _MAINLAND_WORDS[word.group()], folded)


# --- Links ------------------------------------------------------------------------------------

# Defanged links, as reports and scammers write them: hxxp://, http:/, a[.]b, a(.)b, a点b, a。b.
_DEFANGED_DOT = re.compile(r"(?<=[a-z0-9])(?:\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)|点|。)(?=[a-z0-9])")
_SCHEME = re.compile(r"h(?:tt|xx)ps?:/{1,3}\S|www\.[a-z0-9-]+\.\S")
_LABEL = r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
# Chinese characters count as word characters, so plain \b would miss "点击abc.cn领取".
_BARE = re.compile(rf"(?<![a-z0-9.@_-])((?:{_LABEL}\.)+)((?:xn--)?[a-z][a-z0-9-]*[a-z0-9])(?![a-z0-9-])([/?#:]\S*)?")
# A missing space reads as a domain: "thank you.my", "Mr.Li", "ok.so". A bare domain of one
# label, with no path, is no link when that label is one of these words.
_WORDS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "jr",
        "sr",
        "vs",
        "etc",
        "eg",
        "ie",
        "no",
        "ok",
        "u",
        "ur",
        "i",
        "a",
        "an",
        "and",
        "the",
        "you",
        "me",
        "my",
        "it",
        "is",
        "so",
        "to",
        "be",
        "we",
        "he",
        "she",
        "they",
        "in",
        "on",
        "at",
        "of",
        "or",
        "up",
        "now",
        "then",
        "there",
        "here",
        "home",
        "time",
        "today",
        "later",
        "soon",
        "too",
        "also",
        "all",
        "well",
        "good",
        "thanks",
        "thank",
        "please",
        "pls",
        "plz",
        "sorry",
        "night",
        "morning",
        "love",
        "babe",
        "dear",
        "sir",
        "lar",
        "la",
        "lor",
        "ya",
        "yeah",
        "yes",
        "yup",
        "what",
        "why",
        "how",
        "when",
        "where",
        "who",
        "this",
        "that",
    ]
)


def _has_link(folded: str) -> bool:
    text = _DEFANGED_DOT.sub(".", folded) if _DEFANGED_DOT.search(folded) else folded
    if _SCHEME.search(text):
        return True
    for found in _BARE.finditer(text):
        labels, tld, path = found.group(1).rstrip(".").split("."), found.group(2), found.group(3)
        if tld not in TLDS:
            continue
        if path or len(labels) > 1 or labels[0] not in _WORDS:
            return True
    return False


# --- Marks -------------------------------------------------------------------------------------

# Warnings quote the scripts to warn against them: "工作人员不会索要验证码", "请勿开启屏幕共享",
# "没有所谓的安全账户". A mark counts only if nothing in its clause before it says so. Bare 不/不要
# are no sign for a script or a pretext: scammers say "不配合就冻结" and "不要告诉家人" (a mark itself).
_WARNING = (
    r"勿|不会|谨防|警惕|提防|严禁|所谓|绝不|从不|不存在|并非|冒充|假冒|骗子|诈骗分子|不法分子"
    r"|\b(?:never|beware|won't|will\s+not|doesn't|does\s+not|no\s+such|scammers?|fraudsters?)\b"
)
_WARNINGS = {
    "warning": re.compile(_WARNING),
    # A demand is also turned down by a plain "don't": "不要转账到陌生账户", "don't download it";
    # but not by a question: "能不能借点钱", "可不可以", "要不要".
    "refusal": re.compile(
        _WARNING + r"|(?<!要)不要|(?<!能)不能|(?<!可)不可|别|千万|拒绝|\b(?:don't|do\s+not|not\s+to)\b"
    ),
}
_CLAUSE_END = re.compile(r"[。！？!?；;，,\n]|\.\s")

_PATTERNS: tuple[tuple[str, tuple[scan.Part, ...], str], ...] = tuple(
    (mark.id, scan.parts(mark.pattern), "refusal" if mark.group == DEMAND else "warning") for mark in MARKS
)
MARK_IDS = tuple(mark.id for mark in MARKS)
_SCRIPTS = frozenset(mark.id for mark in MARKS if mark.group == SCRIPT)


class _Clauses:
    """Where each clause of a text starts, and where its warnings are: found once per text, and
    only for a text in which a mark occurs, so that asking about any match costs a binary search,
    not a rescan of everything before it."""

    def __init__(self, folded: str) -> None:
        self.text = folded
        self.ends: list[int] | None = None
        self.spans: dict[str, tuple[list[int], list[int]]] = {}

    def warned(self, position: int, kind: str) -> bool:
        """Whether a warning of ``kind`` stands between its clause's start and ``position``."""
        if self.ends is None:
            self.ends = [end.end() for end in _CLAUSE_END.finditer(self.text)]
        if kind not in self.spans:
            found = list(_WARNINGS[kind].finditer(self.text))
            self.spans[kind] = ([w.start() for w in found], [w.end() for w in found])
        starts, ends = self.spans[kind]
        index = bisect_right(self.ends, position)
        clause = self.ends[index - 1] if index else 0
        first = bisect_left(starts, clause)
        # Warnings do not overlap, so the first one in the clause is the one that ends first.
        return first < len(starts) and ends[first] <= position


@dataclass(frozen=True, slots=True)
class TextFacts:
    """What check() needs to know about a message's content."""

    has_link: bool
    marks: frozenset[str]  # every mark found (marks.MARKS)
    red_flags: tuple[str, ...]  # the scripts among them, in table order: what "flagged" looks at


NO_TEXT = TextFacts(has_link=False, marks=frozenset(), red_flags=())


def plain_text(text: object) -> str | None:
    """``text`` as a plain str, or None for no text; raises TEXT_TYPE for anything else."""
    plain = None if text is None else as_str(text)
    if plain is None and text is not None:
        raise TEXT_TYPE(type(text).__name__)
    return plain


def read_text(text: str | None) -> TextFacts:
    """Raises InvalidInput for a text over MAX_TEXT_CHARS: NFKC and the patterns stay fast below it."""
    if not text:
        return NO_TEXT
    if len(text) > MAX_TEXT_CHARS:
        raise TEXT_LENGTH()
    folded = fold(text)
    clauses = _Clauses(folded)
    characters = frozenset(folded)
    # A mark counts where it occurs other than in a warning against it.
    found = tuple(
        mark for mark, parts, kind in _PATTERNS if scan.found(parts, folded, characters, clauses.warned, kind)
    )
    return TextFacts(
        has_link=_has_link(folded),
        marks=frozenset(found),
        red_flags=tuple(mark for mark in found if mark in _SCRIPTS),
    )
