"""Kinds of fraud: a pretext with a demand is danger, named by its kind, in every script; a pretext alone is not."""

import time

import pytest

import checker
from checker.marks import DEMAND, MARKS, PRETEXT
from checker.rules import DEMANDS, KINDS
from checker.text import read_text

MOBILE = "13812345678"


def test_every_kind_and_demand_rests_on_a_source_and_lives_on_its_page():
    for rule in KINDS + DEMANDS:
        assert rule.sources and rule.decision and rule.page == "more-scams", rule.id


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.id)
def test_a_kind_heads_the_verdict_it_matches(kind):
    for example in kind.matches:
        verdict = checker.check(example.number, channel=example.channel, text=example.text, where=example.where)
        assert verdict.risk == "danger"
        # Among the dangers, a kind comes first: the headline names the scam, not the number.
        assert verdict.rules[0].startswith("kind-"), verdict


def test_a_pretext_alone_is_not_judged():
    for text in ("我是公安局民警", "您好，我是淘宝客服", "中国驻英国大使馆", "Your parcel is on its way"):
        assert not any(rule.startswith("kind-") for rule in checker.check(MOBILE, channel="sms", text=text).rules)


def test_a_demand_alone_is_caution_at_most():
    verdict = checker.check(MOBILE, channel="sms", text="工商银行 6222 0212 3456 7890 123 户名李四")
    assert (verdict.risk, verdict.rules) == ("caution", ("demand-transfer",))
    assert checker.check(MOBILE, channel="sms", text="请下载我们的App").risk == "unknown"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("我係中國駐英國大使館，你有一份重要文件未領取，請按9", "kind-embassy"),  # Hong Kong Cantonese
        ("我係公安局嘅，你涉嫌洗錢，要將錢轉去安全帳戶", "kind-police"),
        ("您好，這裡是蝦皮客服，您的訂單有問題要退款，請提供銀行卡號和驗證碼", "kind-service"),
        ("我是你領導，明天來我辦公室，先幫我轉筆錢", "kind-boss"),
        ("下載APP跟老師投資，穩賺不賠", "kind-investment"),
    ],
)
def test_traditional_and_cantonese_input(text, kind):
    assert kind in checker.check(MOBILE, channel="sms", text=text).rules


def test_marks_are_grouped_and_named():
    for mark in MARKS:
        assert mark.name.zh and mark.name.en, mark.id
    assert {mark.group for mark in MARKS} >= {PRETEXT, DEMAND}


def test_a_crafted_text_costs_no_more_than_its_length():
    """The warning test used to rescan the text before every match: quadratic in its length.
    Each text here is the same pattern at four times the length: its matches grow fourfold, and
    so may its CPU time, but not sixteenfold. (A ratio of CPU times, not a time limit: the bench
    prints the times.)"""

    def cost(text: str) -> float:
        best = float("inf")
        for _ in range(3):
            start = time.process_time()
            read_text(text)
            best = min(best, time.process_time() - start)
        return best

    for unit in ("勿涉嫌", "你涉嫌，", "转到安全账户", "6222 ", "x" * 7 + " "):
        short, long = unit * (120 // len(unit)), unit * (480 // len(unit))
        assert cost(long) < 10 * cost(short) + 0.002, unit
