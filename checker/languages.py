"""The languages the checker and the site speak, and the one way to word anything in any of them.

Every text is written once, as a Phrase with its Simplified Chinese (``zh``) and English
(``en``). Traditional Chinese (``zh-Hant``) is never written by hand: ``make traditional``
converts the Simplified of every Phrase with OpenCC (overrides/hooks/traditional.py) into
the generated module zh_hant.py, which Phrase reads, so the browser never runs a converter.

A language is data: a new one is a row of LANGUAGES and either a field of Phrase (written by
hand) or generated from one, with its tables in _GENERATED. Anything else fails at import.
"""

from __future__ import annotations

from collections.abc import Mapping
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
    # The speech languages a device's voice may have to read it aloud (the widget's "Read it to
    # me"), best first; the reader's own device languages go before this order.
    voices: tuple[str, ...] = ()
    # Its pages' locale, language and territory as Open Graph names it (og:locale): the written
    # standard they follow (the mainland's, Taiwan's, British spelling).
    locale: str = ""


LANGUAGES = (
    Language(
        "zh",
        "简体中文",
        "zh-Hans",
        "Hans",
        "cjk",
        True,
        "；",
        aliases=("zh-Hans",),
        voices=("zh-CN", "zh-SG"),
        locale="zh_CN",
    ),
    # Mandarin first: the pages use Taiwan's words (s2twp), which Taiwan's and most other
    # Traditional readers hear as written; a device set to Hong Kong's or Macau's Chinese gets
    # its Cantonese voice instead (widget.js puts the reader's own languages first).
    Language(
        "zh-Hant",
        "繁體中文",
        "zh-Hant",
        "Hant",
        "cjk",
        True,
        "；",
        generated_from="zh",
        voices=("zh-TW", "zh-HK", "zh-MO"),
        locale="zh_TW",
    ),
    Language("en", "English", "en", "Latn", "dmy", False, "; ", voices=("en",), locale="en_GB"),
)
DEFAULT = "zh"
CODES = tuple(language.code for language in LANGUAGES)
BY_CODE = {language.code: language for language in LANGUAGES}
# Every name a language is accepted by, with its code: "zh-Hans" is "zh".
CANONICAL = {name: language.code for language in LANGUAGES for name in (language.code, *language.aliases)}


@dataclass(frozen=True, slots=True)
class Generated:
    """A language converted from a hand-written one, and the tables its conversion wrote."""

    source: str  # the code of the language it is converted from
    texts: Mapping[str, str]  # every Phrase, by its source text
    quotes: Mapping[str, str]  # quotes from the advisory, in the original's own characters
    file: str  # the generated module, and the command that writes it
    command: str
    name: str  # in English, for the message that says the file is stale


_GENERATED = {"zh-Hant": Generated("zh", TRADITIONAL, QUOTED, "checker/zh_hant.py", "make traditional", "Traditional")}


class StaleTranslation(RuntimeError):
    """A generated table lacks a text it needs: regenerate it."""

    def __init__(self, lang: str, detail: str) -> None:
        generated = _GENERATED[lang]
        super().__init__(f"{generated.file} is stale ({detail}): run `{generated.command}`")

    @classmethod
    def missing(cls, lang: str, text: str) -> StaleTranslation:
        cut = text if len(text) <= 30 else text[:30] + "…"
        return cls(lang, f"no {_GENERATED[lang].name} for {cut!r}")


@dataclass(frozen=True, slots=True)
class Phrase:
    """One text in every language. ``phrase[lang]`` takes a code, not an alias (see refusal.resolve)."""

    zh: str
    en: str

    def __post_init__(self) -> None:
        WRITTEN.add(getattr(self, _SOURCE))

    def __getitem__(self, lang: str) -> str:
        if lang in _WRITTEN_LANGUAGES:
            return getattr(self, lang)
        generated = _GENERATED[lang]
        source = getattr(self, generated.source)
        try:
            return generated.texts[source]
        except KeyError:
            raise StaleTranslation.missing(lang, source) from None


# The languages written by hand are Phrase's fields; every other is generated from one of them.
_WRITTEN_LANGUAGES = frozenset(Phrase.__dataclass_fields__)
for _language in LANGUAGES:
    if _language.code not in _WRITTEN_LANGUAGES and _language.code not in _GENERATED:
        raise RuntimeError(
            f"language {_language.code!r} has no texts: add a field {_language.code} to Phrase in "
            "checker/languages.py, or generate it (generated_from=, with its tables in _GENERATED)"
        )
if set(_GENERATED) != {language.code for language in LANGUAGES if language.generated_from} or any(
    generated.source != BY_CODE[code].generated_from for code, generated in _GENERATED.items()
):
    raise RuntimeError("every generated language (generated_from=) needs its tables in _GENERATED, and only those")
# The one hand-written language the generated ones and the advisory's quotes are in.
(_SOURCE,) = {generated.source for generated in _GENERATED.values()}

# The source text of every Phrase made so far: what `make traditional` converts.
WRITTEN: set[str] = set()


def quoted_lang(lang: str) -> str:
    """The lang attribute of what quoted() gives for ``lang``."""
    return BY_CODE[lang if lang in _GENERATED else _SOURCE].html


def quoted(simplified: str, lang: str) -> str:
    """A quote from the advisory in ``lang``'s script: Traditional quotes the original itself."""
    if lang not in _GENERATED:
        return simplified
    try:
        return _GENERATED[lang].quotes[simplified]
    except KeyError:
        raise StaleTranslation.missing(lang, simplified) from None


def localized(table, lang: str):
    """``table`` (Phrases in dicts and tuples) with every Phrase in ``lang``."""
    if isinstance(table, Phrase):
        return table[lang]
    if isinstance(table, dict):
        return {key: localized(value, lang) for key, value in table.items()}
    return tuple(localized(value, lang) for value in table)
