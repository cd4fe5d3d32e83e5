"""The rule table itself: complete, bilingual, and faithful to its sources."""

import dataclasses
import re

import jinja2
import pytest
from markupsafe import escape

import checker
from checker.languages import CODES, localized
from checker.regions import COARSE, key_of
from checker.rule import ADVISORY_SOURCES, AUTHORITIES, CONTEXTS, NOTICE, RISKS, TIPS, UNKNOWN, WHERES
from checker.text import MARK_IDS
from checker.ui import TABLE

from .helpers import CJK, ROOT, load_hook

PUBLIC_IDS = {
    "hotline-12308",
    "prefix-400",
    "international",
    "cn-international-prefix",
    "spoofed-service-number",
    "prefix-95-short",
    "prefix-95-long",
    "prefix-1069",
    "sms-link",
    "anti-fraud-96110",
    "anti-fraud-12381",
    "script-red-flags",
    "fake-12381",
    "emergency-110",
    "prefix-800",
    "prefix-106",
    # readers abroad, and the rules beyond the advisory
    "roaming-service-number",
    "lookalike-number",
    "letters-in-number",
    "area-code-bank",
    "carrier-government-number",
    "service-number-content",
    "script-safe-account",
    "script-police-by-phone",
    "script-secrecy",
    "script-screen-sharing",
    "script-code-request",
    "script-points",
    "script-bank-expiry",
    "script-etc",
    "script-tax-subsidy",
    "script-loan-credit",
    "script-task-rebate",
}
ADVISORY_DIR = ROOT / "advisory"
# The theme's templates, as the rule table's partial needs them (no MkDocs build).
TEMPLATES = jinja2.Environment(loader=jinja2.FileSystemLoader(ROOT / "overrides"))
# Each source's text, Simplified; quotes may run across its line breaks.
ADVISORY = {
    source: (ADVISORY_DIR / f"{source}.zh-Hans.txt").read_text(encoding="utf-8").replace("\n", "")
    for source in ADVISORY_SOURCES
}


def test_ids_are_unique_and_include_every_public_id():
    ids = [rule.id for rule in checker.RULES]
    assert len(ids) == len(set(ids))
    assert set(ids) >= PUBLIC_IDS


@pytest.mark.parametrize("rule", checker.RULES, ids=lambda r: r.id)
def test_texts_present_in_every_language(rule):
    for lang in CODES:
        texts = rule.texts(lang)
        assert texts.title.strip() and texts.explanation.strip()
        for where in WHERES:
            advice = texts.advice_in(where)
            assert advice and all(isinstance(item, str) and item.strip() for item in advice)
    zh, en = rule.texts("zh"), rule.texts("en")
    assert CJK.search(zh.title + zh.explanation)
    english = " ".join([en.title, en.explanation, *en.advice_in("cn"), *en.advice_in("abroad")])
    assert not CJK.search(english), english


@pytest.mark.parametrize("rule", checker.RULES, ids=lambda r: r.id)
def test_texts_say_no_more_than_the_sources(rule):
    # The sources say "does not proactively call … to tell of", "usually 5 or 6
    # digits", "generally do not", "some … companies", "is being targeted", "answerable".
    en = rule.texts("en")
    words = " ".join([en.title, en.explanation, *en.advice_in("cn")])
    assert not re.search(r"\bnever (?:calls|call|transfers|asks)\b", words), words
    assert "safe to answer" not in words and "only 5 or 6" not in words.lower()
    zh = rule.title.zh + rule.explanation.zh
    assert "只有 5 或 6 位" not in zh and "可能正在遭遇" not in zh and "常被转卖" not in zh
    assert "不会用它打给你" not in zh


