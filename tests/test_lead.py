"""A verdict's first words (lead, action), its steps, and "What happened?" (aftermath), per channel and place."""

import dataclasses

import pytest

import checker
from checker import aftermath
from checker.aftermath import ANSWERS, LOCAL, Answer, Step
from checker.languages import CODES
from checker.lead import HEED, LISTEN, WARNED
from checker.rule import CAUTION, DANGER

from .helpers import CJK

SAFE_ACCOUNT = "请把钱转到安全账户"


def verdict(number, channel="call", text=None, lang="zh", where="cn"):
    return checker.result(number, channel=channel, text=text, lang=lang, where=where)


@pytest.mark.parametrize("lang", CODES)
def test_a_warning_leads_with_one_sentence_and_the_action_for_its_channel(lang):
    call = verdict("4008001234", lang=lang)
    text = verdict("4008001234", "sms", "您好", lang=lang)
    link = verdict("13812345678", "sms", "您的包裹异常，请访问 https://example.com/a", lang=lang)
    assert call["risk"] == text["risk"] == "danger" and link["risk"] == "caution"
    assert call["action"] == WARNED["call"][lang]
    assert text["action"] == link["action"] == WARNED["sms"][lang]
    assert len({call["lead"], text["lead"], link["lead"]}) == 3  # a call, a text, a text with a link
    for data in (call, text, link):
        # One sentence: one full stop, at its end.
        stop = "." if lang == "en" else "。"
        assert data["lead"].endswith(stop) and data["lead"].count(stop) == 1, data["lead"]
    assert WARNED["call"].zh == "挂断，自己拨打官方号码核实。" and WARNED["sms"].zh == "不要点链接，不要回复。"


def test_the_kind_of_scam_comes_first():
    message = "我是公安局的，你涉嫌洗钱，请把钱转到安全账户"
    data = verdict("13812345678", "sms", message)
    assert data["rules"][0].startswith("kind-")
    name = checker.RULES_BY_ID[data["rules"][0]].name
    assert data["lead"] == f"这条短信很像{name.zh}的诈骗。"
    english = verdict("13812345678", "call", message, lang="en")
    assert english["lead"] == f"This call looks like {name.en}."


@pytest.mark.parametrize("lang", CODES)
def test_a_number_that_is_fine_or_unknown_says_listen_to_what_they_ask(lang):
    safe, unknown = verdict("95588", lang=lang), verdict("13812345678", lang=lang)
    assert (safe["risk"], unknown["risk"]) == ("safe", "unknown")
    assert safe["action"] == unknown["action"] == LISTEN["call"][lang]
    assert verdict("95588", "sms", lang=lang)["action"] == LISTEN["sms"][lang]
    assert safe["risk_label"] == checker.RISK_LABELS["safe"][lang]
    assert verdict("96110", lang=lang)["action"] == HEED["call"][lang]
    assert verdict("12381", "sms", lang=lang)["action"] == HEED["sms"][lang]


def test_no_tick_anywhere():
    assert "✔" not in checker.RISK_ICONS.values() and "✓" not in checker.RISK_ICONS.values()
    assert len(set(checker.RISK_ICONS.values())) == len(checker.RISK_ICONS)
    assert checker.RISK_LABELS["safe"].zh == "号码本身没问题"


def test_a_warning_never_says_you_can_answer():
    for rule in checker.RULES:
        for example in rule.matches:
            for lang in ("zh", "en"):
                data = verdict(example.number, example.channel, example.text, lang, example.where)
                if data["risk"] not in (DANGER, CAUTION):
                    continue
                words = " ".join([data["lead"], data["action"], data["explanation"], *data["advice"]])
                words += " ".join(match["title"] for match in data["matches"])
                assert not any(phrase in words for phrase in ("可以接听", "放心接听", "OK to answer", "can answer")), (
                    rule.id,
                    example,
                    words,
                )


