"""Links and the scam script's marks in a message."""

import pytest

import checker
from checker.errors import MAX_TEXT_CHARS
from checker.text import RED_FLAGS, read_text


@pytest.mark.parametrize(
    "text",
    [
        "http://a.b/c",
        "请访问 HTTPS://EXAMPLE.COM",
        "www.abc.com",
        "点击abc.cn领取",
        "t.cn/A6xYz",
        "bit.ly/3abc",
        "ｗｗｗ．ｆａｋｅ．ｃｏｍ",
        "go to my-bank.top/login now",
        "visit 12381-gov.com.cn",
    ],
)
def test_links_are_found(text):
    assert read_text(text).has_link


@pytest.mark.parametrize(
    "text",
    ["明天 3.5 点见", "e.g. this", "Mr.Li 来电", "", "价格 12.99 元", "version 1.2.3"],
)
def test_ordinary_text_has_no_link(text):
    assert not read_text(text).has_link


@pytest.mark.parametrize(
    ("text", "mark"),
    [
        ("您的个人资料泄露了", "data-leak"),
        ("您的個人資料洩露了", "data-leak"),
        ("your personal data has been leaked", "data-leak"),
        ("你涉嫌散布非法信息", "illegal-information"),
        ("你涉嫌散佈非法資訊", "illegal-information"),
        ("you are spreading illegal information", "illegal-information"),
        ("你涉嫌违法犯罪", "crime"),
        ("you are suspected of a crime", "crime"),
        ("请配合接受调查", "investigation"),
        ("請接受調查", "investigation"),
        ("you must accept an investigation", "investigation"),
        ("缴纳保释金", "bail"),
        ("繳納保釋金", "bail"),
        ("pay the BAIL today", "bail"),
        ("转到指定账户", "designated-account"),
        ("轉到安全賬戶", "designated-account"),
        ("move it to a safe account", "designated-account"),
        ("我把电话转接到公安局", "call-transfer"),
        ("我把電話轉接到其他部門", "call-transfer"),
        ("I will transfer your call to the police", "call-transfer"),
    ],
)
def test_script_marks_in_three_scripts(text, mark):
    assert mark in read_text(text).red_flags


def test_every_mark_has_a_test_above():
    marks = {mark for mark, _ in RED_FLAGS}
    assert marks == {
        "data-leak", "illegal-information", "crime", "investigation", "bail", "designated-account", "call-transfer",
    }


@pytest.mark.parametrize("text", ["今晚回家吃饭", "Your table is ready", "为您转接人工客服", "bailey street"])
def test_ordinary_text_has_no_marks(text):
    assert read_text(text).red_flags == ()


def test_text_is_capped_before_normalising():
    assert MAX_TEXT_CHARS == 2000
    assert read_text("洗钱" * 1000).red_flags == ("crime",)  # 2,000 characters: read
    for text in ("x" * 2001, "1" + "\u0301\u0316" * 100_000):
        with pytest.raises(checker.InvalidInput) as caught:
            checker.check("95588", channel="sms", text=text)
        assert caught.value.code == "text-length"
        assert "2000" in caught.value.message("zh") and "2,000" in caught.value.message("en")
