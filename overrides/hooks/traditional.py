"""MkDocs hook and generator: every generated language (today Traditional Chinese, zh-Hant),
made from the language it comes from by OpenCC, never hand-copied.

TARGETS holds one Target per language of checker.languages.LANGUAGES that says it is generated:
the OpenCC configuration, what that gets wrong for this site, and the checker module its texts
go to. zh-Hant converts with s2twp: Taiwan's standard character forms (the forms most
Traditional readers abroad learnt) and its common words (簡訊, 軟體, 資訊), which Hong Kong
and Macau readers read too; OVERRIDES (zh_hant_words.py) fixes what it gets wrong here, and
its quotes are 「」. Where a text quotes the advisory, the quote has the Traditional original's
own characters (advisory_quotes.py), not a reconversion.

- Every page ``name.zh.md`` gets a generated twin ``name.zh-Hant.md`` (on_files), and the
  zh-Hant language of mkdocs.yml gets its site name, description, copyright and palette
  labels from the Simplified ones (on_config).
- jieba learns the Traditional form of every word of the Simplified pages, so the search
  index splits Traditional text into the same words as the Simplified.
- ``python overrides/hooks/traditional.py`` (``make traditional``) writes each target's module,
  checker/zh_hant.py: every Phrase of the checker in Traditional, and every quote from the
  advisory as the Traditional original has it. A build stops when one is stale; so does
  tests/test_traditional.py.
"""

from __future__ import annotations

import hashlib
import re
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import advisory_quotes
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File
from zh_hant_words import MARKS, OVERRIDES, quote_marks

from checker.languages import LANGUAGES

ROOT = Path(__file__).resolve().parents[2]
# jieba caches its dictionary as marshal data, which it loads unchecked: in the project's own
# cache, not in a temporary directory anyone may write.
JIEBA_CACHE = ROOT / ".cache" / "jieba"

# Private-use characters that OpenCC passes through: a placeholder for each override's place.
_HOLD = "\ue000{}\ue001"
_HELD = re.compile("\ue000(\\d+)\ue001")


@dataclass(frozen=True)
class Target:
    """A generated language, and how it is made."""

    code: str  # its code in checker.languages.LANGUAGES
    source: str  # the code of the language it is converted from
    config: str  # OpenCC's configuration
    overrides: Mapping[str, str]  # source text -> what to write where ``config`` is wrong
    module: Path  # the checker's generated table of its texts
    quotes: str  # the script of the advisory's copy it quotes: advisory/*.<quotes>.txt
    marks: str = ""  # its quotation marks for “ ” and for ‘ ’ (a quote inside a quote), if others
    folds: bool = False  # its module also carries SIMPLIFIED_FORMS, with which messages are read
    _overrides: re.Pattern = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        longest_first = sorted(map(re.escape, self.overrides), key=len, reverse=True)
        object.__setattr__(self, "_overrides", re.compile("|".join(longest_first)))

    def plain(self, text: str) -> str:
        """OpenCC alone, without the overrides."""
        return _opencc(self.config).convert(text)

    def words(self, text: str) -> str:
        """OpenCC, with the overrides in their places."""
        held: list[str] = []

        def hold(match: re.Match) -> str:
            held.append(self.overrides[match.group()])
            return _HOLD.format(len(held) - 1)

        return _HELD.sub(lambda match: held[int(match.group(1))], self.plain(self._overrides.sub(hold, text)))

    def typeset(self, text: str, depth: int = 0) -> str:
        """``text`` with this language's quotation marks (none in code); ``depth`` 1 inside a quote."""
        return quote_marks(text, self.marks, depth) if self.marks else text

    def convert(self, text: str) -> str:
        """``text`` in this language: its words, its quotation marks, and the advisory's own
        characters where it quotes the advisory in quotation marks (advisory_quotes)."""
        return self._quoting(text, runs=False)

    def convert_page(self, text: str) -> str:
        """A page in this language: as convert(), and the advisory's own characters in every
        passage the page copies from it."""
        return self._quoting(text, runs=True)

    def _quoting(self, text: str, runs: bool) -> str:
        pieces, last = [], 0
        for start, end, original in advisory_quotes.spans(text, self.quotes, runs):
            pieces += [self.words(text[last:start]), advisory_quotes.restore(text[start:end], original)]
            last = end
        return self.typeset("".join([*pieces, self.words(text[last:])]))


