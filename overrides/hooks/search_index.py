"""MkDocs hook: one search index per language, so that a search finds pages in the reader's language only.

The i18n plugin gathers every language's entries into one search/search_index.json at the site
root. This hook splits it by the language of each entry's page into <language root>/search/
search_index.json, each entry's location relative to that root, and points each page's search at
its own language's index: Material fetches "search/search_index.json" relative to the page's
base_url, and resolves each result's location against it, so a page's base_url becomes its
language's root. Material also keys what it keeps in localStorage (the palette chosen) by
base_url: extra.scope keeps that key the site's own, one for all languages, as before.
"""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.plugins import event_priority

INDEX = Path("search", "search_index.json")


def on_config(config):
    config.extra.setdefault("scope", urlsplit(config.site_url or "/").path or "/")
    return config


def roots(config) -> dict[str, str]:
    """Each language's root, relative to the site root: {"zh": "", "zh-Hant": "zh-Hant/", "en": "en/"}."""
    return {language["locale"]: language["link"].lstrip("/") for language in config.plugins["i18n"].config.languages}


def language_of(location: str, prefixes: dict[str, str]) -> str:
    """The language whose root holds ``location``: the longest root it starts with."""
    return max(
        (code for code, prefix in prefixes.items() if location.startswith(prefix)), key=lambda c: len(prefixes[c])
    )


def split(index: dict, prefixes: dict[str, str]) -> dict[str, dict]:
    """``index`` (Material's {"config", "docs"}) as one index per language, locations relative to its root."""
    docs = {code: [] for code in prefixes}
    for doc in index["docs"]:
        code = language_of(doc["location"], prefixes)
        docs[code].append({**doc, "location": doc["location"].removeprefix(prefixes[code])})
    return {code: {**index, "docs": entries} for code, entries in docs.items()}


def on_page_context(context, page, config, nav):
    locale = getattr(page.file, "locale", None)
    if locale is not None:
        context["base_url"] = "../" * page.url.removeprefix(roots(config)[locale]).count("/") or "./"
    return context


# After the i18n plugin's on_post_build (-100), which builds the other languages (running this
# hook in each: the index is whole only once it is over) and then writes the whole index; before
# offline.py's (-200), which hashes every file of the site.
@event_priority(-150)
def on_post_build(config):
    if config.plugins["i18n"].building:
        return
    site = Path(config.site_dir)
    whole = json.loads((site / INDEX).read_text(encoding="utf-8"))
    for code, index in split(whole, roots(config)).items():
        path = site / roots(config)[code] / INDEX
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
