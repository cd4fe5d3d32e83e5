"""Accessibility in Debian's Chromium: axe-core on every page, and the layout a reader on a phone gets.

axe-core comes from npm, pinned in package-lock.json, and is injected with Playwright. It runs on
every page in every language, light and dark scheme, desktop and phone viewports, and on the Check
page after each kind of verdict. Zero violations of WCAG 2.0/2.1/2.2 A and AA and of axe's best
practices is the bar; a failure lists each rule and the elements it flagged.
"""

from __future__ import annotations

import re
from urllib.parse import quote

import pytest

from checker.languages import localized
from checker.ui import HEADER
from support.chromium import READY_MS, check_number
from support.server import SiteServer

from .helpers import PAGES, PREFIXES, ROOT, WRITTEN, page_file, page_path, require

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
SCHEMES = {"light": "default", "dark": "slate"}  # prefers-color-scheme -> Material's scheme
# A page's markup is the same in both schemes: in the dark one, only the rules that read colours
# can find anything new, and a generated language's pages have the colours of their source's.
COLOUR_RULES = ["color-contrast", "link-in-text-block"]


def rules_for(scheme: str) -> list[str] | None:
    return COLOUR_RULES if scheme == "dark" else None


DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}
VIEWPORTS = {"desktop": DESKTOP, "phone": PHONE}


def urls(langs) -> list[str]:
    return [page_path(lang, name) for lang in langs for name in PAGES]


# Generated pages (zh-Hant) are their source pages' markup with other characters: scanned on a
# phone (the main reader's screen), in both schemes, rather than four times over, which keeps the
# suite short.
SCANNED = {"desktop": WRITTEN, "phone": tuple(PREFIXES)}
# One number per kind of verdict, so every risk colour is measured: (number, channel, risk).
VERDICTS = [
    ("4008001234", "call", "danger"),
    ("110", "call", "caution"),
    ("96110", "call", "official"),
    ("95588", "call", "safe"),
    ("13812345678", "call", "unknown"),
    ("call me", "call", "error"),
]
FORGET_PALETTE = (
    "Object.keys(localStorage).filter(k => k.endsWith('__palette')).forEach(k => localStorage.removeItem(k))"
)
BIG = 44  # CSS px: the main buttons and numbers to dial
TEXT_PX = 18  # body text, for older readers


@pytest.fixture(scope="module")
def server(site_dir):
    require(AXE.is_file(), "node_modules/axe-core missing: run npm ci")
    with SiteServer(site_dir) as site:
        yield site.url


def new_page(browser, scheme: str, viewport: dict):
    # The pages' CSP allows only the site's own scripts; axe is injected by the test, so the
    # test context bypasses it (tests/test_site.py checks the policy itself).
    context = browser.new_context(viewport=viewport, color_scheme=scheme, bypass_csp=True)
    return context, context.new_page()


