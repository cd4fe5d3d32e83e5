"""check() and Verdict: overall risk, ordering, the dict in each language, and edge cases."""

import dataclasses
import json

import pytest

import checker
from checker.languages import CODES
from checker.result import NO_RULE_TITLE
from checker.rules.shared import SCAMMED
from checker.ui import TABLE

from .helpers import CJK


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
        (
            "106912345678",
            "sms",
            "积分兑换 t.cn/abc",
            "danger",
            ["prefix-1069", "sms-link"],
        ),  # a bare 积分兑换 is every shop's
        ("106912345678", "sms", "积分即将清零 t.cn/abc", "danger", ["prefix-1069", "script-points", "sms-link"]),
        ("+86 138 1234 5678", "call", None, "caution", ["cn-international-prefix"]),
        ("+86 400 800 1234", "call", None, "danger", ["prefix-400", "cn-international-prefix"]),
        (
            "95588",
            "call",
            "请把钱转到安全账户",
            "danger",
            ["script-safe-account", "service-number-content", "prefix-95-short"],
        ),
        (
            "95588",
            "call",
            "请把钱转到指定账户",
            "danger",
            ["script-red-flags", "service-number-content", "prefix-95-short"],
        ),
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
            verdict = checker.check(example.number, channel=example.channel, text=example.text, where=example.where)
            ranks = [checker.RISKS.index(r) for r in verdict.rule_risks]
            assert ranks == sorted(ranks)
            assert verdict.risk == verdict.rule_risks[0]


def test_verdict_is_immutable():
    verdict = checker.check("4008001234")
    with pytest.raises(dataclasses.FrozenInstanceError):
        verdict.risk = "safe"  # type: ignore[misc]


@pytest.mark.parametrize("lang", CODES)
def test_verdict_dict_fields(lang):
    data = checker.verdict_dict(checker.check("4008001234"), lang)
    assert {"input", "normalized", "risk", "rules", "title", "explanation", "advice"} <= set(data)
    assert data["input"] == "4008001234" and data["normalized"] == "+864008001234"
    assert data["rules"] == ["prefix-400"] and data["risk"] == "danger"
    rule = checker.RULES_BY_ID["prefix-400"].texts(lang)
    # The rule's advice, then the step for one who has already paid, which the rule does not give.
    assert data["title"] == rule.title and data["advice"] == [*rule.advice_in("cn"), SCAMMED.cn[lang]]
    assert data["matches"] == [
        {
            "id": "prefix-400",
            "risk": "danger",
            "title": rule.title,
            "section": "numbers/#prefix-400",
            "sources": [{"publisher": TABLE["republisher-tips"][lang], "date": "", "url": ""}],
        }
    ]
    json.dumps(data)  # plain data


def test_english_dict_has_no_chinese():
    for rule in checker.RULES:
        for example in rule.matches:
            data = checker.verdict_dict(checker.check(example.number, channel=example.channel, text=example.text), "en")
            fields = [data["title"], data["explanation"], data["risk_label"], *data["advice"]]
            assert not CJK.search(" ".join(fields)), data


def test_unknown_says_so_and_gives_the_four_nevers():
    zh = checker.verdict_dict(checker.check("13812345678"), "zh")
    assert zh["title"] == NO_RULE_TITLE.zh
    assert zh["advice"] == ["未知链接不点击。", "陌生来电不轻信。", "个人信息不透露。", "转账汇款多核实。"]
    assert "不代表它安全" in zh["explanation"]
    assert checker.verdict_dict(checker.check("13812345678"), "en")["matches"] == []


def test_warning_advice_never_says_answer_it():
    data = checker.verdict_dict(checker.check("95588", text="请把钱转到安全账户"), "en")
    assert not any("answer it" in item for item in data["advice"])
    assert "Hang up at once." in data["advice"]
    # All three rules still explain themselves.
    assert data["explanation"].count("\n") == 2


def test_advice_is_not_repeated():
    data = checker.verdict_dict(checker.check("106912345678", channel="sms", text="t.cn/abc"), "zh")
    assert len(data["advice"]) == len(set(data["advice"]))


def test_safe_says_the_number_is_fine_and_no_more():
    assert checker.RISK_LABELS["safe"].en == "The number itself is fine"
    assert checker.RISK_LABELS["safe"].zh == "号码本身没问题"
    assert "safe" not in checker.RISK_LABELS["safe"].en.lower()
    assert checker.verdict_dict(checker.check("95588"), "en")["risk_label"] == "The number itself is fine"


def test_12308_says_what_to_do_if_you_asked_for_a_call_back():
    for lang, words in (("zh", "如果你曾请热线回电"), ("en", "If you did ask the hotline to call you back")):
        advice = checker.verdict_dict(checker.check("+86-10-12308"), lang)["advice"]
        callback = [item for item in advice if words in item]
        assert callback and ("+86-10-12308" in callback[0])
    explanation = checker.verdict_dict(checker.check("12308"), "en")["explanation"]
    assert "does not proactively call" in explanation and "never" not in explanation