ZH_HANT = Target(
    "zh-Hant", "zh", "s2twp", OVERRIDES, ROOT / "checker" / "zh_hant.py", quotes="zh-Hant", marks=MARKS, folds=True
)
TARGETS = {target.code: target for target in (ZH_HANT,)}
_generated = {language.code for language in LANGUAGES if language.generated_from}
if set(TARGETS) != _generated:
    raise RuntimeError(
        f"generated languages {sorted(_generated)} need exactly one Target each in overrides/hooks/traditional.py "
        f"(it has {sorted(TARGETS)})"
    )


@cache
def _opencc(config: str):
    import opencc  # a build-time tool only: the checker package never imports it

    return opencc.OpenCC(config)


def plain(text: str) -> str:
    """zh-Hant's s2twp alone, without OVERRIDES."""
    return ZH_HANT.plain(text)


def convert(text: str) -> str:
    """``text`` (Simplified) in Traditional: s2twp with OVERRIDES, 「」 quotes, the advisory's own quoted words."""
    return ZH_HANT.convert(text)


# --- checker/zh_hant.py ---------------------------------------------------------------------

HEADER = '''\
# GENERATED FILE: do not edit. `make traditional` writes it (overrides/hooks/traditional.py)
# from the checker's Simplified texts with OpenCC {version} ({config}), the OVERRIDES and
# quotation marks of overrides/hooks/zh_hant_words.py and the advisory's own words, and from
# OpenCC's {fold} for SIMPLIFIED_FORMS.
# tests/test_traditional.py fails when it is stale, and so does the site's build.
"""Traditional Chinese (zh-Hant) for every Phrase, the advisory's quotes as the original has them,
and the Simplified form of every Traditional character, with which the checker reads a message."""

'''


def _quotes(target: Target) -> dict[str, str]:
    """Each advisory quote in Simplified (the rules' and the who-to-call lines') → the same span
    of the original in ``target.quotes``, with the target's quotation marks for the quotes inside
    it (it stands in a <q>).

    advisory/*.zh-Hans.txt is a character-for-character conversion of *.zh-Hant.txt, so the
    quote's place in the one is its place in the other. Quotes may run across line breaks."""
    from checker import RULES
    from checker.contacts import CONTACTS

    text = advisory_quotes.text

    passages = [rule.advisory for rule in RULES]
    passages += [line.advisory for row in CONTACTS.values() for line in row.lines]
    quotes = {}
    for passage in passages:
        if passage is None:
            continue
        simplified, original = text(passage.source, "zh-Hans"), text(passage.source, target.quotes)
        start = simplified.index(passage.zh)
        quotes[passage.zh] = target.typeset(original[start : start + len(passage.zh)], depth=1)
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


def generate(target: Target = ZH_HANT) -> str:
    """The source of ``target``'s module for the checker as it is now."""
    import opencc

    import checker.refusals  # noqa: F401  (every Phrase, the command line's too, adds itself to WRITTEN)
    from checker.languages import WRITTEN

    def table(name: str, entries: dict[str, str]) -> str:
        rows = "".join(f"    {key!r}: {value!r},\n" for key, value in sorted(entries.items()))
        return f"{name} = {{\n{rows}}}\n"

    return (
        HEADER.format(version=opencc.__version__, config=target.config, fold=FOLD_CONFIG)
        + table("TRADITIONAL", {text: target.convert(text) for text in WRITTEN})
        + "\n"
        + table("QUOTED", _quotes(target))
        + (f"\nSIMPLIFIED_FORMS = {simplified_forms()!r}\n" if target.folds else "")
    )


