"""Where a Simplified text quotes the advisory, and what the Traditional original has there.

A generated language that quotes the original (Target.quotes) must show the advisory's own
characters in its quotes, not a reconversion: OpenCC would make 添加 新增, 通信网络 通訊網路,
最终用户 終端使用者, where the original has 添加, 通信網絡, 最終用戶. The rule table's quotes are
named (Passage); pages and the checker's texts quote it in their own sentences, so the quotes are
found here:

- on pages, a run of at least MIN_RUN Han characters that the advisory has, in that order: how
  the pages copy its passages (in their own punctuation, spacing and Markdown, which are not
  compared). Headings and admonitions' titles are the site's, even where they take the
  advisory's words (如何防范电信诈骗): they are not searched;
- what a text puts in quotation marks, when it is advisory text of at least MIN_MARKED Han
  characters (“个人资料泄露”).

advisory/*.zh-Hans.txt is advisory/*.zh-Hant.txt converted character for character, so a run's
place in the one is its place in the other.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ("notice", "republisher-tips")  # advisory/<source>.<script>.txt, as checker.rule names them

# Ten Han characters in the advisory's order are a quote: the site's own sentences that retell it
# share fewer (接通后不说话也可能, 提供个人信息); a shorter quote is put in quotation marks.
MIN_RUN = 10
# A quoted word of the advisory's, or a word that only happens to be in it (“打印”, “公安”)?
MIN_MARKED = 4

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_MARKED = re.compile(r"“([^“”]*)”")
_TITLES = re.compile(r"^ *(?:#{1,6} |!!! |\?\?\?\+? ).*$", re.MULTILINE)


def text(source: str, script: str) -> str:
    """One of the advisory's texts, its lines run together (a quote may run across them)."""
    return (ROOT / "advisory" / f"{source}.{script}.txt").read_text(encoding="utf-8").replace("\n", "")


@cache
def _han(script: str) -> tuple[tuple[str, str], ...]:
    """Each text's Han characters in Simplified, and the same places in ``script``."""
    pairs = []
    for source in SOURCES:
        simplified, original = text(source, "zh-Hans"), text(source, script)
        places = [i for i, char in enumerate(simplified) if _HAN.match(char)]
        pairs.append(("".join(simplified[i] for i in places), "".join(original[i] for i in places)))
    return tuple(pairs)


def _original(han: str, script: str) -> str | None:
    """The original's characters for ``han`` (Han characters only), if the advisory has it."""
    for simplified, original in _han(script):
        if (at := simplified.find(han)) >= 0:
            return original[at : at + len(han)]
    return None


def spans(text: str, script: str, runs: bool = True) -> list[tuple[int, int, str]]:
    """The quotes of ``text``, in order and apart: (start, end, the original's Han characters
    for the Han characters of text[start:end]). ``runs`` for a page (Markdown); without it,
    marked quotes only."""
    places = [i for i, char in enumerate(text) if _HAN.match(char)]
    titles = {i for title in _TITLES.finditer(text) for i in range(*title.span())} if runs else set()
    han = "".join("\0" if i in titles else text[i] for i in places)  # no quote runs through a title
    found: list[tuple[int, int, str]] = []  # (first Han character, how many, the original's)
    n = 0
    while runs and n < len(han):
        length = 0  # the longest run from n that the advisory has
        while n + length < len(han) and _original(han[n : n + length + 1], script) is not None:
            length += 1
        if length >= MIN_RUN:
            found.append((n, length, _original(han[n : n + length], script)))
            n += length
        else:
            n += 1
    for marked in _MARKED.finditer(text):
        inside = [k for k, place in enumerate(places) if marked.start(1) <= place < marked.end(1)]
        if len(inside) < MIN_MARKED or any(
            inside[0] < first + count and first <= inside[-1] for first, count, _ in found
        ):
            continue  # too short to tell, or in a run already
        if original := _original(han[inside[0] : inside[-1] + 1], script):
            found.append((inside[0], len(inside), original))
    return [(places[first], places[first + count - 1] + 1, original) for first, count, original in sorted(found)]


def restore(segment: str, original: str) -> str:
    """``segment`` with its Han characters, in order, those of ``original``."""
    chars = iter(original)
    return _HAN.sub(lambda _: next(chars), segment)
