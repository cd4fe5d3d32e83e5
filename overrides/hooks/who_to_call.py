"""MkDocs hook: who to call, where the reader is, generated from checker.contacts at every build.

``<!-- checker:contacts -->`` becomes a section per region of checker.regions.REGIONS, in the
widget's order, each with its heading anchored at the region's key (``#gb``, ``#hk``, the widget
links there), then its lines, the bank first: what each is for, its numbers as tap-to-call links
with the hrefs checker.contacts.table() gives (never another), and its sources (publisher, date,
link, their own words). A region without a row says so, and where its advice is missing.
The HTML comes from overrides/partials/contacts.html, autoescaped.
"""

from __future__ import annotations

import jinja2
import rules_table
from markupsafe import Markup, escape

from checker import dial
from checker.contacts import PAGE, ROLE_LABELS, table
from checker.languages import localized
from checker.refusal import resolve
from checker.regions import capitalised

TEMPLATE = "partials/contacts.html"


def linked(text: str, spans) -> Markup:
    """``text`` with each span [start, end, href] a tel: link, everything escaped."""
    parts, end = [], 0
    for start, stop, href in spans:
        parts += [escape(text[end:start]), Markup('<a href="{}" class="tel">{}</a>').format(href, text[start:stop])]
        end = stop
    return Markup("").join([*parts, escape(text[end:])])


def render(lang: str, templates: jinja2.Environment) -> str:
    """Every region's section, as Markdown headings each followed by one block of HTML."""
    parts = rules_table.macros(
        lang,
        templates,
        TEMPLATE,
        roles=localized(ROLE_LABELS, lang),
        page=localized(PAGE, lang),
        linked=linked,
        spans=dial.spans,
        heading=capitalised,
    )
    rows = table(lang)
    return "\n".join(
        [f"{parts.index(rows)}\n"]
        + [f"## {escape(capitalised(row['name']))} {{#{row['key']}}}\n\n{parts.region(row)}\n" for row in rows]
    )


def contacts(argument: str, page, config) -> str:
    if argument:
        raise ValueError("it takes no argument")
    return render(resolve(page.file.locale), config.theme.get_env())


# The marker this hook expands (overrides/hooks/markers.py finds it and calls this).
MARKERS = {"contacts": contacts}