def axe(page, within: str = "document", rules: list[str] | None = None) -> list[str]:
    """axe-core's violations on the page as it is now (or in one part of it), one line per
    element: of every rule of TAGS, or of ``rules`` only."""
    if not page.evaluate("typeof axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE))
    only = {"type": "rule", "values": rules} if rules else {"type": "tag", "values": TAGS}
    result = page.evaluate(f"only => axe.run({within}, {{runOnly: only, resultTypes: ['violations']}})", only)
    return [
        f"{violation['id']} ({violation['impact']}) {node['target']}: {' '.join(node['failureSummary'].split())}"
        for violation in result["violations"]
        for node in violation["nodes"]
    ]


def report(failures: dict[str, list[str]]) -> str:
    return "\n".join(f"{where}:\n  " + "\n  ".join(lines) for where, lines in failures.items())


# The desktop's dark scheme: its own elements (the sidebar, the contents, the rule table as a
# table) are scanned in slate, with every rule, by the palette-toggle test below. One test per
# language, so that the suite's workers share the scans.
@pytest.mark.parametrize(
    ("viewport", "scheme", "lang"),
    [
        (viewport, scheme, lang)
        for viewport, scheme in [("phone", "light"), ("phone", "dark"), ("desktop", "light")]
        for lang in (SCANNED[viewport] if scheme == "light" else WRITTEN)
    ],
)
def test_axe_finds_nothing_on_any_page(browser, server, scheme, viewport, lang):
    context, page = new_page(browser, scheme, VIEWPORTS[viewport])
    failures, checked = {}, 0
    for url in urls([lang]):
        page.goto(server + url)
        assert page.get_attribute("body", "data-md-color-scheme") == SCHEMES[scheme], url
        if found := axe(page, rules=rules_for(scheme)):
            failures[url or "/"] = found
        checked += 1
    context.close()
    assert checked == len(PAGES)
    assert not failures, report(failures)


@pytest.fixture(scope="module")
def checker_context(browser, server):
    """One context for the verdict tests: after the first cold start, the checker restores its
    snapshot from this context's cache, as on a reader's repeat visit."""
    context = browser.new_context(viewport=PHONE, bypass_csp=True)
    yield context
    context.close()


# Generated languages' verdicts are their source's markup in other characters: the whole pages
# are scanned above, and tests/test_traditional.py checks the widget's words in zh-Hant.
@pytest.mark.parametrize(("lang", "scheme"), [(lang, scheme) for lang in WRITTEN for scheme in SCHEMES])
def test_axe_finds_nothing_after_each_kind_of_verdict(checker_context, server, lang, scheme):
    page = checker_context.new_page()
    page.emulate_media(color_scheme=scheme)
    # Material remembers the scheme of the last page; this page must follow the emulated one.
    page.add_init_script(FORGET_PALETTE)
    page.goto(server + page_path(lang, "check") + "#n=" + quote("12308"))
    page.wait_for_selector("#number-check-result[data-risk]:not([data-early=shown])", timeout=READY_MS)
    assert page.get_attribute("body", "data-md-color-scheme") == SCHEMES[scheme]
    failures = {}
    for name, size in VIEWPORTS.items():
        page.set_viewport_size(size)
        if found := axe(page, rules=rules_for(scheme)):
            failures[f"the whole page, {name}"] = found
    # Every kind of verdict, each in its own colours: the verdict is what changes.
    for number, channel, risk in VERDICTS:
        assert check_number(page, number, channel)[0] == risk
        # Every part of the verdict, "What has already happened?" and Why included, opened.
        page.evaluate("document.querySelectorAll('#number-check-result details').forEach((d) => { d.open = true; })")
        for name, size in VIEWPORTS.items():
            page.set_viewport_size(size)
            if found := axe(page, "'#number-check'", rules_for(scheme)):
                failures[f"{number} ({risk}), {name}"] = found
    page.close()
    assert not failures, report(failures)


def test_axe_finds_nothing_after_the_palette_toggle(browser, server):
    """The reader's own choice of scheme, made with the header's toggle, passes too."""
    context, page = new_page(browser, "light", DESKTOP)
    failures = {}
    for url in ("", "en/check/", "rules/"):
        page.goto(server + url)
        for scheme in ("slate", "default"):
            page.click("form[data-md-component=palette] label:not([hidden])")
            page.wait_for_function("s => document.body.dataset.mdColorScheme === s", arg=scheme)
            if found := axe(page):
                failures[f"{url or '/'} {scheme}"] = found
    context.close()
    assert not failures, report(failures)


def _box(locator) -> dict:
    box = locator.bounding_box()
    assert box, f"{locator} is not shown"
    return box


# Generated pages have their source's markup and layout, with other characters of the same width.
@pytest.mark.parametrize("lang", WRITTEN)
def test_phone_layout_big_text_big_targets_no_sideways_scrolling(browser, server, lang):
    context, page = new_page(browser, "light", PHONE)
    small = []
    for name in PAGES:
        url = page_path(lang, name)
        page.goto(server + url)
        sizes = page.evaluate("""() => [...document.querySelectorAll('article p, article li, article td')]
            .filter(el => el.offsetParent).map(el => parseFloat(getComputedStyle(el).fontSize))""")
        assert sizes and min(sizes) >= TEXT_PX, (url, min(sizes))
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"], url
        targets = page.locator("article a[href^='tel:'], article a.tap-call, #number-check button[type=submit]")
        for i in range(targets.count()):
            box = _box(targets.nth(i))
            if box["width"] < BIG or box["height"] < BIG:
                small.append((url, targets.nth(i).inner_text(), box["width"], box["height"]))
    context.close()
    assert not small, small


def test_every_page_has_numbers_to_dial_or_a_button_measured(site_dir):
    """The target test above measures something: tel: links and the checker's button exist."""
    html = {name: page_file(site_dir, "zh", name).read_text(encoding="utf-8") for name in PAGES}
    assert "tel:" in html["hotline-12308"] and "tel:110" in html["card"]
    assert re.search(r'<button type="submit"', html["check"])


def test_keyboard_focus_is_always_visible(browser, server):
    """Tab through Home and the Check page: every element that takes focus shows a ring."""
    context, page = new_page(browser, "light", DESKTOP)
    hidden = []
    for url in ("", "en/check/"):
        page.goto(server + url)
        seen = 0
        for _ in range(40):
            page.keyboard.press("Tab")
            ring = page.evaluate("""() => {
                let el = document.activeElement;
                if (!el || el === document.body) return null;
                // Material's toggles are visually hidden radios: their label shows the focus.
                if (el.classList.contains('md-option')) el = document.querySelector(`label[for="${el.id}"]:not([hidden])`) || el;
                const style = getComputedStyle(el);
                return {what: el.outerHTML.slice(0, 80), style: style.outlineStyle, width: parseFloat(style.outlineWidth)};
            }""")
            if ring is None:
                continue
            seen += 1
            if ring["style"] == "none" or ring["width"] < 2:
                hidden.append((url, ring["what"], ring["style"], ring["width"]))
        assert seen >= 20, (url, seen)
    context.close()
    assert not hidden, hidden


# Records the text size the page has when its body appears, before anything of it can be painted.
AT_FIRST_PAINT = """new MutationObserver((records, observer) => {
  if (!document.body) return;
  window.textSizeAtBody = document.documentElement.dataset.textSize ?? null;
  observer.disconnect();
}).observe(document, { childList: true, subtree: true });"""
ROOT_PX = "parseFloat(getComputedStyle(document.documentElement).fontSize)"


def test_larger_text_is_remembered_and_on_every_page_from_the_first_paint(browser, server):
    """The header's text-size button, used with the keyboard, makes the text larger on this page,
    after a reload and on the other pages and languages, from their first paint; axe still finds
    nothing and nothing scrolls sideways on a phone. Pressed again, the theme's size is back."""
    context, page = new_page(browser, "light", PHONE)
    context.add_init_script(AT_FIRST_PAINT)
    page.goto(server + "en/")
    normal = page.evaluate(ROOT_PX)
    button = page.get_by_role("button", name=localized(HEADER, "en")["text_size"])
    assert button.get_attribute("aria-pressed") == "false" and page.evaluate("window.textSizeAtBody") == "normal"
    button.focus()
    page.keyboard.press("Enter")
    assert button.get_attribute("aria-pressed") == "true" and page.evaluate(ROOT_PX) == normal * 1.25
    failures = {}
    for lang, url in (("en", "en/"), ("zh-Hant", "zh-Hant/numbers/"), ("zh", ""), ("en", "en/card/")):
        page.goto(server + url)  # the first is a reload
        assert page.evaluate("window.textSizeAtBody") == "large", url
        assert page.evaluate(ROOT_PX) == normal * 1.25, url
        button = page.get_by_role("button", name=localized(HEADER, lang)["text_size"])
        assert button.get_attribute("aria-pressed") == "true", url
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"], url
        if found := axe(page):
            failures[url or "/"] = found
    assert not failures, report(failures)
    button.click()
    page.reload()
    assert page.evaluate("window.textSizeAtBody") == "normal" and page.evaluate(ROOT_PX) == normal
    context.close()


def test_rule_table_cells_name_their_column(site_dir):
    """Every cell carries its column's heading, which the phone layout shows (CSS attr())."""
    for prefix in PREFIXES.values():
        html = (site_dir / prefix / "rules" / "index.html").read_text(encoding="utf-8")
        headings = re.findall(r"<th>([^<]*)</th>", html)
        rows = re.findall(r'<tr id="[^"]+" data-rule="[^"]+">(.*?)</tr>', html, re.DOTALL)
        assert len(headings) >= 5 and rows
        for row in rows:
            assert re.findall(r'<td data-label="([^"]*)">', row) == headings


@pytest.mark.parametrize("lang", PREFIXES)
def test_rule_table_is_cards_on_a_phone_and_a_table_on_a_desktop(browser, server, lang):
    context, page = new_page(browser, "light", PHONE)
    page.goto(server + page_path(lang, "rules"))
    rows = page.locator("tr[data-rule]")
    assert rows.count() > 10
    cards = page.evaluate("""() => [...document.querySelectorAll('tr[data-rule]')].map(tr => ({
        display: getComputedStyle(tr).display,
        right: tr.getBoundingClientRect().right,
        labels: [...tr.cells].slice(1).map(td => getComputedStyle(td, '::before').content),
        names: [...tr.cells].slice(1).map(td => JSON.stringify(td.dataset.label)),
    }))""")
    for card in cards:
        assert card["display"] == "block"
        assert card["right"] <= PHONE["width"]
        assert card["labels"] == card["names"]  # each cell is headed by its column's name
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    page.set_viewport_size(DESKTOP)
    assert page.evaluate("getComputedStyle(document.querySelector('tr[data-rule]')).display") == "table-row"
    assert page.locator(".rules-table thead").is_visible()
    context.close()


@pytest.mark.parametrize("lang", PREFIXES)
def test_check_page_on_a_phone_is_at_most_three_screens(browser, server, lang):
    context, page = new_page(browser, "light", PHONE)
    page.goto(server + page_path(lang, "check"))
    height = page.evaluate("document.documentElement.scrollHeight")
    assert height <= 3 * PHONE["height"], height
    assert page.locator("tr[data-rule]").count() == 0
    assert page.locator("article a[href$='rules/']").count() >= 1
    context.close()
