"""MkDocs hook: the one grammar of the markers a page of docs/ puts where generated content goes.

    <!-- checker:widget -->              the number checker (checker_assets.py)
    <!-- checker:widget compact -->      the same, loaded once the reader starts using it
    <!-- checker:rules-table -->         the whole rule table (rules_table.py)
    <!-- checker:sources RULE-ID -->     the sources of one rule, under its section
    <!-- checker:sections kinds -->      a section per kind of fraud (or `demands`: per demand)
    <!-- checker:contacts -->            who to call, a section per region (who_to_call.py)

A hook that expands markers names them in its MARKERS: name -> render(argument, page, config),
which returns the Markdown in the marker's place or raises ValueError saying what it takes.
An unknown name, a bad argument, a malformed or an old-style marker fails the build with one
line: the page, the marker, and what to write instead.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping

from mkdocs.exceptions import PluginError

MARKER = re.compile(r"<!--\s*checker:(?P<name>[a-z-]+)(?:[ \t]+(?P<argument>[^\s>]+))?[ \t]*-->")
# Anything a writer may have meant as a marker, this grammar's or an older one.
CANDIDATE = re.compile(r"<!--\s*(?:checker|rules?-)[^>]*?-->")
OLD = re.compile(
    r"<!--\s*(?P<name>checker-widget(?::compact)?|rules-table|rule-sources|rule-sections)(?P<argument>[^>]*?)\s*-->"
)
RENAMED = {
    "checker-widget": "widget",
    "checker-widget:compact": "widget compact",
    "rules-table": "rules-table",
    "rule-sources": "sources",
    "rule-sections": "sections",
}

Render = Callable[[str, object, object], str]


class MarkerError(PluginError):
    pass


def stop(problems: list[str]) -> None:
    """Stop the build on ``problems``, if there are any, with one line: the first, and how many more."""
    if problems:
        raise PluginError(problems[0] + (f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""))


def find(markdown: str, where: str) -> Iterator[tuple[re.Match, str, str]]:
    """Every marker of ``markdown`` (the page ``where``) as (match, name, argument); the argument
    is "" when there is none. Raises MarkerError on one that is malformed or old-style."""
    for candidate in CANDIDATE.finditer(markdown):
        text = candidate.group(0)
        if old := OLD.fullmatch(text):
            new = f"<!-- checker:{' '.join([RENAMED[old['name']], *old['argument'].split()])} -->"
            raise MarkerError(f"{where}: {text} is an old-style marker: write {new}")
        if not (marker := MARKER.fullmatch(text)):
            raise MarkerError(
                f"{where}: {text} is malformed: write <!-- checker:NAME --> or <!-- checker:NAME ARGUMENT -->"
            )
        yield candidate, marker["name"], marker["argument"] or ""


def expand(markdown: str, where: str, renderers: Mapping[str, Callable[[str], str]]) -> str:
    """``markdown`` with every marker replaced by what its renderer gives for its argument."""
    parts, end = [], 0
    for match, name, argument in find(markdown, where):
        if name not in renderers:
            names = ", ".join(f"checker:{known}" for known in sorted(renderers))
            raise MarkerError(f"{where}: {match.group(0)}: there is no marker {name!r}: use one of {names}")
        try:
            rendered = renderers[name](argument)
        except ValueError as error:
            raise MarkerError(f"{where}: {match.group(0)}: {error}") from None
        parts += [markdown[end : match.start()], rendered]
        end = match.end()
    return "".join(parts) + markdown[end:]


def owned(config) -> dict[str, Render]:
    """Every marker the hooks of this build expand, by name."""
    renderers: dict[str, Render] = {}
    for plugin in config.plugins.values():
        for name, render in getattr(plugin, "MARKERS", {}).items():
            if name in renderers:
                raise PluginError(f"two hooks expand <!-- checker:{name} -->: keep one")
            renderers[name] = render
    return renderers


def on_page_markdown(markdown: str, page, config, files) -> str:
    renderers = {
        name: (lambda argument, render=render: render(argument, page, config)) for name, render in owned(config).items()
    }
    return expand(markdown, f"docs/{page.file.src_uri}", renderers)
