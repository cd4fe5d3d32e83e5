"""The page "who to call, where you are": a section per region, anchored at its key, every number
of checker.contacts.table() a tel: link with the href the data gives, every line's source shown,
and a region without a row saying so. Fast tests render the marker; site tests read the build."""

from __future__ import annotations

import re
from html import unescape

import jinja2
import pytest

from checker.contacts import PAGE, table
from checker.languages import CODES, localized
from checker.ui import TABLE

from .helpers import PAGES, PREFIXES, ROOT, load_hook, page_file

TEMPLATES = jinja2.Environment(loader=jinja2.FileSystemLoader(ROOT / "overrides"))
NAME = "who-to-call"


def _sections(html: str) -> dict[str, str]:
    """Each region's rendered HTML by the id of the heading above it (Markdown ``## … {#id}`` or
    the built page's ``<h2 id=…>``)."""
    parts = re.split(r'^## .*\{#([\w-]+)\}$|<h2 id="([\w-]+)"', html, flags=re.M)
    return {a or b: text for a, b, text in zip(parts[1::3], parts[2::3], parts[3::3], strict=True)}


def _check(sections: dict[str, str], lang: str) -> None:
    rows = table(lang)
    assert list(sections) == [row["key"] for row in rows]
    words = localized(TABLE, lang)
    for row in rows:
        section = unescape(sections[row["key"]])
        assert f'data-region="{row["key"]}"' in section
        for line in row["lines"]:
            assert f'data-role="{line["role"]}"' in section
            for start, end, href in line["dial"]:
                assert f'<a href="{href}" class="tel">{line["text"][start:end]}</a>' in section, (row["key"], href)
            for source in line["sources"]:
                if "advisory" in source:
                    assert words[source["advisory"]] in section
                else:
                    assert f'href="{source["url"]}"' in section, (row["key"], source["url"])
                quote = source["quote"] if lang != "en" else source["quote_en"]
                assert quote in section, (row["key"], quote)
        if not row["lines"]:
            assert "data-no-row" in section and 'href="tel:+861012308"' in section
            assert (row["missing"] or localized(PAGE, lang)["elsewhere"]).split("+86")[0] in section
        elif row["missing"]:
            assert row["missing"] in section
    # The advisory's two texts are kept apart: a line quoting one never names the other.
    for row in rows:
        for line in row["lines"]:
            named = {source["advisory"] for source in line["sources"] if "advisory" in source}
            assert named <= {"notice"}, (row["key"], named)


@pytest.mark.parametrize("lang", CODES)
def test_the_marker_gives_each_region_its_section_lines_links_and_sources(lang):
    hook = load_hook("who_to_call")
    _check(_sections(hook.render(lang, TEMPLATES)), lang)


def test_the_marker_takes_no_argument():
    hook = load_hook("who_to_call")
    with pytest.raises(ValueError, match="no argument"):
        hook.contacts("gb", None, None)


def test_the_page_is_in_the_nav_and_asks_for_the_marker():
    assert NAME in PAGES
    for lang in ("zh", "en"):
        assert "<!-- checker:contacts -->" in (ROOT / "docs" / f"{NAME}.{lang}.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", PREFIXES)
def test_the_built_page_has_every_region_number_and_source(site_dir, lang):
    html = page_file(site_dir, lang, NAME).read_text(encoding="utf-8")
    article = html[html.index("<article") : html.index("</article>")]
    sections = _sections(article[article.index('<h2 id="' + table(lang)[0]["key"] + '"') :])
    _check(sections, lang)
    # Every region's anchor is linked from the page's own index, so the widget's #gb lands.
    for row in table(lang):
        assert f'href="#{row["key"]}"' in article
