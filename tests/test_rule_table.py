"""The rule table itself: complete, bilingual, and faithful to the advisory."""

import pytest

import checker
from checker.rule import CONTEXTS, RISKS, UNKNOWN

from .conftest import CJK, ROOT

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
}
# Quotes may run across the advisory's line breaks.
ADVISORY = (ROOT / "advisory" / "advisory.zh-Hans.txt").read_text(encoding="utf-8").replace("\n", "")


def test_ids_are_unique_and_include_every_public_id():
    ids = [rule.id for rule in checker.RULES]
    assert len(ids) == len(set(ids))
    assert PUBLIC_IDS <= set(ids)


@pytest.mark.parametrize("rule", checker.RULES, ids=lambda r: r.id)
def test_texts_present_in_both_languages(rule):
    for lang in ("zh", "en"):
        texts = rule.texts(lang)
        assert texts.title.strip() and texts.explanation.strip()
        assert texts.advice and all(item.strip() for item in texts.advice)
    assert CJK.search(rule.zh.title + rule.zh.explanation)
    english = " ".join([rule.en.title, rule.en.explanation, *rule.en.advice])
    assert not CJK.search(english), english


@pytest.mark.parametrize("rule", checker.RULES, ids=lambda r: r.id)
def test_source_is_quoted_verbatim_or_decision_is_stated(rule):
    assert rule.advisory or rule.decision
    if rule.advisory:
        assert rule.advisory.zh in ADVISORY, "the quote must be the advisory's own words"
        assert rule.advisory.en and not CJK.search(rule.advisory.en)
    if rule.decision:
        assert CJK.search(rule.decision.zh) and not CJK.search(rule.decision.en)


@pytest.mark.parametrize("rule", checker.RULES, ids=lambda r: r.id)
def test_risk_is_defined_for_every_context(rule):
    for context in CONTEXTS:
        assert rule.risk_in(context) in set(RISKS) - {UNKNOWN}


def test_unless_names_existing_rules():
    for rule in checker.RULES:
        assert set(rule.unless) <= set(checker.RULES_BY_ID), rule.id


def test_a_rule_without_source_is_refused():
    good = checker.RULES_BY_ID["prefix-400"]
    with pytest.raises(ValueError, match="comes from the advisory"):
        checker.Rule(
            id="x", risk="danger", page="numbers", zh=good.zh, en=good.en, matches=("1",), misses=("2",)
        )


def test_a_partial_per_context_risk_is_refused():
    good = checker.RULES_BY_ID["prefix-400"]
    with pytest.raises(ValueError, match="per-context"):
        checker.Rule(
            id="x", risk={"call": "danger"}, page="numbers", zh=good.zh, en=good.en,
            matches=("1",), misses=("2",), advisory=good.advisory,
        )


def test_vendored_advisory_is_the_shared_source():
    shared = ROOT.parent / "shared" / "advisory"
    if not shared.is_dir():
        pytest.skip("no ../shared checkout beside this clone")
    for name in ("advisory.zh-Hant.txt", "advisory.zh-Hans.txt"):
        assert (ROOT / "advisory" / name).read_bytes() == (shared / name).read_bytes()
