"""The printable card prints as a card: one A4 page in each language, large type, and what a
printout needs to be trusted (the source and its date, the site's address, "not a government
website"), without the page's own "print this" instruction."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest
from mkdocs.utils.yaml import yaml_load

from support.server import SiteServer

from .helpers import PREFIXES, ROOT

with open(ROOT / "mkdocs.yml", encoding="utf-8") as config:
    SITE_URL = yaml_load(config)["site_url"]
ADDRESS = urlsplit(SITE_URL).netloc + urlsplit(SITE_URL).path

# What each printed card must say.
MUST_SAY = {
    "zh": ["外交部领事保护中心", "2026年1月19日", "非政府官方网站", ADDRESS],
    "zh-Hant": ["外交部領事保護中心", "2026年1月19日", "非政府官方網站", ADDRESS],
    "en": ["Consular Protection Center", "19 January 2026", "Not a government website", ADDRESS],
}
PATH = {lang: prefix + "card/" for lang, prefix in PREFIXES.items()}
MM = 96 / 25.4  # CSS px per millimetre
# A4 less the margins of the card's @page rule (overrides/assets/site.css): 12 mm and 14 mm.
PRINTED = {"width": round((210 - 2 * 14) * MM), "height": round((297 - 2 * 12) * MM)}
LARGE_PT = 14  # body type on the card; browsers print 12 pt by default


def pdf_pages(pdf: bytes) -> int:
    """Pages in a PDF: its page objects (/Type /Page, not the /Pages tree)."""
    assert pdf.startswith(b"%PDF-")
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf))


def test_pdf_page_counter_counts_pages(browser):
    page = browser.new_page()
    page.set_content("<p style='break-after: page'>one</p><p style='break-after: page'>two</p><p>three</p>")
    assert pdf_pages(page.pdf(format="A4")) == 3
    page.close()


@pytest.fixture(scope="module")
def server(site_dir):
    with SiteServer(site_dir) as site:
        yield site.url


@pytest.mark.parametrize("lang", PATH)
def test_the_card_is_one_a4_page_in_a_pdf(browser, server, lang):
    page = browser.new_page()
    page.goto(server + PATH[lang])
    assert pdf_pages(page.pdf(format="A4")) == 1
    page.close()


@pytest.mark.parametrize("lang", PATH)
def test_the_printed_card_says_where_it_comes_from_in_large_type(browser, server, lang):
    """Chromium's print layout, on a viewport the size of the printable area of an A4 page."""
    page = browser.new_page(viewport=PRINTED)
    page.goto(server + PATH[lang])
    instruction = page.locator("article p.no-print")
    assert instruction.count() == 1 and instruction.is_visible()  # on screen: print this page
    page.emulate_media(media="print")
    assert not instruction.is_visible()
    printed = page.evaluate("document.body.innerText")  # innerText leaves out what is not shown
    for words in MUST_SAY[lang]:
        assert words in printed, words
    for selector in (".md-copyright__highlight", ".md-copyright__site", ".card__source"):
        assert page.locator(selector).last.is_visible(), selector
    # All of it on the first page: nothing reaches below the printable height of one A4 page.
    assert page.evaluate("document.documentElement.scrollHeight") <= PRINTED["height"]
    sizes = page.evaluate(
        "[...document.querySelectorAll('.card p:not(.card__source), .card li')]"
        ".map(el => parseFloat(getComputedStyle(el).fontSize) * 0.75)"
    )
    assert sizes and min(sizes) >= LARGE_PT, sizes
    page.close()
