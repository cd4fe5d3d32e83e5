"""MkDocs hook: the checker's rules on the site, generated from checker.RULES at every build.

- ``<!-- checker:rules-table -->`` becomes the whole rule table;
- ``<!-- checker:sources ID -->`` the list of sources of rule ID, for the page that teaches it;
- ``<!-- checker:sections kinds -->`` (or ``demands``) a section per kind of fraud (or per
  demand), each with its heading and anchor ``#<id>``, its explanation, risk and sources.
The HTML comes from overrides/partials/rules.html. And the build stops when a rule's page
lacks its section (missing_sections), so the site can never drift from the rules that give
the verdicts, nor from their sources.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

import jinja2
import markers
from markupsafe import escape

import checker
from checker.languages import BY_CODE, DEFAULT, localized, quoted_lang
from checker.refusal import resolve
from checker.rule import AUTHORITIES, CONTEXTS, WHERES, Rule
from checker.rules import DEMANDS, KINDS
from checker.ui import TABLE

TEMPLATE = "partials/rules.html"
GROUPS = {"kinds": KINDS, "demands": DEMANDS}
# Han characters, CJK punctuation and full-width forms.
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff01-\uff60]")
# A heading's attribute list that gives it an id: `## Title {#id}` (attr_list).
ANCHOR = re.compile(r"^#{1,6} .*\{[^}]*#([\w-]+)[^}]*\}\s*$", re.M)
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def macros(lang: str, templates: jinja2.Environment, template: str = TEMPLATE, **extra):
    """The macros of partials/rules.html (or ``template``, which may import them with context),
    in ``lang``: table, sources, risk; ``extra`` joins their context."""
    words = localized(TABLE, lang)
    labels = localized(checker.RISK_LABELS, lang)

    def risks(rule: Rule) -> list[tuple[str | None, str]]:
        by_context = {context: rule.risk_in(context) for context in CONTEXTS}
        if len(set(by_context.values())) == 1:
            return [(None, by_context["call"])]
        return [(words["contexts"][context], risk) for context, risk in by_context.items()]

    def date(value: str) -> str:
        if not value:
            return words["undated"]
        numbers = [int(part) for part in value.split("-")]
        if BY_CODE[lang].dates == "cjk":
            return "".join(f"{number}{unit}" for number, unit in zip(numbers, "年月日", strict=False))
        year, month, day = ([*numbers, 0, 0])[:3]
        return " ".join(str(p) for p in ([day] if day else []) + ([MONTHS[month - 1]] if month else []) + [year])

    context = {
        "lang": lang,
        "words": words,
        "labels": labels,
        "icons": checker.RISK_ICONS,
        "authorities": AUTHORITIES,
        "quotes_original": BY_CODE[lang].quotes_original,
        "quoted_lang": quoted_lang(lang),
        "risks": risks,
        "date": date,
        "places": lambda rule: " · ".join(words["where"][where] for where in WHERES if where in rule.where),
        "channels": lambda rule: " · ".join(words["channels"][channel] for channel in rule.channels),
        "chinese": lambda text: bool(CJK.search(text)),
        **extra,
    }
    return templates.overlay(autoescape=True).get_template(template).make_module(context)


def render(lang: str, templates: jinja2.Environment, base: str = "", root: str = "") -> str:
    """The rule table as HTML; ``base`` is the relative path from the page to its language's root,
    ``root`` to the site's, where open_data.py writes rules.json."""
    return str(macros(lang, templates).table(checker.RULES, base, root))


def sections(rules: tuple[Rule, ...], lang: str, templates: jinja2.Environment) -> str:
    """A Markdown section per rule: its title as the heading, anchored at its id, then what it
    means, its risk and its sources."""
    parts = macros(lang, templates)
    return "\n".join(
        f"### {rule.texts(lang).title} {{#{rule.id}}}\n\n{escape(rule.texts(lang).explanation)} {parts.risk(rule)}\n\n"
        f"{parts.sources(rule)}\n"
        for rule in rules
    )


def _lang(page) -> str:
    return resolve(page.file.locale)


def rules_table(argument: str, page, config) -> str:
    if argument:
        raise ValueError("it takes no argument")
    # Pages are built with directory URLs, so a page sits one level below its language's root,
    # and the languages but the default one sit one level below the site's.
    lang = _lang(page)
    return render(lang, config.theme.get_env(), "../", "../" if lang == DEFAULT else "../../")


def rule_sources(argument: str, page, config) -> str:
    if argument not in checker.RULES_BY_ID:
        raise ValueError(f"checker.RULES has no rule {argument!r}: give one of its ids")
    return str(macros(_lang(page), config.theme.get_env()).sources(checker.RULES_BY_ID[argument]))


def rule_sections(argument: str, page, config) -> str:
    if argument not in GROUPS:
        raise ValueError(f"it takes one of: {', '.join(GROUPS)}")
    return sections(GROUPS[argument], _lang(page), config.theme.get_env())


# The markers this hook expands (overrides/hooks/markers.py finds them and calls these).
MARKERS = {"rules-table": rules_table, "sources": rule_sources, "sections": rule_sections}


def sections_in(markdown: str, where: str) -> set[str]:
    """The ids of the sections a page's Markdown gives: its headings' {#id} anchors, and those of
    the sections its sections markers make."""
    ids = set(ANCHOR.findall(markdown))
    for _, name, argument in markers.find(markdown, where):
        if name == "sections" and argument in GROUPS:
            ids |= {rule.id for rule in GROUPS[argument]}
    return ids


def missing_sections(pages: Mapping[str, str], rules: tuple[Rule, ...] = checker.RULES) -> list[str]:
    """One line for each rule whose page lacks its section, in each language ``pages`` hold
    (their docs/ paths, "more-scams.en.md", -> Markdown)."""
    langs = sorted({path.split(".")[-2] for path in pages if path.count(".") == 2})
    found = {path: sections_in(markdown, f"docs/{path}") for path, markdown in pages.items()}
    missing = []
    for rule in rules:
        for lang in langs:
            path = f"{rule.page}.{lang}.md"
            if path not in found:
                missing.append(
                    f"rule {rule.id!r} is explained on page {rule.page!r}, but there is no docs/{path}: add it"
                )
            elif rule.id not in found[path]:
                missing.append(
                    f"rule {rule.id!r} has no section on docs/{path}: add a heading `### … {{#{rule.id}}}` "
                    f"with <!-- checker:sources {rule.id} --> under it"
                )
    return missing


def docs_sources(docs: Path) -> dict[str, str]:
    """docs/'s pages, as missing_sections takes them."""
    return {path.name: path.read_text(encoding="utf-8-sig") for path in sorted(docs.glob("*.md"))}


def on_config(config):
    # The written pages, before anything is built: a missing section stops the build at once.
    markers.stop(missing_sections(docs_sources(Path(config.docs_dir))))
    return config


def on_env(env, config, files):
    # Every page of this build's language, generated ones too, has been read by now.
    pages = {
        file.src_uri: file.page.markdown
        for file in files.documentation_pages()
        if file.page is not None and file.page.markdown is not None
    }
    markers.stop(missing_sections(pages))
    return env
