"""The built site: every language, faithful content, working links, the generated rules table."""

import hashlib
import json
import re
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from markupsafe import escape
from mkdocs.utils.yaml import yaml_load

import checker

from .helpers import CJK, PAGES, PREFIXES, ROOT, load_hook, page_file
from .html import read


@pytest.fixture(scope="module")
def pages(site_dir):
    return {
        (lang, name): read(page_file(site_dir, lang, name).read_text(encoding="utf-8"))
        for lang in PREFIXES
        for name in PAGES
    }


def test_every_page_has_a_source_in_each_written_language_and_no_other():
    missing = load_hook("languages").missing_pages(ROOT / "docs", (f"{name}.md" for name in PAGES))
    assert not missing, "\n".join(missing)
    sources = {p.name.split(".")[0] for p in (ROOT / "docs").glob("*.md")}
    assert sources == set(PAGES), "a page in docs/ that mkdocs.yml's nav does not list"


@pytest.mark.parametrize("name", PAGES)
def test_every_language_has_the_same_heading_structure(pages, name):
    zh = pages["zh", name]
    for lang in PREFIXES:
        assert pages[lang, name].headings == zh.headings, lang
    assert len(zh.headings) >= 2


@pytest.mark.parametrize("name", PAGES)
def test_html_lang_title_and_description(pages, name):
    zh, hant, en = pages["zh", name], pages["zh-Hant", name], pages["en", name]
    assert zh.lang == "zh" and hant.lang == "zh-Hant" and en.lang == "en"
    assert CJK.search(hant.description) and hant.description != zh.description
    assert CJK.search(zh.description) and len(zh.description) > 20
    assert en.description and not CJK.search(en.description)
    assert zh.description != checker.__doc__  # each page has its own
    assert not CJK.search(en.title)


def test_descriptions_differ_between_pages(pages):
    for lang in PREFIXES:
        descriptions = [pages[lang, name].description for name in PAGES]
        assert len(set(descriptions)) == len(PAGES)


@pytest.mark.parametrize("name", PAGES)
def test_english_pages_have_no_chinese_except_marked_names(pages, name):
    text = pages["en", name].article_text
    assert not CJK.search(text), CJK.findall(text)


def test_marked_names_are_marked_zh(site_dir):
    html = page_file(site_dir, "en", "hotline-12308").read_text(encoding="utf-8")
    assert '<span lang="zh-Hans">中国领事</span>' in html


@pytest.mark.parametrize(
    ("name", "numbers"),
    [
        ("hotline-12308", ["12308", "65612308"]),
        ("numbers", ["400", "95", "1069", "00", "+"]),
        ("prevention", ["96110", "12381"]),
        ("scammed", ["110"]),
    ],
)
def test_every_advisory_number_is_on_the_page_that_explains_it(pages, name, numbers):
    for lang in PREFIXES:
        text = pages[lang, name].article_text
        for number in numbers:
            assert number in text, (lang, name, number)


def test_numbers_to_dial_are_tel_links(pages):
    for lang in PREFIXES:
        hotline = pages[lang, "hotline-12308"].links
        assert "tel:+861012308" in hotline and "tel:+861065612308" in hotline
        assert "tel:110" in pages[lang, "scammed"].links
        assert "tel:110" in pages[lang, "index"].links


with open(ROOT / "mkdocs.yml", encoding="utf-8") as config:
    SITE_URL = yaml_load(config)["site_url"]  # MkDocs' loader: it knows the !ENV tag
SITE_PATH = urlsplit(SITE_URL).path


def _internal_targets(site: Path):
    for html_file in site.rglob("*.html"):
        page = read(html_file.read_text(encoding="utf-8"))
        for href in page.links + page.sources:
            parts = urlsplit(href)
            if parts.scheme or parts.netloc or href.startswith(("#", "mailto:", "tel:")):
                continue
            yield html_file, parts


def test_internal_links_resolve(site_dir):
    checked = 0
    for html_file, parts in _internal_targets(site_dir):
        if html_file.name == "404.html":
            continue  # its links are absolute to site_url
        path = unquote(parts.path)
        # Absolute paths (the header's home link) are under site_url's path.
        base = site_dir if path.startswith(SITE_PATH) else html_file.parent
        target = (base / path.removeprefix(SITE_PATH)).resolve()
        if target.is_dir():
            target = target / "index.html"
        assert target.is_file(), f"{html_file.relative_to(site_dir)} -> {parts.path}"
        if parts.fragment and target.suffix == ".html":
            ids = read(target.read_text(encoding="utf-8")).ids
            assert parts.fragment in ids, f"{html_file.relative_to(site_dir)} -> {parts.path}#{parts.fragment}"
        checked += 1
    assert checked > 200


