"""Traditional Chinese (zh-Hant): generated from the Simplified, fresh, in Traditional forms
throughout, free of the converter's known mistakes, and the same site as the Simplified."""

import dataclasses
import json
import re
from pathlib import Path
from urllib.parse import quote, urlsplit

import opencc
import pytest

import checker
from checker import languages
from checker.languages import LANGUAGES, WRITTEN
from checker.refusals import REFUSALS
from checker.zh_hant import QUOTED, TRADITIONAL
from support.chromium import READY_MS, check_number
from support.server import SiteServer

from .helpers import PAGES, PREFIXES, ROOT, load_hook, page_file
from .html import read, text

# OpenCC's Simplified → Taiwan-standard character forms, without its idioms: text already in
# Traditional forms comes out unchanged, so whatever changes is a Simplified form left behind.
FORMS = opencc.OpenCC("s2tw")


hook = load_hook("traditional")
quotes = hook.advisory_quotes

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# Between two characters of a quote on a page: its punctuation, spaces and Markdown, which the
# built page may have as tags.
_GAP = f"[^{HAN}]*"


def han(text: str) -> str:
    return re.sub(f"[^{HAN}]", "", text)


def quoted_in(simplified: str, runs: bool = False) -> list[str]:
    """What the advisory has where ``simplified`` quotes it: the original's Han characters."""
    return [original for *_, original in quotes.spans(simplified, "zh-Hant", runs)]


# Every quote of the advisory in the checker's texts, in the original's characters.
MARKED = sorted({quote for text in WRITTEN for quote in quoted_in(text)}, key=len, reverse=True)


def unquoted(text: str, originals: list[str]) -> str:
    """``text`` without the advisory's quotes: they have the original's characters, whatever
    they are (its copy writes 接通后, 用于), and are held to them by the tests of quotes below."""
    for original in sorted(originals, key=len, reverse=True):  # a quote may hold a shorter one
        text = re.sub(_GAP.join(map(re.escape, original)), " ", text)
    return text


def simplified_left(text: str) -> list[str]:
    converted = FORMS.convert(text)
    if converted == text:
        return []
    return [
        f"{text[max(i - 6, 0) : i + 6]} → {converted[max(i - 6, 0) : i + 6]}"
        for i, (a, b) in enumerate(zip(text, converted, strict=False))
        if a != b
    ][:10] or [text[:80]]


def mistakes() -> dict[str, str]:
    """What plain s2twp writes where OVERRIDES says otherwise: the known mistakes."""
    return {key: hook.plain(key) for key, value in hook.OVERRIDES.items() if hook.plain(key) != value}


def test_the_generated_table_is_fresh():
    # Asked of a new interpreter, as the build asks it: one that has made no other Phrase.
    assert hook.stale() is None, "run `make traditional`"


def test_the_generated_file_says_so():
    head = hook.ZH_HANT.module.read_text(encoding="utf-8").splitlines()[:3]
    assert head[0].startswith("# GENERATED FILE: do not edit") and "make traditional" in head[0]
    assert f"({hook.ZH_HANT.config})" in head[1] and opencc.__version__ in head[1]


def test_every_generated_language_has_its_target_and_no_other(monkeypatch):
    assert set(hook.TARGETS) == {language.code for language in LANGUAGES if language.generated_from}
    another = dataclasses.replace(LANGUAGES[1], code="zh-HK", name="繁體中文（香港）", html="zh-HK")
    monkeypatch.setattr(languages, "LANGUAGES", (*LANGUAGES, another))
    with pytest.raises(RuntimeError, match=r"\['zh-HK', 'zh-Hant'\] need exactly one Target each"):
        load_hook("traditional")


def test_jieba_caches_in_the_project_not_in_a_shared_temporary_directory():
    assert Path(hook._jieba().dt.tmp_dir) == ROOT / ".cache" / "jieba"


def test_every_phrase_has_its_traditional():
    assert set(TRADITIONAL) >= WRITTEN and len(WRITTEN) > 200


@pytest.mark.parametrize(
    ("simplified", "traditional"),
    [
        ("信息", "資訊"),
        ("短信", "簡訊"),
        ("账户", "帳戶"),
        ("软件", "軟體"),
        ("挂断", "掛斷"),
        ("诈骗团伙", "詐騙團夥"),
        ("法律程序", "法律程序"),
        # Official names, character for character; numbers and Latin letters as they are.
        ("国家反诈中心", "國家反詐中心"),
        ("“中国领事”App", "「中國領事」App"),
        ("拨打 +86-10-12308 或 96110，955xx、1069", "撥打 +86-10-12308 或 96110，955xx、1069"),
    ],
)
def test_terms_convert_as_readers_abroad_write_them(simplified, traditional):
    assert hook.convert(simplified) == traditional