@pytest.mark.parametrize(
    ("number", "channel", "text", "cn", "abroad"),
    [
        # A foreign number is a call from abroad at home, and an ordinary call abroad.
        ("+44 20 7946 0958", "call", None, ("danger", ["international"]), ("unknown", [])),
        # +86 is how calls from home look abroad.
        ("+86 138 1234 5678", "call", None, ("caution", ["cn-international-prefix"]), ("unknown", [])),
        # A +86 service number: spoofed at home, maybe roaming abroad.
        ("+8695588", "call", None, ("danger", ["spoofed-service-number"]), ("caution", ["roaming-service-number"])),
        # The 12308 rule stands abroad, where that scam lands.
        ("+86-10-12308", "call", None, ("danger", ["hotline-12308"]), ("danger", ["hotline-12308"])),
        (
            "+86 12308",
            "call",
            None,
            ("danger", ["hotline-12308", "spoofed-service-number"]),
            ("danger", ["hotline-12308", "roaming-service-number"]),
        ),
        # A malformed 00 prefix is danger anywhere.
        (
            "00095588",
            "call",
            None,
            ("danger", ["spoofed-service-number", "international"]),
            ("danger", ["spoofed-service-number"]),
        ),
        # 110 is the Chinese police number; abroad it may be a local one.
        ("110", "call", None, ("caution", ["emergency-110"]), ("unknown", [])),
        # The script is danger anywhere.
        # The kind of fraud names the scam, so it comes first among the dangers.
        (
            "+44 20 7946 0958",
            "call",
            "您涉嫌洗钱，请缴纳保释金",
            ("danger", ["kind-police", "international", "script-red-flags"]),
            ("danger", ["kind-police", "script-red-flags"]),
        ),
    ],
)
def test_where_the_reader_is(number, channel, text, cn, abroad):
    for where, (risk, rules) in (("cn", cn), ("abroad", abroad)):
        verdict = checker.check(number, channel=channel, text=text, where=where)
        assert (verdict.risk, list(verdict.rules)) == (risk, rules), where
        assert verdict.where == where and checker.verdict_dict(verdict, "zh")["where"] == where


def test_default_is_mainland_china():
    assert checker.check("+44 20 7946 0958") == checker.check("+44 20 7946 0958", where="cn")


@pytest.mark.parametrize("lang", CODES)
def test_call_110_becomes_the_local_police_abroad(lang):
    text = "您涉嫌洗钱，请缴纳保释金"
    home = " ".join(checker.verdict_dict(checker.check("13812345678", text=text), lang)["advice"])
    away = " ".join(checker.verdict_dict(checker.check("13812345678", text=text, where="abroad"), lang)["advice"])
    assert "110" in home
    assert "110" not in away and "12308" in away
    words = {
        "zh": ("所在地警方", "户籍所在地公安机关"),
        "zh-Hant": ("所在地警方", "戶籍所在地公安機關"),
        "en": ("local police", "household registration (hukou)"),
    }[lang]
    assert all(word in away for word in words), away
    for rule in checker.RULES:  # no advice tells a reader abroad to dial 110
        if "abroad" in rule.where:
            for item in rule.texts(lang).advice_in("abroad"):
                assert "110" not in item, (rule.id, item)


@pytest.mark.parametrize("where", ["", "UK", "ZZ", "cn ", "mainland", "abroad!", None, 1, ["cn"], {"cn": 1}, b"cn"])
def test_bad_where_is_refused_in_both_languages(where):
    with pytest.raises(checker.InvalidInput) as caught:
        checker.check("4008001234", where=where)  # type: ignore[arg-type]
    assert caught.value.code == "where"
    assert all(
        "ISO 3166-1" in caught.value.message(lang) and "abroad" in caught.value.message(lang) for lang in ("en", "zh")
    )
    assert checker.result("4008001234", where=where, lang="en") == {  # type: ignore[arg-type]
        "input": "4008001234",
        "error": caught.value.message("en"),
    }


def test_result_json_takes_where_fifth():
    data = json.loads(checker.result_json("+8695588", "call", None, "en", "abroad"))
    assert data["where"] == "abroad" and data["rules"] == ["roaming-service-number"]
    assert json.loads(checker.result_json("+8695588"))["where"] == "cn"


@pytest.mark.parametrize(
    ("number", "channel", "text", "risk"),
    [
        # Lookalikes get a verdict, not an "invalid number" error.
        ("l0086", "sms", None, "danger"),
        ("1OO86", "sms", None, "danger"),
        ("40095588", "call", None, "danger"),
        ("10600095588", "sms", None, "danger"),
        ("100860", "sms", None, "danger"),
        ("9558", "call", None, "danger"),
        ("010-95588", "call", None, "caution"),
        # A real number with a betraying message is never safe or official.
        ("95588", "sms", "点击 t.cn/abc 领取", "danger"),  # like 10086's: a fake base station's (bank-number-bait)
        ("10086", "sms", "积分兑换现金 t.cn/abc", "danger"),
        ("10086", "call", None, "safe"),
        ("96110", "call", "请把钱转到安全账户", "caution"),
        # Genuine reminders are not scripts.
        ("95588", "sms", "您的验证码为 123456，请勿向任何人透露。", "safe"),
    ],
)
def test_edge_case_verdicts(number, channel, text, risk):
    assert checker.check(number, channel=channel, text=text).risk == risk


def test_letters_keep_their_shape_in_the_normalized_form():
    verdict = checker.check("l0086", channel="sms")
    assert verdict.normalized == "l0086" and verdict.rules == ("letters-in-number",)


def test_bad_lang_and_channel():
    with pytest.raises(ValueError):
        checker.verdict_dict(checker.check("4008001234"), "fr")
    with pytest.raises(checker.InvalidInput) as caught:
        checker.check("4008001234", channel="fax")
    assert "call" in caught.value.message("en")
    with pytest.raises(checker.InvalidInput):
        checker.check("4008001234", text=12)  # type: ignore[arg-type]
