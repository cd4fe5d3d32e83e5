"""The printable card prints as a card: one A4 page in each language with room to spare, in the
Chinese font readers have (Noto CJK), large type, and what a printout needs to be trusted (the
source and its date, the site's address, "not a government website"), without the page's own
"print this" instruction; a QR code a phone reads as the page's address; a Print button; and the
five scams older people meet most, each with its public source from the rule table."""

from __future__ import annotations

import io
import shutil
import subprocess
from urllib.parse import urlsplit

import pytest
from mkdocs.utils.yaml import yaml_load
from pypdf import PdfReader

import checker
from support.server import SiteServer

from .helpers import PREFIXES, ROOT, load_hook, require

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
SPARE = 0.10  # of the printable height, left free: another printer's margins, another font's lines
LARGE_PT = 14  # body type on the card; browsers print 12 pt by default
CJK_FONT = "Noto Sans CJK"
# 安全账户, 公检法不会电话办案, 验证码, 屏幕共享, 冒充客服: the rows of the rule table they are.
FIVE = ("script-safe-account", "script-police-by-phone", "script-code-request", "script-screen-sharing", "kind-service")
# How far down the laid-out page anything shown reaches, in CSS px.
BOTTOM = (
    "Math.max(...[...document.body.querySelectorAll('*')]"
    ".filter(el => el.getClientRects().length && getComputedStyle(el).visibility !== 'hidden')"
    ".map(el => el.getBoundingClientRect().bottom))"
)


def pdf_pages(pdf: bytes) -> int:
    """Pages in a PDF, as a PDF reader (pypdf) counts them."""
    return len(PdfReader(io.BytesIO(pdf)).pages)


def test_pdf_page_counter_counts_pages(browser):
    page = browser.new_page()
    page.set_content("<p style='break-after: page'>one</p><p style='break-after: page'>two</p><p>three</p>")
    assert pdf_pages(page.pdf(format="A4")) == 3
    page.close()


@pytest.fixture(scope="module")
def server(site_dir):
    with SiteServer(site_dir) as site:
        yield site.url


def fonts_of(page, selector: str) -> set[str]:
    """The fonts Chromium really drew the first ``selector`` with (not the ones CSS asked for)."""
    cdp = page.context.new_cdp_session(page)
    cdp.send("DOM.enable")
    cdp.send("CSS.enable")
    root = cdp.send("DOM.getDocument")["root"]["nodeId"]
    node = cdp.send("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
    fonts = cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
    cdp.detach()
    return {font["familyName"] for font in fonts}


@pytest.mark.parametrize("lang", PATH)
def test_the_card_is_one_a4_page_in_a_pdf(browser, server, lang):
    page = browser.new_page()
    page.goto(server + PATH[lang])
    assert pdf_pages(page.pdf(format="A4")) == 1
    page.close()


@pytest.mark.parametrize("lang", PATH)
def test_the_printed_card_fits_with_room_to_spare_in_large_type(browser, server, lang):
    """Chromium's print layout, on a viewport the size of the printable area of an A4 page, in
    the CJK font Chinese prints in here (Latin text too: the stylesheet names it before system-ui)."""
    page = browser.new_page(viewport=PRINTED)
    page.goto(server + PATH[lang])
    instruction = page.locator("article p.no-print")
    assert instruction.count() == 1 and instruction.is_visible()  # on screen: print this page
    # (A CDP session of its own would end the print emulation: asked first, of the same text.)
    for selector in (".card h2", ".card li", ".card p"):
        assert any(CJK_FONT in family for family in fonts_of(page, selector)), selector
    page.emulate_media(media="print")
    assert not instruction.is_visible()
    printed = page.evaluate("document.body.innerText")  # innerText leaves out what is not shown
    for words in MUST_SAY[lang]:
        assert words in printed, words
    for selector in (".md-copyright__highlight", ".md-copyright__site", ".card__source", ".card__qr svg"):
        assert page.locator(selector).last.is_visible(), selector
    # All of it on the first page, with a tenth of it to spare.
    bottom = page.evaluate(BOTTOM)
    assert bottom <= (1 - SPARE) * PRINTED["height"], f"{bottom:.0f} of {PRINTED['height']} px"
    sizes = page.evaluate(
        "[...document.querySelectorAll('.card p:not(.card__source), .card li')]"
        ".map(el => parseFloat(getComputedStyle(el).fontSize) * 0.75)"
    )
    assert sizes and min(sizes) >= LARGE_PT, sizes
    page.close()


@pytest.mark.parametrize("lang", PATH)
def test_the_qr_code_reads_as_the_cards_address(browser, server, lang, tmp_path):
    """zbarimg reads the code from a picture of it, as a phone's camera would."""
    zbarimg = shutil.which("zbarimg")
    require(zbarimg is not None, "zbarimg is missing: apt-get install zbar-tools")
    page = browser.new_page()
    page.goto(server + PATH[lang])
    picture = tmp_path / "qr.png"
    page.locator(".card__qr svg").screenshot(path=picture)
    read = subprocess.run([zbarimg, "--raw", "--quiet", picture], capture_output=True, text=True, check=True)
    assert read.stdout.strip() == SITE_URL + PATH[lang]
    assert ADDRESS + PATH[lang] in page.locator(".card__qr figcaption").inner_text()
    page.close()


@pytest.mark.parametrize("lang", PATH)
def test_the_print_button_prints(browser, server, lang):
    page = browser.new_page()
    page.add_init_script("window.printed = 0; window.print = () => { window.printed += 1; };")
    page.goto(server + PATH[lang])
    button = page.locator("button[data-print]")
    assert button.is_visible()
    button.click()
    assert page.evaluate("window.printed") == 1
    page.emulate_media(media="print")
    assert not button.is_visible()
    page.close()


def test_the_print_button_waits_for_its_script(browser, server):
    """Where print.js does not run, no button that does nothing."""
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(server + PATH["zh"])
    assert page.locator("button[data-print]").count() == 1
    assert not page.locator("button[data-print]").is_visible()
    context.close()


@pytest.mark.parametrize("lang", PATH)
def test_the_five_scams_are_on_the_card_with_their_sources(browser, server, lang):
    printed = load_hook("printed")
    page = browser.new_page()
    page.goto(server + PATH[lang])
    sources = page.locator(".card__source[data-rules]")
    assert sources.get_attribute("data-rules").split() == list(FIVE)
    assert page.locator("#scams + ol > li").count() == len(FIVE)
    for id in FIVE:
        source = printed.first_source(checker.RULES_BY_ID[id])
        link = sources.locator(f'a[href="{source.url}"]')
        assert link.count() == 1 and link.inner_text() == source.name[lang], id
    page.close()