@pytest.mark.parametrize(
    ("simplified", "traditional"),
    [
        # What OpenCC wrote on the site, reviewed: each override in the sentence it was wrong in.
        ("正在等回复", "正在等回覆"),  # a reply, not 回音 (迴音, an echo)
        ("要在电话或视频通话里做笔录", "要在電話或視訊通話裡做筆錄"),  # a video call, not a clip (影片)
        ("可以把短信内容也粘贴进来", "可以把簡訊內容也貼進來"),
        ("把这一页打印出来（浏览器菜单里的“打印”）", "把這一頁列印出來（瀏覽器選單裡的「列印」）"),
        ("保存好汇款凭证，保存证据", "保存好匯款憑證，保存證據"),  # keeping, not 儲存 (saving a file)
        (
            "该系统可第一时间向用户发送预警短信，提示用户可能面临",
            "該系統可第一時間向用戶發送預警簡訊，提示用戶可能面臨",
        ),
        ("积分要兑换，自己打开运营商或银行的官方 App 查看。", "積分要兌換，自己打開電信公司或銀行的官方 App 查看。"),
        ("不论发送号码是什么", "不論發送號碼是什麼"),
        ("不要点击短信里的链接", "不要點擊簡訊裡的連結"),
        ("这个选择只记在这台设备上", "這個選擇只記在這部裝置上"),
        ("不要回拨，也不要回复。", "不要回撥，也不要回覆。"),
        ("打开发卡银行的官方 App；你的银行或发卡机构", "打開發卡銀行的官方 App；你的銀行或發卡機構"),
        ("“有重要文件需签领”", "「有重要文件需簽領」"),
        ("地区的两个字母代码（ISO 3166-1）", "地區的兩個字母代碼（ISO 3166-1）"),
        ("西塘派出所（浙江在线报道）", "西塘派出所（浙江在線報道）"),  # a news site's name
        ("不会留在地址栏和浏览记录里", "不會留在網址列和瀏覽記錄裡"),
        ("说有内幕消息", "說有內幕消息"),
    ],
)
def test_reviewed_words_convert_as_their_sentences_mean(simplified, traditional):
    assert hook.convert(simplified) == traditional


def test_quotes_are_corner_brackets_except_in_code():
    assert hook.convert("“甲‘乙’丙”、“丁”") == "「甲『乙』丙」、「丁」"
    assert hook.ZH_HANT.typeset("“甲”", depth=1) == "『甲』"  # inside a <q>, which gives the 「」
    assert hook.ZH_HANT.convert_page("“甲” `“x”`\n```\n“y”\n```") == "「甲」 `“x”`\n```\n“y”\n```"
    assert not any(mark in text for text in TRADITIONAL.values() for mark in "“”‘’")
    assert not any(mark in text for text in QUOTED.values() for mark in "“”‘’「」")


def test_pages_quote_the_advisory_in_its_own_characters():
    tips = "根据工信部有关规定，境外电话进入我国通信网络时，必须在主叫号码前添加国际冠字“00”。"
    assert (
        hook.ZH_HANT.convert_page(tips)
        == "根據工信部有關規定，境外電話進入我國通信網絡時，必須在主叫號碼前添加國際冠字「00」。"
    )
    assert hook.convert(tips).startswith("根據工信部有關規定，境外電話進入我國通訊網路時，必須在主叫號碼前新增")
    # In Markdown, across emphasis; and a quote in quotation marks, in any text.
    notice = "诱骗接电人**提供个人信息**、“接受调查”"
    assert hook.ZH_HANT.convert_page(notice) == "誘騙接電人**提供個人信息**、「接受調查」"
    assert hook.convert("“个人资料泄露”是话术") == "「個人資料泄露」是話術"
    # The site's own words, a heading and a word the advisory only happens to have are not quotes.
    own = "# 如何防范电信诈骗\n\n不要在这通电话里提供个人信息。浏览器菜单里的“打印”"
    assert (
        hook.ZH_HANT.convert_page(own) == "# 如何防範電信詐騙\n\n不要在這通電話裡提供個人資訊。瀏覽器選單裡的「列印」"
    )


