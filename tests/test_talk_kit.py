"""The volunteers' talk kit: six to eight scenarios, each a kind of fraud of the rule table, worded
by the table itself (its title, one of its examples, the marks found in it, its advice), in every
language; and it prints, every scenario on the paper, none cut across two pages."""

from __future__ import annotations

import io
import re
import unicodedata

import pytest
from pypdf import PdfReader

from checker.marks import BY_ID as MARKS
from checker.rules import KINDS
from support.server import SiteServer

from .helpers import PREFIXES, load_hook

PATH = {lang: prefix + "talk-kit/" for lang, prefix in PREFIXES.items()}
KINDS_BY_ID = {rule.id: rule for rule in KINDS}
RADICAL = re.compile(r"[\u2e80-\u2fdf]")  # CJK radicals and Kangxi radicals
HAN = re.compile(r"[\u3400-\u9fff]")


@pytest.fixture(scope="module")
def server(site_dir):
    with SiteServer(site_dir) as site:
        yield site.url


def texts(locator) -> list[str]:
    return [text.strip() for text in locator.all_inner_texts()]


def titles(page) -> list[str]:
    """The scenarios' headings, without their permalinks (¶)."""
    return page.eval_on_selector_all(
        "article h2",
        "hs => hs.map(h => [...h.childNodes].filter(n => n.nodeType === 3).map(n => n.data).join('').trim())",
    )


@pytest.mark.parametrize("lang", PATH)
def test_each_scenario_is_a_kind_of_fraud_in_the_tables_words(browser, server, lang):
    printed = load_hook("printed")
    page = browser.new_page()
    page.goto(server + PATH[lang])
    scenarios = page.locator("article .scenario")
    assert 6 <= scenarios.count() <= 8
    ids = [scenario.get_attribute("data-rule") for scenario in scenarios.all()]
    assert len(set(ids)) == len(ids) and set(ids) <= set(KINDS_BY_ID), ids
    for id, scenario in zip(ids, scenarios.all(), strict=True):
        rule = KINDS_BY_ID[id]
        assert titles(page)[ids.index(id)] == rule.texts(lang).title
        assert page.locator(f"article h2#{id}").count() == 1
        example, said = printed.example(rule, lang)
        assert example in rule.matches and scenario.locator(".scenario__says q").inner_text() == said
        flags = texts(scenario.locator(".scenario__flags li"))
        # Each red flag is one of the kind's marks, found in what they said: a claim and a demand at least.
        names = {MARKS[mark].name[lang]: mark for mark in rule.pretexts + rule.demands}
        assert flags and set(flags) <= set(names), flags
        assert {names[flag] for flag in flags} & set(rule.pretexts) and {names[flag] for flag in flags} & set(
            rule.demands
        )
        advice = texts(scenario.locator(".scenario__advice li"))
        assert advice == [
            (f"{place}{printed.PRINTED['colon'][lang]}" if place else "") + words
            for place, words in printed.advice(rule, lang)
        ]
        links = [link.get_attribute("href") for link in scenario.locator(".scenario__source a").all()]
        assert links == [source.url for source in rule.sources]
    page.close()


def in_pdf(text: str):
    """A pattern for ``text`` as a PDF's text layer gives it back: Chromium writes some Han
    characters as a radical of the same shape (⼀ for 一, ⻔ for 门), and lines break anywhere."""
    bare = re.sub(r"\s", "", readable(text))
    return re.compile("".join(f"(?:{c}|{RADICAL.pattern})" if HAN.match(c) else re.escape(c) for c in bare))


def readable(text: str) -> str:
    """A PDF's text with its ligatures (ﬁ) undone, its radicals left for in_pdf()."""
    return "".join(c if RADICAL.match(c) else unicodedata.normalize("NFKC", c) for c in text)


@pytest.mark.parametrize("lang", PATH)
def test_the_talk_kit_prints_every_scenario_whole(browser, server, lang):
    page = browser.new_page()
    page.goto(server + PATH[lang])
    headings = titles(page)
    pdf = PdfReader(io.BytesIO(page.pdf(format="A4")))
    sheets = [re.sub(r"\s", "", readable(sheet.extract_text())) for sheet in pdf.pages]
    for scenario, title in zip(page.locator("article .scenario").all(), headings, strict=True):
        on = [sheet for sheet in sheets if in_pdf(title).search(sheet)]
        assert len(on) == 1, title
        # The whole scenario on that sheet: its last words, its sources, follow its title there.
        last = scenario.locator(".scenario__source").inner_text()[-20:]
        assert in_pdf(last).search(on[0], in_pdf(title).search(on[0]).end()), title
    page.close()
