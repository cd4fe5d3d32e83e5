"""The numbers to dial in the advice: the verdict marks them, and the widget only makes them links."""

import re

import checker
from checker import dial
from checker.languages import CODES
from checker.result import NO_RULE_ADVICE
from checker.rule import WHERES


def every_advice():
    for rule in checker.RULES:
        for lang in CODES:
            for where in WHERES:
                yield from rule.texts(lang).advice_in(where)
    yield from (item[lang] for item in NO_RULE_ADVICE for lang in CODES)


def test_every_span_is_the_number_it_dials():
    found = set()
    for text in every_advice():
        for start, end, href in dial.spans(text):
            number = text[start:end]
            assert number in dial.NUMBERS and href == "tel:" + re.sub(r"[^+0-9]", "", number), (text, number, href)
            found.add(number)
    assert found == set(dial.NUMBERS)  # every number declared is one the advice tells someone to dial


def test_a_number_inside_a_longer_one_is_not_dialled():
    assert dial.spans("拨打 110 报警") == ((3, 6, "tel:110"),)
    assert dial.spans("1104 或 0110 或 2110 或 -110") == ()


def test_the_verdict_carries_a_list_of_spans_per_advice_item():
    for number, where in (("+86-10-12308", "cn"), ("13812345678", "abroad"), ("4008001234", "cn")):
        for lang in CODES:
            data = checker.result(number, text="请把钱转到安全账户", lang=lang, where=where)
            assert len(data["dial"]) == len(data["advice"])
            for text, spans in zip(data["advice"], data["dial"], strict=True):
                assert spans == [list(span) for span in dial.spans(text)]
    assert any(
        checker.result("13812345678", text="请把钱转到安全账户", where=where)["dial"] != [[]] * 3 for where in WHERES
    )