def test_every_override_holds_and_its_mistake_appears_nowhere():
    for key, value in hook.OVERRIDES.items():
        assert hook.convert(key) == value, key
        assert hook.convert(f"前{key}后") == f"前{value}後", key  # in a sentence, too
    assert mistakes(), "an override that s2twp already gets right is not needed"
    for mistake in mistakes().values():
        assert not any(mistake in unquoted(text, MARKED) for text in TRADITIONAL.values()), mistake


def test_every_verdict_text_is_in_traditional_forms():
    for traditional in TRADITIONAL.values():
        text = unquoted(traditional, MARKED)
        assert not simplified_left(text), simplified_left(text)


def test_verdicts_and_errors_in_zh_hant():
    for rule in checker.RULES:
        for example in rule.matches:
            verdict = checker.check(example.number, channel=example.channel, text=example.text, where=example.where)
            data = checker.verdict_dict(verdict, "zh-Hant")
            simplified = checker.verdict_dict(verdict, "zh")
            words = [
                data["title"],
                data["explanation"],
                data["risk_label"],
                *data["advice"],
                *(match["title"] for match in data["matches"]),
                data["lead"],
                data["action"],
            ]
            assert data["rules"] == simplified["rules"] and data["title"] != simplified["title"]
            text = unquoted(" ".join(words), MARKED)
            assert not simplified_left(text), (rule.id, simplified_left(text))
    for where in ("cn", "hk", "abroad"):  # "What happened?", worded for the reader's place
        answers = checker.verdict_dict(checker.check("+86 400 800 1234", where=where), "zh-Hant")["aftermath"]
        words = [answer["label"] for answer in answers] + [step["text"] for a in answers for step in a["steps"]]
        assert not simplified_left(unquoted(" ".join(words), MARKED)), (where, simplified_left(" ".join(words)))
    for row in REFUSALS:
        error = row("'x'")
        assert not simplified_left(error.message("zh-Hant")) and error.message("zh-Hant") != error.message("zh")


def test_quotes_are_the_traditional_originals():
    originals = {
        path.stem: path.read_text(encoding="utf-8").replace("\n", "")
        for path in (ROOT / "advisory").glob("*.zh-Hant.txt")
    }
    from checker.contacts import CONTACTS

    quoted = {rule.advisory.zh for rule in checker.RULES if rule.advisory}
    quoted |= {line.advisory.zh for row in CONTACTS.values() for line in row.lines if line.advisory}
    assert set(QUOTED) == quoted
    for simplified, original in QUOTED.items():
        # Verbatim, but for the quotes inside it: 『』 inside the <q> that shows it.
        verbatim = original.replace("『", "“").replace("』", "”")
        assert any(verbatim in text for text in originals.values()), original
        assert len(original) == len(simplified) and original != simplified


def test_the_checkers_quotes_of_the_advisory_are_the_originals():
    """What a Phrase puts in quotation marks that is the advisory's (“个人资料泄露”) has the
    original's characters in its Traditional, where s2twp would write others (洩露)."""
    for simplified in WRITTEN:
        for original in quoted_in(simplified):
            assert original in han(TRADITIONAL[simplified]), (simplified, original)
    assert "「個人資料泄露」「涉嫌散布非法信息」" in TRADITIONAL[checker.RULES_BY_ID["script-red-flags"].explanation.zh]


def test_traditional_input_matches_the_same_scam_marks():
    """A reader may paste a text in Traditional: it meets the same rules as its Simplified."""
    compared = 0
    for rule in checker.RULES:
        for example in rule.matches + rule.misses:
            if not example.text or hook.convert(example.text) == example.text:
                continue
            args = {"channel": example.channel, "where": example.where}
            assert (
                checker.check(example.number, text=hook.convert(example.text), **args).rules
                == checker.check(example.number, text=example.text, **args).rules
            ), (rule.id, example.text)
            compared += 1
    assert compared > 20


# --- The site -------------------------------------------------------------------------------


def page_text(html: str) -> str:
    return "".join(text(html.split("<body", 1)[1], ("q", "script", "style", "svg"), foreign="zh-Hans"))


def _page(site, lang: str, name: str) -> str:
    return page_file(site, lang, name).read_text(encoding="utf-8")


