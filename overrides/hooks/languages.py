"""MkDocs hook: the site's languages are checker.languages.LANGUAGES, in its order.

mkdocs.yml must list them for the i18n plugin (which requires each one's name there); this
hook stops the build when that list says anything else, or when a page of the nav lacks its
source in a written language (the i18n plugin would quietly serve another language's), and
gives the templates each language's lang attribute (the switcher marks every language's name
with its own) and the header's words in each language (checker/ui.py's HEADER).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import markers
from mkdocs.exceptions import PluginError

from checker.languages import DEFAULT, LANGUAGES, localized
from checker.ui import HEADER


def on_config(config):
    listed = [
        (entry["locale"], entry["name"], bool(entry["default"])) for entry in config.plugins["i18n"].config.languages
    ]
    expected = [(language.code, language.name, language.code == DEFAULT) for language in LANGUAGES]
    if listed != expected:
        raise PluginError(f"mkdocs.yml's i18n languages must be {expected} (checker/languages.py), not {listed}")
    markers.stop(missing_pages(Path(config.docs_dir), nav_pages(config.nav)))
    config.extra["html_lang"] = {language.code: language.html for language in LANGUAGES}
    config.extra["header"] = {language.code: localized(HEADER, language.code) for language in LANGUAGES}
    return config


def nav_pages(nav) -> Iterable[str]:
    """The pages mkdocs.yml's nav lists, as "name.md", sections and titles unfolded."""
    for entry in nav or ():
        target = next(iter(entry.values())) if isinstance(entry, dict) else entry
        if isinstance(target, list):
            yield from nav_pages(target)
        elif target.endswith(".md"):
            yield target


def missing_pages(docs: Path, pages: Iterable[str]) -> list[str]:
    """One line for each page of the nav without its source in a written language."""
    written = [language.code for language in LANGUAGES if not language.generated_from]
    return [
        f"docs/{path}.{lang}.md is missing: mkdocs.yml's nav lists {path}.md, and every page is written in "
        f"{' and '.join(written)} (the others are generated)"
        for path in (page.removesuffix(".md") for page in pages)
        for lang in written
        if not (docs / f"{path}.{lang}.md").is_file()
    ]
