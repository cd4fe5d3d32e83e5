"""The wording readers found wrong (issue 20, "phrases found"): machine-converted Traditional and
English calques. None of them is left in the built site or in the checker's verdicts, zh-Hant
quotes with 「」, and its quotes of the advisory are the Traditional original's own characters."""

import re

import checker

from . import html
from .helpers import PAGES, ROOT, load_hook, page_file

hook = load_hook("traditional")

# What the Traditional pages said, and what the original or the sentence means instead.
TRADITIONAL_FOUND = (
    "等迴音",  # an echo: 等回音
    "影片裡做筆錄",  # a video clip: 視訊通話
    "新增國際冠字",  # the original: 添加
    "通訊網路",  # the original: 通信網絡
    "終端使用者",  # the original: 最終用戶
    "誘騙接電人提供個人資訊",  # the notice's quote: 個人信息
    "貼上進來",  # 貼進來
    "打印出來",  # 列印, as in the browser's menu
    "儲存聊天記錄",  # saving a file: 保留
    "開啟官方",  # 打開 an app or a link
    "檢視",  # 查看 in an app
    "傳送號碼",  # 發送號碼
    "點選",  # 點擊
    "這臺裝置",  # 這部裝置
    "運營商",  # 電信公司
    "“",  # 「」
    "”",
)
ENGLISH_FOUND = (
    "on the local emergency number",
    "to the local police come from",
    "basically be judged",
    "number-changing",
    "non-commercial text services",
    "dissuasion",
    "anti-fraud \u201cfortress\u201d",
    'anti-fraud "fortress"',
    "telecom scam",
    "keep, complete, and print",
    "scam websites or texts",
    "awaiting you",
    "do answer, do read",
    "not danger by itself",
    "still danger",
    "grades all of these",
    "back office",
    "password device",
    "by hand",
    "household is registered",
    "registered hometown",
    "answerable",
    "they cannot judge it",
)
# The risk labels as words in a sentence ("is danger", 判为危险): a verdict is rated Danger.
LABEL_AS_WORD = re.compile(r"\b(?:is|are|as|grades?|mean) (?:\*\*)?(?:danger|caution)\b")
# "Don't click" said of a number (别点): what is clicked is a link.
CLICK = re.compile(r"\bclick\b(?! (?:it|them|to)\b)(?! (?:\w+ )?links?\b)", re.IGNORECASE)


def site_text(site_dir, lang: str, name: str, quotes: bool = True) -> str:
    skip = ("code", "script", "style", "svg") + (() if quotes else ("q",))
    page = page_file(site_dir, lang, name).read_text(encoding="utf-8")
    return " ".join(html.text(page, skip, other_lang=True, description=True))


def verdict_texts(lang: str) -> list[str]:
    """Every verdict the rules' examples give, and the one for a number no rule knows."""
    texts = []
    for rule in checker.RULES:
        for example in rule.matches:
            data = checker.verdict_dict(
                checker.check(example.number, channel=example.channel, text=example.text, where=example.where), lang
            )
            texts.append(" ".join([data["title"], data["explanation"], data["risk_label"], *data["advice"]]))
    unknown = checker.verdict_dict(checker.check("+44 20 7946 0958", where="GB"), lang)
    texts.append(" ".join([unknown["title"], unknown["explanation"], *unknown["advice"]]))
    return texts


def test_no_phrase_found_is_left_in_the_traditional_pages_or_verdicts(site_dir):
    texts = {name: site_text(site_dir, "zh-Hant", name) for name in PAGES}
    texts["verdicts"] = " ".join(verdict_texts("zh-Hant"))
    for name, text in texts.items():
        found = [phrase for phrase in TRADITIONAL_FOUND if phrase in text]
        # 用戶 and 使用者 for the same people in one sentence.
        found += [line for line in re.split("[。！？\n]", text) if "用戶" in line and "使用者" in line]
        assert not found, (name, found)


def test_no_calque_is_left_in_the_english_pages_or_verdicts(site_dir):
    texts = {name: site_text(site_dir, "en", name) for name in PAGES}
    texts["verdicts"] = " ".join(verdict_texts("en"))
    for name, text in texts.items():
        found = [phrase for phrase in ENGLISH_FOUND if phrase in text.lower()]
        found += LABEL_AS_WORD.findall(text)
        # A scam message that a source quotes may say "Click here".
        found += CLICK.findall(site_text(site_dir, "en", name, quotes=False) if name in PAGES else text)
        assert not found, (name, found)


def han(text: str) -> str:
    return re.sub(r"[^\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]", "", text)


def test_traditional_pages_quote_the_advisory_in_the_originals_characters(site_dir):
    """Each passage a page copies from the advisory reads, on its zh-Hant twin, as the Traditional
    original has it: its words (添加, 通信網絡, 個人信息), not OpenCC's (新增, 通訊網路, 個人資訊)."""
    compared = 0
    for name in PAGES:
        source = (ROOT / "docs" / f"{name}.zh.md").read_text(encoding="utf-8")
        text = han(site_text(site_dir, "zh-Hant", name))
        for *_, original in hook.advisory_quotes.spans(source, "zh-Hant"):
            assert original in text, (name, original)
            compared += 1
    assert compared > 50
    numbers, notice = (
        han(site_text(site_dir, "zh-Hant", "numbers")),
        han(site_text(site_dir, "zh-Hant", "hotline-12308")),
    )
    assert "境外電話進入我國通信網絡時必須在主叫號碼前添加國際冠字" in numbers
    assert "且不對最終用戶收費" in numbers
    assert "誘騙接電人提供個人信息" in notice
