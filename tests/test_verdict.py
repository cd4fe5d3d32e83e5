"""check() and Verdict: overall risk, ordering, the dict in each language, and the issue's edge cases."""

import dataclasses
import json

import pytest

import checker
from checker.verdict import NO_RULE

from .conftest import CJK


@pytest.mark.parametrize(
    ("number", "channel", "text", "risk", "rules"),
    [
        ("4008001234", "call", None, "danger", ["prefix-400"]),
        ("+95 1 234 567", "call", None, "danger", ["international"]),
        ("00095588", "call", None, "danger", ["spoofed-service-number", "international"]),
        ("+8695588", "call", None, "danger", ["spoofed-service-number"]),
        ("＋８６９５５８８", "call", None, "danger", ["spoofed-service-number"]),
        ("95588", "call", None, "safe", ["prefix-95-short"]),
        ("9558812345", "call", None, "danger", ["prefix-95-long"]),
        ("96110", "call", None, "official", ["anti-fraud-96110"]),
        ("025-96110", "call", None, "official", ["anti-fraud-96110"]),
        ("12381", "sms", "请立即停止转账", "official", ["anti-fraud-12381"]),
        ("12381", "sms", "点击 https://x.example.com 解冻", "danger", ["fake-12381", "sms-link"]),
        ("106912345678", "call", None, "danger", ["prefix-1069"]),
        ("106912345678", "sms", "您的验证码是 1234", "caution", ["prefix-1069"]),
        ("106912345678", "sms", "积分兑换 t.cn/abc", "danger", ["prefix-1069", "sms-link"]),
        ("+86 138 1234 5678", "call", None, "caution", ["cn-international-prefix"]),
        ("+86 400 800 1234", "call", None, "danger", ["prefix-400", "cn-international-prefix"]),
        ("95588", "call", "请把钱转到安全账户", "danger", ["script-red-flags", "prefix-95-short"]),
        ("13812345678", "call", None, "unknown", []),
        ("0951 1234567", "call", None, "unknown", []),  # Yinchuan landline, not a 95 number
        ("+86 12308", "call", None, "danger", ["hotline-12308", "spoofed-service-number"]),
    ],
)
def test_verdicts(number, channel, text, risk, rules):
    verdict = checker.check(number, channel=channel, text=text)
    assert verdict.risk == risk
    assert list(verdict.rules) == rules


def test_rules_are_most_severe_first():
    for rule in checker.RULES:
        for example in rule.matches:
            verdict = checker.check(example.number, channel=example.channel, text=example.text)
            ranks = [checker.RISKS.index(r) for r in verdict.rule_risks]
            assert ranks == sorted(ranks)
            assert verdict.risk == verdict.rule_risks[0]


def test_verdict_is_immutable():
    verdict = checker.check("4008001234")
    with pytest.raises(dataclasses.FrozenInstanceError):
        verdict.risk = "safe"  # type: ignore[misc]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_to_dict_fields(lang):
    data = checker.check("4008001234").to_dict(lang)
    assert {"input", "normalized", "risk", "rules", "title", "explanation", "advice"} <= set(data)
    assert data["input"] == "4008001234" and data["normalized"] == "+864008001234"
    assert data["rules"] == ["prefix-400"] and data["risk"] == "danger"
    rule = checker.RULES_BY_ID["prefix-400"].texts(lang)
    assert data["title"] == rule.title and data["advice"] == list(rule.advice)
    assert data["matches"] == [{"id": "prefix-400", "risk": "danger", "title": rule.title, "section": "numbers/#prefix-400"}]
    json.dumps(data)  # plain data


def test_english_dict_has_no_chinese():
    for rule in checker.RULES:
        for example in rule.matches:
            data = checker.check(example.number, channel=example.channel, text=example.text).to_dict("en")
            fields = [data["title"], data["explanation"], data["risk_label"], *data["advice"]]
            assert not CJK.search(" ".join(fields)), data


def test_unknown_says_so_and_gives_the_four_nevers():
    zh = checker.check("13812345678").to_dict("zh")
    assert zh["title"] == NO_RULE["zh"][0]
    assert zh["advice"] == ["未知链接不点击。", "陌生来电不轻信。", "个人信息不透露。", "转账汇款多核实。"]
    assert "不代表它安全" in zh["explanation"]
    assert checker.check("13812345678").to_dict("en")["matches"] == []


def test_warning_advice_never_says_answer_it():
    data = checker.check("95588", text="请把钱转到安全账户").to_dict("en")
    assert "You can answer it." not in data["advice"]
    assert "Hang up at once." in data["advice"]
    # Both rules still explain themselves.
    assert data["explanation"].count("\n") == 1


def test_advice_is_not_repeated():
    data = checker.check("106912345678", channel="sms", text="t.cn/abc").to_dict("zh")
    assert len(data["advice"]) == len(set(data["advice"]))


def test_bad_lang_and_channel():
    with pytest.raises(ValueError):
        checker.check("4008001234").to_dict("fr")
    with pytest.raises(checker.InvalidInput) as caught:
        checker.check("4008001234", channel="fax")
    assert "call" in caught.value.message("en")
    with pytest.raises(checker.InvalidInput):
        checker.check("4008001234", text=12)  # type: ignore[arg-type]