@pytest.mark.parametrize(
    ("where", "lang", "words"),
    [
        ("cn", "zh", ("110", "96110")),
        ("abroad", "en", ("local police", "+86-10-12308")),
        ("gb", "en", ("159",)),
        ("hk", "zh-Hant", ("2860 5012",)),
    ],
)
def test_every_warning_has_the_already_paid_step_for_the_readers_place(where, lang, words):
    for number, channel, text in (("+86 400 800 1234", "call", None), ("+8695588", "call", SAFE_ACCOUNT)):
        data = verdict(number, channel, text, lang, where)
        assert data["risk"] == "danger"
        assert any(all(word in item for word in words) for item in data["advice"]), data["advice"]
    if where == "cn":  # the numbers are tel: links
        paid = verdict("+8695588", "call", SAFE_ACCOUNT)
        hrefs = [href for spans in paid["dial"] for _, _, href in spans]
        assert "tel:110" in hrefs and "tel:96110" in hrefs


ANSWER_IDS = ["paid", "code", "remote", "id"]
LABELS = ["我已经转账", "我说了验证码或密码", "我装了 App 或共享了屏幕", "我给了身份证信息"]


@pytest.mark.parametrize("lang", CODES)
@pytest.mark.parametrize("number", ["4008001234", "95588", "13812345678", "96110"])
def test_what_happened_is_under_every_verdict(number, lang):
    data = verdict(number, lang=lang)
    assert [answer["id"] for answer in data["aftermath"]] == ANSWER_IDS
    for answer in data["aftermath"]:
        assert answer["label"] and answer["steps"]
        for step in answer["steps"]:
            assert step["sources"] and all(source["publisher"] for source in step["sources"])
            for start, end, href in step["dial"]:
                assert href.startswith("tel:") and step["text"][start:end].replace(" ", "") in href
    if lang == "zh":
        assert [answer["label"] for answer in data["aftermath"]] == LABELS
    if lang == "en":
        assert not CJK.search(" ".join(step["text"] for a in data["aftermath"] for step in a["steps"]))


def steps(where, answer, lang="zh"):
    return [
        step["text"]
        for step in verdict("4008001234", lang=lang, where=where)["aftermath"][ANSWER_IDS.index(answer)]["steps"]
    ]


def test_what_happened_is_worded_for_the_readers_place():
    # Mainland China: 110 stops the payment; abroad, the region's own lines, the bank first, and never 110.
    assert "110" in steps("cn", "paid")[0]
    for where, first in (("gb", "159"), ("hk", "2860 5012"), ("us", "")):
        paid = steps(where, "paid", "en")
        assert not any("110" in text for text in paid)
        assert first in paid[0]
    assert "12308" in steps("abroad", "paid", "en")[0]  # somewhere else: the notice's own advice
    assert any("Wi-Fi" in text for text in steps("cn", "remote"))
    assert any("密码" in text for text in steps("cn", "code"))
    assert any("身份证" in text for text in steps("cn", "id"))


def test_every_answers_step_cites_an_official_source():
    for answer in ANSWERS:
        for step in answer.cn + answer.abroad:
            if step != LOCAL:
                assert any(source.kind in checker.rule.AUTHORITIES for source in step.sources), step


def test_a_step_abroad_that_names_110_stops_the_import():
    # (Phrases of the table's own: a new one would be a text without its Traditional.)
    bad = Step(aftermath.CALL_110.text, aftermath.CALL_110.sources)
    answer = dataclasses.replace(ANSWERS[0], abroad=(LOCAL, bad))
    with pytest.raises(ValueError, match="names 110"):
        aftermath._check((answer,))
    unsourced = Step(aftermath.END_SHARING.text, ())
    with pytest.raises(ValueError, match="cite a police"):
        aftermath._check((Answer("x", answer.label, (unsourced,), (LOCAL,)),))


def test_a_text_from_a_bank_or_96110_with_a_link_or_a_demand_is_danger_like_a_carriers():
    link = "您的积分可兑换现金，请登录 icbc-jf.top 领取"
    assert checker.check("10086", channel="sms", text=link).risk == "danger"
    assert checker.check("95588", channel="sms", text=link).risk == "danger"
    for number, text in (("95533", "请提供银行卡号和验证码核实"), ("96110", "您涉嫌洗钱，请转到安全账户配合调查")):
        found = checker.check(number, channel="sms", text=text)
        assert found.risk == "danger" and "bank-number-bait" in found.rules, found
    # The genuine texts stay as they were: a bank's notice, and the police' own warning.
    assert checker.check("95588", channel="sms", text="您尾号1234的卡于12月1日支出500元。").risk == "safe"
    warning = "您可能正在遭遇诈骗，请勿转账，公安机关不会要求转账到安全账户。"
    assert checker.check("96110", channel="sms", text=warning).risk == "official"
