"""The language layer: one table of languages, codes resolved or refused, every text in each."""

import io
import re

import pytest
from mkdocs.utils.yaml import yaml_load

import checker
from checker.cli import main
from checker.languages import BY_CODE, CODES, DEFAULT, LANGUAGES, WRITTEN, localized
from checker.refusal import resolve
from checker.ui import CLI, TABLE, WIDGET

from .helpers import CJK, ROOT, load_hook


def test_the_table_of_languages():
    assert CODES == ("zh", "zh-Hant", "en") and DEFAULT == "zh"
    assert [language.name for language in LANGUAGES] == ["简体中文", "繁體中文", "English"]
    for language in LANGUAGES:
        assert language.generated_from in (None, *CODES) and language.generated_from != language.code
        assert BY_CODE[language.code] is language and language.html.lower().startswith(language.code[:2])


def test_mkdocs_lists_the_same_languages_in_the_same_order():
    with open(ROOT / "mkdocs.yml", encoding="utf-8") as config:
        plugins = yaml_load(config)["plugins"]
    i18n = next(plugin["i18n"] for plugin in plugins if isinstance(plugin, dict) and "i18n" in plugin)
    assert [(entry["locale"], entry["name"]) for entry in i18n["languages"]] == [
        (language.code, language.name) for language in LANGUAGES
    ]


@pytest.mark.parametrize(
    ("given", "code"), [(name, language.code) for language in LANGUAGES for name in (language.code, *language.aliases)]
)
def test_codes_and_aliases_resolve(given, code):
    assert resolve(given) == code


@pytest.mark.parametrize("lang", ["fr", "ZH", "zh-hant", "zh-TW", "", " zh", None, 1, ["zh"], b"zh"])
def test_an_unknown_language_is_an_error_in_every_language(lang):
    with pytest.raises(checker.InvalidInput) as caught:
        checker.verdict_dict(checker.check("4008001234"), lang)
    assert caught.value.code == "lang"
    for code in CODES:
        message = caught.value.message(code)
        assert all(other in message for other in CODES), message
    with pytest.raises(checker.InvalidInput):
        checker.result("4008001234", lang=lang)


def test_zh_hans_is_zh_and_zh_hant_is_its_own():
    verdict = checker.check("+86 10 12308")
    assert checker.verdict_dict(verdict, "zh-Hans") == checker.verdict_dict(verdict, "zh")
    hant = checker.verdict_dict(verdict, "zh-Hant")
    assert hant["risk_label"] == "危險" and hant["title"].startswith("顯示 12308 領保熱線號碼的來電")
    assert {key: hant[key] for key in ("input", "normalized", "risk", "rules")} == {
        key: checker.verdict_dict(verdict, "zh")[key] for key in ("input", "normalized", "risk", "rules")
    }


def test_every_phrase_is_written_in_both_hand_written_languages():
    phrases = [*localized(WIDGET, "en").values(), *localized(CLI, "en").values()]
    assert all(text and not CJK.search(text) for text in phrases)
    assert all(CJK.search(text) for text in localized(WIDGET, "zh").values())
    assert {phrase.zh for phrase in (*WIDGET.values(), *TABLE["columns"])} <= WRITTEN


def test_a_phrase_refuses_a_language_it_does_not_know():
    with pytest.raises(KeyError):
        WIDGET["submit"]["fr"]


@pytest.mark.parametrize(("lang", "word"), [("zh-Hant", "危險"), ("zh-Hans", "危险"), ("en", "Danger")])
def test_the_cli_speaks_every_language(lang, word):
    out = io.StringIO()
    assert main(["--lang", lang, "4008001234"], stdout=out, stderr=io.StringIO()) == 0
    assert word in out.getvalue()


def test_the_cli_refuses_an_unknown_language_in_one_line(capsys):
    with pytest.raises(SystemExit) as caught:
        main(["--lang", "fr", "4008001234"])
    assert caught.value.code == 2
    error = capsys.readouterr().err
    assert re.search(r"invalid choice: 'fr' \(choose from zh, zh-Hant, en\)", error) and "Traceback" not in error


def test_a_page_of_the_nav_without_a_written_source_stops_the_build_with_one_line(tmp_path):
    (tmp_path / "faq.zh.md").write_text("# 常见问题\n", encoding="utf-8")
    missing = load_hook("languages").missing_pages(tmp_path, ["faq.md"])
    assert missing == [
        "docs/faq.en.md is missing: mkdocs.yml's nav lists faq.md, and every page is written in zh and en "
        "(the others are generated)"
    ]