@pytest.mark.parametrize("rule", checker.RULES, ids=lambda r: r.id)
def test_every_row_quotes_the_advisory_or_cites_a_public_source(rule):
    assert rule.advisory or rule.sources, "a row needs a quoted passage (with its file) or a public source"
    if rule.advisory:
        text = ADVISORY[rule.advisory.source]
        assert rule.advisory.zh in text, f"not in advisory/{rule.advisory.source}.zh-Hans.txt"
        assert rule.advisory.en and not CJK.search(rule.advisory.en)
    if rule.sources:
        assert rule.decision, "a rule beyond the advisory says what it decides"
        assert any(source.kind in AUTHORITIES for source in rule.sources)
    if rule.decision:
        assert CJK.search(rule.decision.zh) and not CJK.search(rule.decision.en)


def test_each_quote_is_in_its_own_source_only_where_it_belongs():
    # The notice ends with the hotline's numbers; everything after is the republisher's.
    assert ADVISORY[NOTICE].endswith("+86-10-12308+86-10-65612308")
    assert ADVISORY[TIPS].startswith("除警惕上述冒充12308领保热线的诈骗行为外")
    for words in ("96110", "12381", "“400”", "未知链接不点击", "第一时间拨打110报警"):
        assert words not in ADVISORY[NOTICE] and words in ADVISORY[TIPS]
    quoted = {rule.advisory.source for rule in checker.RULES if rule.advisory}
    assert quoted == {NOTICE, TIPS}


@pytest.mark.parametrize("source", [s for rule in checker.RULES for s in rule.sources], ids=lambda s: s.publisher_en)
def test_public_sources_name_publisher_date_and_address(source):
    assert CJK.search(source.publisher) and source.publisher_en and not CJK.search(source.publisher_en)
    assert re.fullmatch(r"(?:\d{4}(?:-\d\d(?:-\d\d)?)?)?", source.date)
    assert re.match(r"https?://[^\s/]+\.[a-z]+/", source.url)
    assert source.quote_en and not CJK.search(source.quote_en)
    # A Chinese source is quoted in its own characters; an English one in its own words.
    if source.quote_lang == "en":
        assert source.quote == source.quote_en
    else:
        assert source.quote_lang in ("zh-Hans", "zh-Hant") and CJK.search(source.quote)


def test_rules_declare_where_they_apply():
    for rule in checker.RULES:
        assert rule.where and set(rule.where) <= set(WHERES), rule.id
        for example in rule.matches:
            assert COARSE[key_of(example.where)] in rule.where, (rule.id, str(example))
    for where in WHERES:  # both places have rules of their own, and examples
        assert any(e.where == where for rule in checker.RULES for e in rule.matches)
    assert checker.RULES_BY_ID["international"].where == ("cn",)
    assert checker.RULES_BY_ID["roaming-service-number"].where == ("abroad",)
    assert "abroad" in checker.RULES_BY_ID["hotline-12308"].where


def test_every_mark_belongs_to_a_rule():
    used = {mark for rule in checker.RULES for mark in rule.marks + rule.pretexts + rule.demands}
    assert used == set(MARK_IDS)


def test_no_rule_lives_on_the_check_page():
    for rule in checker.RULES:
        assert rule.page != "check", rule.id
    beyond = {rule.id for rule in checker.RULES if not rule.advisory}
    assert beyond | {"emergency-110", "prefix-800", "prefix-106"} <= {
        rule.id for rule in checker.RULES if rule.page == "more-scams"
    }


@pytest.mark.parametrize("rule", checker.RULES, ids=lambda r: r.id)
def test_risk_is_defined_for_every_context(rule):
    # Only local-number says that it cannot judge: of a local number alone, abroad.
    allowed = set(RISKS) if rule.id == "local-number" else set(RISKS) - {UNKNOWN}
    for context in CONTEXTS:
        assert rule.risk_in(context) in allowed


def test_unless_names_existing_rules():
    for rule in checker.RULES:
        assert set(rule.unless) <= set(checker.RULES_BY_ID), rule.id


def test_a_rule_without_source_is_refused():
    good = checker.RULES_BY_ID["prefix-400"]
    with pytest.raises(ValueError, match="quotes the advisory or cites a public source"):
        dataclasses.replace(good, advisory=None, sources=(), decision=checker.RULES_BY_ID["prefix-800"].decision)