@pytest.mark.parametrize("name", PAGES)
def test_each_zh_page_has_a_traditional_twin(site_dir, name):
    zh, hant = read(_page(site_dir, "zh", name)), read(_page(site_dir, "zh-Hant", name))
    assert hant.lang == "zh-Hant"
    assert hant.headings == zh.headings and hant.ids == zh.ids  # the same sections, the same anchors
    assert len(hant.heading_text) == len(zh.heading_text) and hant.heading_text != zh.heading_text
    source = (ROOT / "docs" / f"{name}.zh.md").read_text(encoding="utf-8")
    text = unquoted(page_text(_page(site_dir, "zh-Hant", name)), quoted_in(source, runs=True) + MARKED)
    assert not simplified_left(text), simplified_left(text)
    for mistake in mistakes().values():
        assert mistake not in text, mistake
    assert "反詐來電指南" in hant.title


def test_the_switcher_offers_three_languages_each_in_its_own_lang(site_dir):
    html = _page(site_dir, "zh-Hant", "numbers")
    links = re.findall(
        r'<a href="([^"]*)" hreflang="([^"]*)" lang="([^"]*)" class="md-select__link">\s*([^<]*?)\s*</a>', html
    )
    assert links == [
        ("../../numbers/", "zh", "zh-Hans", "简体中文"),
        ("./", "zh-Hant", "zh-Hant", "繁體中文"),
        ("../../en/numbers/", "en", "en", "English"),
    ]


def test_the_search_index_splits_traditional_into_the_same_words(site_dir):
    """Each word of the Simplified index, converted, is a word of the Traditional index wherever
    the Traditional pages have it (their example inputs stay Simplified)."""
    simplified, traditional, text = set(), set(), ""
    for lang, words_of in (("zh", simplified), ("zh-Hant", traditional)):
        index = site_dir / PREFIXES[lang] / "search" / "search_index.json"
        for doc in json.loads(index.read_text(encoding="utf-8"))["docs"]:
            words_of |= {word for word in doc["text"].split("\u200b") if re.fullmatch(r"[\u4e00-\u9fff]{2,}", word)}
            if lang == "zh-Hant":
                text += doc["text"].replace("\u200b", "") + "\n"
    expected = {word for word in map(hook.convert, simplified) if word in text}
    assert len(expected) > 500
    found = len(expected & traditional) / len(expected)
    assert found > 0.97, (found, sorted(expected - traditional)[:20])


@pytest.fixture(scope="module")
def server(site_dir):
    with SiteServer(site_dir) as site:
        yield site.url


def test_searching_a_traditional_word_finds_the_traditional_pages(browser, server, site_dir):
    page = browser.new_page(viewport={"width": 1280, "height": 800})  # the search field is in the header
    page.goto(server + "zh-Hant/")
    page.fill("input.md-search__input", "詐騙")
    results = page.locator(".md-search-result__item a")
    results.first.wait_for(timeout=10_000)
    hrefs = [results.nth(i).get_attribute("href") for i in range(results.count())]
    # Only the Traditional pages: each language searches its own index (search_index.py).
    assert hrefs and all(urlsplit(href).path.startswith("/zh-Hant/") for href in hrefs), hrefs
    page.close()


def test_the_widget_answers_in_traditional(browser, server):
    page = browser.new_page()
    page.goto(server + "zh-Hant/check/#n=" + quote("4008001234"))
    page.wait_for_selector("#number-check-result[data-risk]", timeout=READY_MS)
    result = page.locator("#number-check-result")
    assert result.get_attribute("data-risk") == "danger"
    text = result.inner_text()
    assert "危險" in text and "掛斷" in text and not simplified_left(text), text
    assert page.locator("label[for=number-check-number]").inner_text() == "來電或簡訊顯示的號碼"
    assert check_number(page, "call me", "call")[0] == "error"
    assert "號碼裡只能有數字" in result.inner_text()
    # A <q> shows 「」 (『』 inside another) on zh-Hant pages, in the rule table too, whatever the
    # script of the source it quotes: the site's stylesheet, on this page.
    marks = page.evaluate(
        """() => ['<q>', '<q lang="zh-Hans">'].map(q => {
            const table = document.createElement('div');
            table.className = 'rules-table';
            table.innerHTML = q;
            document.body.append(table);
            return getComputedStyle(table.firstChild).quotes;
        })"""
    )
    assert marks == ['"「" "」" "『" "』"'] * 2
    page.close()
