"""MkDocs hook and generator: Traditional Chinese (zh-Hant), made from the Simplified, never hand-copied.

OpenCC converts with CONFIG, s2twp: Taiwan's standard character forms (the forms most
Traditional readers abroad learnt) and its common words (簡訊, 軟體, 資訊), which Hong Kong
and Macau readers read too; OVERRIDES fixes what it gets wrong for this site.

- Every page ``name.zh.md`` gets a generated twin ``name.zh-Hant.md`` (on_files), and the
  zh-Hant language of mkdocs.yml gets its site name, description, copyright and palette
  labels from the Simplified ones (on_config).
- jieba learns the Traditional form of every word of the Simplified pages, so the search
  index splits Traditional text into the same words as the Simplified.
- ``python overrides/hooks/traditional.py`` writes checker/zh_hant.py: every Phrase of the
  checker in Traditional, and every quote from the advisory as the Traditional original has
  it. A build stops when that file is stale; so does tests/test_traditional.py.
"""

from __future__ import annotations

import hashlib
import re
import subprocess
import sys
from functools import cache
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

ROOT = Path(__file__).resolve().parents[2]
GENERATED = ROOT / "checker" / "zh_hant.py"
CONFIG = "s2twp"
SOURCE, TARGET = "zh", "zh-Hant"

# Simplified → Traditional where s2twp is wrong here, longest match first. Each key's plain
# s2twp output is a known mistake that tests/test_traditional.py keeps out of the site.
OVERRIDES = {
    "挂断": "掛斷",  # s2twp: 結束通話 (a phone's button label, not the verb "hang up")
    "账户": "帳戶",  # s2twp: 賬戶; Taiwan writes 帳戶 for a bank account
    "账号": "帳號",  # s2twp: 賬號
    "转账": "轉帳",  # s2twp: 轉賬
    "法律程序": "法律程序",  # s2twp: 法律程式 (a program, not a legal procedure)
    "司法程序": "司法程序",
    "团伙": "團夥",  # s2twp: 團伙
    "注销": "註銷",  # s2twp: 登出 (logging out, not closing an account)
    # Software words where the text means something else:
    "国家代码": "國家代碼",  # s2twp: 國家程式碼 (program code)
    "程序代码": "程式碼",  # s2twp: 程式程式碼
    "前缀": "前綴",  # s2twp: 字首 (a word's prefix), for a number's prefix
    "对象": "對象",  # s2twp: 物件 (a software object), for the people a warning targets
    "发布": "發布",  # s2twp: 釋出 (a software release), for publishing a notice
    "声明": "聲明",  # s2twp: 宣告 (a declaration in code), for a site's statement
    # Official names stay character for character what their owners call them.
    "国家反诈中心": "國家反詐中心",
    "中国领事": "中國領事",
}
_OVERRIDE = re.compile("|".join(sorted(map(re.escape, OVERRIDES), key=len, reverse=True)))
# Private-use characters that OpenCC passes through: a placeholder for each override's place.
_HOLD = "\ue000{}\ue001"
_HELD = re.compile("\ue000(\\d+)\ue001")


@cache
def _opencc():
    import opencc  # a build-time tool only: the checker package never imports it

    return opencc.OpenCC(CONFIG)


def plain(text: str) -> str:
    """s2twp alone, without OVERRIDES."""
    return _opencc().convert(text)


def convert(text: str) -> str:
    """``text`` (Simplified) in Traditional: s2twp, with OVERRIDES in their places."""
    held: list[str] = []

    def hold(match: re.Match) -> str:
        held.append(OVERRIDES[match.group()])
        return _HOLD.format(len(held) - 1)

    return _HELD.sub(lambda match: held[int(match.group(1))], plain(_OVERRIDE.sub(hold, text)))


# --- checker/zh_hant.py ---------------------------------------------------------------------

HEADER = '''\
# GENERATED FILE: do not edit. `make traditional` writes it (overrides/hooks/traditional.py)
# from the checker's Simplified texts with OpenCC {version} ({config}) and that file's OVERRIDES,
# and from OpenCC's {fold} for SIMPLIFIED_FORMS.
# tests/test_traditional.py fails when it is stale, and so does the site's build.
"""Traditional Chinese (zh-Hant) for every Phrase, the advisory's quotes as the original has them,
and the Simplified form of every Traditional character, with which the checker reads a message."""

'''


def _quotes() -> dict[str, str]:
    """Each advisory quote in Simplified → the same span of the Traditional original.

    advisory/*.zh-Hans.txt is a character-for-character conversion of *.zh-Hant.txt, so the
    quote's place in the one is its place in the other. Quotes may run across line breaks."""
    from checker import RULES

    def text(source: str, script: str) -> str:
        return (ROOT / "advisory" / f"{source}.{script}.txt").read_text(encoding="utf-8").replace("\n", "")

    quotes = {}
    for rule in RULES:
        if rule.advisory is None:
            continue
        simplified, original = text(rule.advisory.source, "zh-Hans"), text(rule.advisory.source, "zh-Hant")
        start = simplified.index(rule.advisory.zh)
        quotes[rule.advisory.zh] = original[start:start + len(rule.advisory.zh)]
    return quotes


# The Unicode blocks of Han characters that OpenCC maps: the CJK unified ideographs, their
# extension A, and the compatibility ideographs.
_HAN = (range(0x3400, 0x4DC0), range(0x4E00, 0xA000), range(0xF900, 0xFB00))
FOLD_CONFIG = "t2s"


