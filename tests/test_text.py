"""Links and the scam script's marks in a message."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import checker
from checker.marks import MARKS, NOTICE_MARKS, SCRIPT
from checker.text import MAX_TEXT_CHARS, read_text


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
        ("轉到指定賬戶", "designated-account"),
        ("send it to the designated account", "designated-account"),
        ("我把电话转接到公安局", "call-transfer"),
        ("我把電話轉接到其他部門", "call-transfer"),
        ("I will transfer your call to the police", "call-transfer"),
    ],
)
def test_script_marks_in_three_scripts(text, mark):
    assert mark in read_text(text).red_flags


# The scripts mainland police warn about most: each mark in zh-Hans, zh-Hant and en.
POLICE_WARNED = [
    ("请把钱转到安全账户", "safe-account"),
    ("請把錢轉到安全賬戶", "safe-account"),
    ("move it to a safe account", "safe-account"),
    ("我是公检法的，给你做电话笔录", "police-by-phone"),
    ("我們要通過視頻做筆錄", "police-by-phone"),
    ("we will take your statement over the phone", "police-by-phone"),
    ("这件事不要告诉家人", "secrecy"),
    ("這件事不要告訴家人，只能與我們單線聯繫", "secrecy"),
    ("don't tell your family about this", "secrecy"),
    ("请开启屏幕共享", "screen-sharing"),
    ("請下載騰訊會議，打開螢幕共享", "screen-sharing"),
    ("please share your screen with me", "screen-sharing"),
    ("请把收到的验证码告诉我", "code-request"),
    ("請把驗證碼發給我", "code-request"),
    ("please tell me the verification code", "code-request"),
    ("您的积分即将清零", "points"),
    ("您的積分可兌換現金", "points"),
    ("your reward points will expire today", "points"),
    ("您的网银已失效", "bank-expiry"),
    ("您的密碼器已過期，請實名補錄", "bank-expiry"),
    ("your online banking has expired", "bank-expiry"),
    ("您的ETC已失效，请重新认证", "etc-expiry"),
    ("您的ETC卡已被禁用", "etc-expiry"),
    ("your ETC account has been suspended", "etc-expiry"),
    ("您有一笔退税待领取", "tax-subsidy"),
    ("請盡快領取社保補貼", "tax-subsidy"),
    ("claim your tax refund now", "tax-subsidy"),
    ("您的校园贷账户需要注销", "loan-credit"),
    ("專業徵信修復", "loan-credit"),
    ("we can repair your credit record", "loan-credit"),
    ("在家刷单，日赚300", "task-rebate"),
    ("點讚返利，做任務賺佣金", "task-rebate"),
    ("earn commission for each task", "task-rebate"),
]


@pytest.mark.parametrize(("text", "mark"), POLICE_WARNED)
def test_police_warned_scripts_in_three_scripts(text, mark):
    assert mark in read_text(text).red_flags


# Genuine texts and warnings quote the scripts to warn against them: no mark.
@pytest.mark.parametrize(
    "text",
    [
        "您的验证码为 123456，请勿向任何人透露。",
        "【工商银行】验证码 123456，切勿告知他人，工作人员不会向您索取。",
        "請勿向任何人透露驗證碼",
        "Your code is 123456. Never share this code with anyone.",
        "公安机关不会要求转账到安全账户",
        "没有所谓的“安全账户”",
        "谨防冒充公检法诈骗",
        "请勿开启屏幕共享",
        "ETC不存在二次认证，谨防诈骗",
        "警方提醒：谨防刷单诈骗",
        "所谓征信修复都是骗局",
        "骗子会让你不要告诉家人",
        "验证码请注意保密",
        "为保障您的账户安全，请勿泄露密码",
        "apples, pears, etc. are on sale",
        "Scammers will ask you to move money to a safe account",
    ],
)
def test_warnings_are_not_scripts(text):
    assert read_text(text).red_flags == ()


def test_a_warning_in_one_clause_does_not_hide_a_script_in_the_next():
    assert "safe-account" in read_text("我们不会冻结你的钱，只要转到安全账户").red_flags


def test_every_script_mark_has_a_test_above():
    marks = {mark.id for mark in MARKS if mark.group == SCRIPT}
    assert marks == set(NOTICE_MARKS) | {mark for _, mark in POLICE_WARNED}
    assert set(NOTICE_MARKS) == {
        "data-leak",
        "illegal-information",
        "crime",
        "investigation",
        "bail",
        "designated-account",
        "call-transfer",
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


def _reference(text: str) -> frozenset[str]:
    """The marks of ``text`` as each mark's whole pattern finds them, not split or filtered."""
    from checker.text import _PATTERNS, _Clauses, fold

    clauses = _Clauses(fold(text))
    return frozenset(
        mark.id
        for mark, (_, _, kind) in zip(MARKS, _PATTERNS, strict=True)
        if any(not clauses.warned(m.start(), kind) for m in re.finditer(mark.pattern, clauses.text))
    )


EXAMPLE_TEXTS = sorted(
    {e.text for rule in checker.RULES for e in rule.matches + rule.misses if e.text} | {t for t, _ in POLICE_WARNED}
)


def test_marks_are_found_as_each_whole_pattern_finds_them():
    """checker/scan.py splits each mark and skips what a text's characters rule out: on every
    example text of the rule table, it finds what the whole patterns find."""
    for text in EXAMPLE_TEXTS:
        assert read_text(text).marks == _reference(text), text


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from([*EXAMPLE_TEXTS, "，", "。", " ", "不要", "请勿", "x", "6222 "]), max_size=6).map("".join)
)
def test_marks_are_found_as_each_whole_pattern_finds_them_in_any_mix(text):
    assert read_text(text[:2000]).marks == _reference(text[:2000])


def test_every_part_of_every_mark_knows_its_first_characters():
    """Where the first characters are unknown, a part is searched in every text: slower, not wrong."""
    from checker.text import _PATTERNS

    assert all(first is not None for _, parts, _ in _PATTERNS for _, first, _ in parts)