def test_every_rule_has_its_section_in_every_language(site_dir):
    for rule in checker.RULES:
        for lang in PREFIXES:
            target = page_file(site_dir, lang, rule.page)
            assert rule.id in read(target.read_text(encoding="utf-8")).ids, (lang, rule.section)


def test_rules_table_has_exactly_the_checker_rows(pages, site_dir):
    ids = [rule.id for rule in checker.RULES]
    for lang in PREFIXES:
        assert pages[lang, "rules"].rule_rows == ids
        assert pages[lang, "check"].rule_rows == []
        assert "../rules/" in pages[lang, "check"].links
    html = page_file(site_dir, "zh", "rules").read_text(encoding="utf-8")
    for rule in checker.RULES:
        assert escape(rule.title.zh) in html
        if rule.advisory:
            assert rule.advisory.zh in html
    en = page_file(site_dir, "en", "rules").read_text(encoding="utf-8")
    for rule in checker.RULES:
        if rule.decision:
            assert "Our decision" in en and escape(rule.decision.en) in en


def test_no_third_party_requests_in_any_page(site_dir):
    site_host = urlsplit(SITE_URL).netloc
    for html_file in site_dir.rglob("*.html"):
        page = read(html_file.read_text(encoding="utf-8"))
        loaded = page.sources + [link for link in page.links if link.endswith((".css", ".js", ".woff", ".woff2"))]
        for url in loaded:
            parts = urlsplit(url)
            assert not parts.netloc or parts.netloc == site_host, (html_file, url)
        assert "fonts.googleapis" not in html_file.read_text(encoding="utf-8")


def test_csp_allows_only_self_and_wasm(pages):
    for page in pages.values():
        policy = page.meta["Content-Security-Policy"]
        script_src = re.search(r"script-src ([^;]*)", policy).group(1).split()
        assert script_src[:2] == ["'self'", "'wasm-unsafe-eval'"]
        assert all(token.startswith("'sha256-") for token in script_src[2:])
        assert "connect-src 'self'" in policy and "unsafe-eval'" not in policy.replace("wasm-unsafe-eval'", "")
        # The checker's worker starts from a blob: of this origin, and so runs under this policy.
        assert re.search(r"worker-src ([^;]*)", policy).group(1).split() == ["'self'", "blob:"]


def test_404_page_speaks_chinese_and_english(site_dir):
    html = (site_dir / "404.html").read_text(encoding="utf-8")
    assert '<div lang="zh-Hans">' in html and '<div lang="en">' in html
    assert "找不到这个页面" in html and "Page not found" in html


def test_printable_card_and_print_styles(pages, site_dir):
    assert pages["zh", "card"].headings and "tel:110" in pages["zh", "card"].links
    css = (site_dir / "assets" / "site.css").read_text(encoding="utf-8")
    assert "@media print" in css


def test_dark_and_light_schemes(site_dir):
    html = page_file(site_dir, "zh", "index").read_text(encoding="utf-8")
    assert 'data-md-color-scheme="default"' in html and 'data-md-color-scheme="slate"' in html


def _index(site: Path, lang: str) -> dict:
    return json.loads((site / PREFIXES[lang] / "search" / "search_index.json").read_text(encoding="utf-8"))


def _search(site: Path, word: str, lang: str = "zh") -> set[str]:
    """The pages (relative to the root of ``lang``) whose entries in its index hold ``word``."""
    docs = _index(site, lang)["docs"]
    return {doc["location"].split("#")[0] for doc in docs if word in doc["text"].replace("\u200b", "")}


def test_search_index_finds_chinese_and_numbers(site_dir):
    index = _index(site_dir, "zh")
    assert "zh" in index["config"]["lang"]
    # jieba segmentation: Chinese text is split into words by zero-width spaces.
    assert any("\u200b" in doc["text"] for doc in index["docs"])
    assert "hotline-12308/" in _search(site_dir, "保释金")
    assert "prevention/" in _search(site_dir, "96110")
    assert "prevention/" in _search(site_dir, "96110", "en")


HTML_LANG = re.compile(r'<html lang="([^"]+)"')
CONFIG_BASE = re.compile(r'<script id="__config" type="application/json">\{[^<]*?"base": "([^"]*)"')