def test_a_rule_resting_only_on_a_newspaper_is_refused():
    good = checker.RULES_BY_ID["letters-in-number"]
    press = tuple(source for source in good.sources if source.kind == "press")
    assert press
    with pytest.raises(ValueError, match="police, bank, carrier, MIIT or embassy"):
        dataclasses.replace(good, sources=press)


def test_a_partial_per_context_risk_is_refused():
    good = checker.RULES_BY_ID["prefix-400"]
    with pytest.raises(ValueError, match="per-context"):
        checker.Rule(
            id="x",
            risk={"call": "danger"},
            page="numbers",
            title=good.title,
            explanation=good.explanation,
            advice=good.advice,
            matches=("1",),
            misses=("2",),
            advisory=good.advisory,
        )


@pytest.mark.parametrize("script", ["zh-Hant", "zh-Hans"])
def test_notice_and_tips_together_are_the_file_received(script):
    shared = ROOT.parent / "shared" / "advisory"
    if not shared.is_dir():
        pytest.skip("no ../shared checkout beside this clone")
    parts = b"".join((ADVISORY_DIR / f"{source}.{script}.txt").read_bytes() for source in (NOTICE, TIPS))
    assert parts == (shared / f"advisory.{script}.txt").read_bytes()


def _rows(html: str) -> dict[str, str]:
    return dict(re.findall(r'<tr id="([a-z0-9-]+)" data-rule="\1">(.*?)</tr>', html))


@pytest.mark.parametrize("lang", CODES)
def test_every_cell_carries_its_column_heading(lang):
    rows = _rows(load_hook("rules_table").render(lang, TEMPLATES))
    assert list(rows) == [rule.id for rule in checker.RULES]
    columns = localized(TABLE, lang)["columns"]
    for row in rows.values():
        assert re.findall(r"<td[ >]", row) == ["<td "] * len(columns)
        assert re.findall(r'<td data-label="([^"]+)">', row) == list(columns)


@pytest.mark.parametrize("lang", CODES)
def test_each_row_names_its_source_and_where_it_applies(lang):
    hook = load_hook("rules_table")
    words = {key: escape(value) if isinstance(value, str) else value for key, value in localized(TABLE, lang).items()}
    rows = _rows(hook.render(lang, TEMPLATES))
    for rule in checker.RULES:
        row = rows[rule.id]
        if rule.advisory:
            assert words[rule.advisory.source] in row
            other = TIPS if rule.advisory.source == NOTICE else NOTICE
            assert words[other] not in row
        if rule.sources:
            assert words["sources"] in row
            for source in rule.sources:
                assert f'href="{source.url}"' in row or f'href="{source.url.replace("&", "&amp;")}"' in row
                assert escape(source.name[lang].split("（")[0]) in row
                if source.kind not in AUTHORITIES:
                    assert words["not-authority"] in row
        places = re.search(r'data-where="([^"]+)"', row).group(1).split()
        assert places == list(rule.where)
        assert all(words["where"][where] in row for where in rule.where)
    assert words[NOTICE] in rows["hotline-12308"] and words[TIPS] in rows["prefix-400"]


def test_sources_marker_renders_a_rules_sources_in_the_pages_language():
    hook, markers = load_hook("rules_table"), load_hook("markers")

    class Page:
        class file:
            locale = "en"

    class Config:
        class theme:
            get_env = staticmethod(lambda: TEMPLATES)

    renderers = {
        name: lambda argument, render=render: render(argument, Page, Config) for name, render in hook.MARKERS.items()
    }
    markdown = markers.expand("x\n\n<!-- checker:sources script-etc -->\n", "docs/x.en.md", renderers)
    assert 'data-sources="script-etc"' in markdown and "ETC" in markdown and not CJK.search(markdown)
    assert checker.RULES_BY_ID["script-etc"].sources[0].url in markdown
