"""Mistakes in the tables fail at once, in one line that names the fix: a stale checker/zh_hant.py,
a language with no texts, a rule id twice, an ``unless`` or a mark that names nothing."""

import dataclasses
import io
import sys
import types
from pathlib import Path

import pytest

import checker
from checker import languages
from checker.cli import main
from checker.languages import LANGUAGES, Phrase, StaleTranslation
from checker.result import _wording
from checker.rule import check_table

GENERATED = [language.code for language in LANGUAGES if language.generated_from]
STALE = "checker/zh_hant.py is stale (no Traditional for {!r}): run `make traditional`"


@pytest.mark.parametrize("lang", GENERATED)
def test_a_phrase_missing_from_the_generated_table_says_run_make_traditional(lang, monkeypatch):
    monkeypatch.setattr(languages, "WRITTEN", set())  # this Phrase is not one for `make traditional`
    with pytest.raises(StaleTranslation) as caught:
        Phrase("一个还没转换的说法", "A phrase not yet converted")[lang]
    assert str(caught.value) == STALE.format("一个还没转换的说法")


@pytest.mark.parametrize("lang", GENERATED)
def test_a_quote_missing_from_the_generated_table_says_run_make_traditional(lang):
    with pytest.raises(StaleTranslation, match="run `make traditional`"):
        languages.quoted("公告里没有的一句话", lang)


@pytest.fixture
def stale_table(monkeypatch):
    """The table as it was before the 400 rule's title was written."""
    title = checker.RULES_BY_ID["prefix-400"].title.zh
    generated = languages._GENERATED["zh-Hant"]
    table = {source: text for source, text in generated.texts.items() if source != title}
    monkeypatch.setitem(languages._GENERATED, "zh-Hant", dataclasses.replace(generated, texts=table))
    _wording.cache_clear()  # wordings worked out before are cached
    yield title
    _wording.cache_clear()


def test_the_cli_says_run_make_traditional_in_one_line(stale_table):
    out, err = io.StringIO(), io.StringIO()
    assert main(["--lang", "zh-Hant", "4008001234"], stdout=out, stderr=err) == 2
    cut = stale_table if len(stale_table) <= 30 else stale_table[:30] + "…"
    assert err.getvalue() == f"python -m checker: {STALE.format(cut)}\n"


def test_a_language_with_no_texts_fails_at_import_naming_the_fix(monkeypatch):
    path = Path(languages.__file__)
    source = path.read_text(encoding="utf-8").replace(
        'Language("en", "English", "en", "Latn", "dmy", False, "; ", voices=("en",), locale="en_GB"),',
        'Language("en", "English", "en", "Latn", "dmy", False, "; ", voices=("en",), locale="en_GB"),\n'
        '    Language("ja", "日本語", "ja", "Jpan", "cjk", True, "；"),',
    )
    assert '"ja"' in source
    module = types.ModuleType("checker._skeleton")
    module.__package__ = "checker"
    monkeypatch.setitem(sys.modules, module.__name__, module)
    with pytest.raises(RuntimeError) as caught:
        exec(compile(source, str(path), "exec"), vars(module))
    message = str(caught.value)
    assert "\n" not in message and "'ja'" in message and "Phrase" in message and "_GENERATED" in message


def test_rule_ids_and_unless_are_checked_when_the_table_is_imported():
    rule = checker.RULES_BY_ID["prefix-400"]
    with pytest.raises(ValueError, match=r"^prefix-400: two rules have this id"):
        check_table((rule, rule))
    lonely = checker.RULES_BY_ID["kind-embassy"]
    assert lonely.unless
    with pytest.raises(ValueError, match=r"^kind-embassy: unless names no rule \["):
        check_table((lonely,))
    check_table(checker.RULES)


def test_an_unknown_mark_names_the_rule_and_the_fix():
    rule = checker.RULES_BY_ID["script-red-flags"]
    with pytest.raises(ValueError, match=r"^script-red-flags: unknown marks .*add them to checker/marks/"):
        dataclasses.replace(rule, marks=("no-such-mark",))