@pytest.mark.parametrize("lang", PREFIXES)
def test_each_language_searches_its_own_pages_only(site_dir, lang):
    """Each language has its own index, of its own pages only (locations relative to its root),
    and its pages' search reads it: Material fetches search/search_index.json from the page's base."""
    html_lang = {
        code: HTML_LANG.search(page_file(site_dir, code, "index").read_text(encoding="utf-8"))[1] for code in PREFIXES
    }
    assert len(set(html_lang.values())) == len(PREFIXES)
    docs = _index(site_dir, lang)["docs"]
    found = {doc["location"].split("#")[0] for doc in docs}
    assert found == {"" if name == "index" else f"{name}/" for name in PAGES}
    for location in found:
        page = (site_dir / PREFIXES[lang] / location / "index.html").read_text(encoding="utf-8")
        assert HTML_LANG.search(page)[1] == html_lang[lang], location
    # The same number of entries in every language: none dropped as another's duplicate.
    assert len(docs) == len(_index(site_dir, "zh")["docs"])
    for name in ("index", "numbers"):
        page = page_file(site_dir, lang, name).read_text(encoding="utf-8")
        base = CONFIG_BASE.search(page)[1]
        assert (page_file(site_dir, lang, name).parent / base / "search" / "search_index.json").resolve() == (
            site_dir / PREFIXES[lang] / "search" / "search_index.json"
        ).resolve()


@pytest.mark.parametrize("lang", PREFIXES)
def test_search_ranks_the_rule_table_below_the_articles(site_dir, lang):
    """The rule table repeats every rule at length: its entries carry a boost far below 1, the
    articles' none (1)."""
    boosts = {doc["location"].split("#")[0]: doc.get("boost", 1) for doc in _index(site_dir, lang)["docs"]}
    assert boosts.pop("rules/") < 0.1
    assert set(boosts.values()) == {1}


INTENT = re.compile(r'<script id="checker-intent" type="application/json">[^<]*</script>')


def test_article_pages_load_no_checker(site_dir):
    """Articles name the runtime only in intent.js's data, which it fetches once the reader heads
    for the Check page; so does Home, whose checker waits to be used. The Check page starts it."""
    for name in ("hotline-12308", "numbers", "scammed", "prevention", "rules", "card", "about"):
        html, intents = INTENT.subn("", page_file(site_dir, "zh", name).read_text(encoding="utf-8"))
        assert intents == 1 and "widget.js" not in html and "pyodide" not in html
        assert re.search(r'<script src="[^"]*intent\.js\?v=[0-9a-f]+" defer>', html)
    for name in ("index", "check"):
        html = page_file(site_dir, "zh", name).read_text(encoding="utf-8")
        assert "widget.js" in html and 'id="number-check"' in html
        assert ("intent.js" in html) is (name == "index") and bool(INTENT.search(html)) is (name == "index")


@pytest.mark.parametrize("lang", PREFIXES)
def test_check_page_starts_the_checker_from_the_head_and_home_waits(site_dir, lang):
    check = page_file(site_dir, lang, "check").read_text(encoding="utf-8")
    home = page_file(site_dir, lang, "index").read_text(encoding="utf-8")
    head, body = check.split("</head>", 1)
    script = re.search(r'<script src="[^"]*widget\.js\?v=[0-9a-f]+"([^>]*)>', head, re.DOTALL)
    assert script and "defer" not in script.group(1)
    assert "widget.js" not in body
    # The checker's configuration and scripts, features.js first, come before any stylesheet,
    # which a script after it would wait for.
    scripts = re.findall(r'<script src="[^"]*/assets/checker/(\w+)\.js', head)
    assert scripts == ["features", "client", "answers", "widget"]
    assert head.index('id="checker-config"') < head.index("features.js") < head.index('rel="stylesheet"')
    assert re.search(r'<script src="([^"]*)"', head).group(1).split("/")[-1].startswith("features.js")
    assert re.search(r'<script src="[^"]*widget\.js[^"]*" defer>', home)
    config = re.compile(r'<script id="checker-config" type="application/json">([^<]*)</script>')
    assert json.loads(config.search(head).group(1))["lazy"] is False
    assert json.loads(config.search(home).group(1))["lazy"] is True
    # Until widget.js takes the form over, submitting it does nothing: no ?number= query string.
    assert re.search(r'<form id="number-check"[^>]*method="dialog"', check)


def digests(site: Path) -> dict[str, str]:
    return {
        path.relative_to(site).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(site.rglob("*"))
        if path.is_file()
    }


def test_the_site_does_not_depend_on_the_order_of_the_hooks_in_mkdocs_yml(build, site_dir, tmp_path):
    hooks = yaml_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))["hooks"]
    assert len(hooks) > 1
    # site_dir's build date (sitemap.xml's lastmod), should the two builds straddle midnight.
    built = re.search(r"<lastmod>([0-9-]+)</lastmod>", (site_dir / "sitemap.xml").read_text(encoding="utf-8")).group(1)
    epoch = int(datetime.fromisoformat(built).replace(tzinfo=UTC).timestamp())
    config = f"INHERIT: mkdocs.yml\nhooks: {json.dumps(hooks[::-1])}\n"
    reordered = build(tmp_path / "site", config=config, SOURCE_DATE_EPOCH=str(epoch))
    assert digests(reordered) == digests(site_dir)