def stale(target: Target = ZH_HANT) -> str | None:
    """Why ``target``'s module is stale, or None. Asked of a new interpreter: under `mkdocs
    serve` this one keeps the checker it first imported."""
    program = (
        f"import sys; sys.path[:0] = [{str(ROOT)!r}, {str(Path(__file__).parent)!r}]; import traditional; "
        f"sys.stdout.write(traditional.generate(traditional.TARGETS[{target.code!r}]))"
    )
    run = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, encoding="utf-8")
    if run.returncode != 0:
        return run.stderr.strip().splitlines()[-1]
    if run.stdout != target.module.read_text(encoding="utf-8"):
        return "its texts differ from the checker's"
    return None


# --- The site ---------------------------------------------------------------------------------

# The i18n plugin builds each language by running every hook again: the work below that does
# not depend on the language is done once per state of its inputs, not once per language.
_taught: set[tuple[str, str]] = set()  # (target, text) whose words jieba has learnt


def _sources_digest() -> str:
    """What stale() depends on: the checker's sources (the generated modules among them), the
    advisory, this file and the two it takes its words and quotes from."""
    sha = hashlib.sha256()
    hooks = [Path(__file__).with_name(name) for name in ("traditional.py", "advisory_quotes.py", "zh_hant_words.py")]
    for path in sorted((ROOT / "checker").rglob("*.py")) + sorted((ROOT / "advisory").glob("*.txt")) + hooks:
        sha.update(path.read_bytes())
    return sha.hexdigest()


@cache
def _stale_for(digest: str, code: str) -> str | None:
    return stale(TARGETS[code])


def _languages(config) -> dict:
    return {language["locale"]: language for language in config.plugins["i18n"].config.languages}


# Before the i18n plugin's (priority -100), which reads each language's settings.
@event_priority(0)
def on_config(config):
    digest = _sources_digest()
    languages = _languages(config)
    for target in TARGETS.values():
        if why := _stale_for(digest, target.code):
            raise PluginError(f"{target.module.relative_to(ROOT)} is stale ({why}): run `make traditional`")
        # A generated language takes its words from its source's: the site's own where the
        # source language sets none (the default language never does).
        source, entry = languages[target.source], languages[target.code]
        theme = source.get("theme") or {}
        palette = [
            {**scheme, "toggle": {**scheme["toggle"], "name": target.convert(scheme["toggle"]["name"])}}
            for scheme in theme.get("palette") or config.theme["palette"]
        ]
        for key in ("site_name", "site_description", "copyright"):
            entry[key] = target.convert(source.get(key) or config[key])
        entry["theme"] = {**(entry["theme"] or {}), "palette": palette}
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
    from checker.languages import WRITTEN

    jieba = _jieba()
    for target in TARGETS.values():
        _teach(jieba, target, "\n".join(sorted(WRITTEN)))  # the rule table's and the widget's words
        for file in list(files):
            if twin := _swapped(file.src_uri, target.source, target.code):
                files.append(File(twin, config.docs_dir, config.site_dir, config.use_directory_urls))
                _teach(jieba, target, file.content_string)
    return files


def on_page_read_source(page, config):
    for target in TARGETS.values():
        if original := _swapped(page.file.src_uri, target.code, target.source):
            return target.convert_page((Path(config.docs_dir) / original).read_text(encoding="utf-8-sig"))
    return None


def _jieba():
    """jieba, with its cache in the project's (the search index uses this same jieba)."""
    import jieba

    JIEBA_CACHE.mkdir(parents=True, exist_ok=True)
    jieba.dt.tmp_dir = str(JIEBA_CACHE)
    return jieba


def _teach(jieba, target: Target, source: str) -> None:
    """jieba knows Simplified words far better than Traditional ones: add the converted form
    of every word it finds in ``source``, as frequent as the source's word is."""
    if (target.code, source) in _taught:
        return
    _taught.add((target.code, source))
    for word in set(jieba.cut(source)):
        if len(word) < 2 or (twin := target.convert(word)) == word:
            continue
        # Its dictionary knows some Traditional words, but as rare ones: raise them too.
        frequency = jieba.get_FREQ(word)
        if not jieba.get_FREQ(twin) or (frequency and jieba.get_FREQ(twin) < frequency):
            jieba.add_word(twin, frequency)


if __name__ == "__main__":
    for target in TARGETS.values():
        target.module.write_text(generate(target), encoding="utf-8")
        print(f"wrote {target.module.relative_to(ROOT)}")