def simplified_forms() -> tuple[str, str]:
    """Every Han character that t2s writes as one other character, and that character, as the
    two strings of str.maketrans: checker/text.py folds a message's Traditional with them."""
    import opencc

    t2s = opencc.OpenCC(FOLD_CONFIG)
    pairs = [(char, t2s.convert(char)) for block in _HAN for char in map(chr, block)]
    pairs = [(char, simple) for char, simple in pairs if simple != char and len(simple) == 1]
    return "".join(char for char, _ in pairs), "".join(simple for _, simple in pairs)


def generate() -> str:
    """The source of checker/zh_hant.py for the checker as it is now."""
    import opencc

    import checker.refusals  # noqa: F401  (every Phrase, the command line's too, adds itself to WRITTEN)
    from checker.languages import WRITTEN

    def table(name: str, entries: dict[str, str]) -> str:
        rows = "".join(f"    {key!r}: {value!r},\n" for key, value in sorted(entries.items()))
        return f"{name} = {{\n{rows}}}\n"

    return (
        HEADER.format(version=opencc.__version__, config=CONFIG, fold=FOLD_CONFIG)
        + table("TRADITIONAL", {text: convert(text) for text in WRITTEN})
        + "\n"
        + table("QUOTED", _quotes())
        + "\n"
        + f"SIMPLIFIED_FORMS = {simplified_forms()!r}\n"
    )


def stale() -> str | None:
    """Why checker/zh_hant.py is stale, or None. Asked of a new interpreter: under `mkdocs
    serve` this one keeps the checker it first imported."""
    program = f"import sys; sys.path[:0] = [{str(ROOT)!r}, {str(Path(__file__).parent)!r}]; import traditional; " \
        "sys.stdout.write(traditional.generate())"
    run = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, encoding="utf-8")
    if run.returncode != 0:
        return run.stderr.strip().splitlines()[-1]
    if run.stdout != GENERATED.read_text(encoding="utf-8"):
        return "its texts differ from the checker's"
    return None


# --- The site ---------------------------------------------------------------------------------

# The i18n plugin builds each language by running every hook again: the work below that does
# not depend on the language is done once per state of its inputs, not once per language.
_taught: set[str] = set()  # texts whose words jieba has learnt


def _sources_digest() -> str:
    """What stale() depends on: the checker's sources (zh_hant.py among them) and this file."""
    sha = hashlib.sha256()
    for path in sorted(GENERATED.parent.rglob("*.py")) + [Path(__file__)]:
        sha.update(path.read_bytes())
    return sha.hexdigest()


@cache
def _stale_for(digest: str) -> str | None:
    return stale()


def _languages(config) -> dict:
    return {language["locale"]: language for language in config.plugins["i18n"].config.languages}


# Before the i18n plugin's (priority -100), which reads the zh-Hant language's settings.
@event_priority(0)
def on_config(config):
    why = _stale_for(_sources_digest())
    if why:
        raise PluginError(f"checker/zh_hant.py is stale ({why}): run `make traditional`")
    # The zh-Hant language takes its words from the Simplified (the default) ones.
    target = _languages(config)[TARGET]
    palette = [
        {**scheme, "toggle": {**scheme["toggle"], "name": convert(scheme["toggle"]["name"])}}
        for scheme in config.theme["palette"]
    ]
    target["site_name"] = convert(config.site_name)
    target["site_description"] = convert(config.site_description)
    target["copyright"] = convert(config.copyright)
    target["theme"] = {**(target["theme"] or {}), "palette": palette}
    return config


def _swapped(src_uri: str, old: str, new: str) -> str | None:
    """``src_uri`` with its language suffix ``.old.md`` made ``.new.md``; None for a page of
    another language."""
    suffix = f".{old}.md"
    return src_uri.removesuffix(suffix) + f".{new}.md" if src_uri.endswith(suffix) else None


# Before the i18n plugin's (priority -100), which sorts the files into languages. The i18n
# plugin only takes pages whose path lies in docs/, so each twin is given the path it would
# have there: nothing is written, on_page_read_source gives its text.
@event_priority(0)
def on_files(files, config):
    import jieba

    from checker.languages import WRITTEN

    _teach(jieba, "\n".join(sorted(WRITTEN)))  # the rule table's and the widget's words
    for file in list(files):
        if twin := _swapped(file.src_uri, SOURCE, TARGET):
            files.append(File(twin, config.docs_dir, config.site_dir, config.use_directory_urls))
            _teach(jieba, file.content_string)
    return files


def on_page_read_source(page, config):
    original = _swapped(page.file.src_uri, TARGET, SOURCE)
    if original is None:
        return None
    return convert((Path(config.docs_dir) / original).read_text(encoding="utf-8-sig"))


def _teach(jieba, simplified: str) -> None:
    """jieba knows Simplified words far better than Traditional ones: add the Traditional form
    of every word it finds in ``simplified``, as frequent as the Simplified word is."""
    if simplified in _taught:
        return
    _taught.add(simplified)
    for word in set(jieba.cut(simplified)):
        if len(word) < 2 or (twin := convert(word)) == word:
            continue
        # Its dictionary knows some Traditional words, but as rare ones: raise them too.
        frequency = jieba.get_FREQ(word)
        if not jieba.get_FREQ(twin) or (frequency and jieba.get_FREQ(twin) < frequency):
            jieba.add_word(twin, frequency)


if __name__ == "__main__":
    GENERATED.write_text(generate(), encoding="utf-8")
    print(f"wrote {GENERATED.relative_to(ROOT)}")
