"""MkDocs hook: the checker's rules in the page's language, generated from checker.RULES at every build.

- ``<!-- checker:rules-table -->`` becomes the whole rule table. Every cell carries
  ``data-label="<its column heading>"``, so narrow screens can show each row as a card with CSS alone.
- ``<!-- checker:sources ID -->`` becomes the list of sources of rule ID, for the page that teaches it.
- ``<!-- checker:sections kinds -->`` (or ``demands``) becomes a section per kind of fraud (or per
  demand), each with its heading and anchor ``#<id>``, its explanation, risk and sources.
And the build stops when a rule's page lacks its section (missing_sections), so the site can
never drift from the rules that give the verdicts, nor from their sources.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from html import escape
from pathlib import Path

from mkdocs.exceptions import PluginError

import checker
import markers
from checker.kinds import KINDS
from checker.rules import DEMANDS
from checker.languages import BY_CODE, TABLE, localized, quoted_lang, resolve
from checker.rule import AUTHORITIES, CONTEXTS, WHERES, Citation, Rule

# A heading's attribute list that gives it an id: `## Title {#id}` (attr_list).
ANCHOR = re.compile(r"^#{1,6} .*\{[^}]*#([\w-]+)[^}]*\}\s*$", re.M)
# Han characters, CJK punctuation and full-width forms.
CHINESE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff01-\uff60]")

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


# Asked for once per cell: worked out once per language.
@cache
def _words(lang: str) -> dict:
    return localized(TABLE, lang)


@cache
def _labels(lang: str) -> dict:
    return localized(checker.RISK_LABELS, lang)


def _risk(rule: Rule, lang: str) -> str:
    labels = _labels(lang)
    words = _words(lang)["contexts"]
    by_context = {context: rule.risk_in(context) for context in CONTEXTS}
    if len(set(by_context.values())) == 1:
        risk = by_context["call"]
        return f'<span class="risk" data-risk="{risk}">{checker.RISK_ICONS[risk]} {escape(labels[risk])}</span>'
    return "<br>".join(
        f'{escape(words[context])}: <span class="risk" data-risk="{risk}">{checker.RISK_ICONS[risk]} {escape(labels[risk])}</span>'
        for context, risk in by_context.items()
    )


def _applies(rule: Rule, lang: str) -> str:
    words = _words(lang)
    places = " · ".join(words["where"][where] for where in WHERES if where in rule.where)
    channels = " · ".join(words["channels"][channel] for channel in rule.channels)
    return f'<span data-where="{" ".join(rule.where)}">{escape(places)}</span><br><small>{escape(channels)}</small>'


def _examples(rule: Rule, lang: str) -> str:
    words = _words(lang)
    parts = []
    for label, examples in ((words["matches"], rule.matches), (words["misses"], rule.misses)):
        items = ", ".join(_code(str(example)) for example in examples)
        parts.append(f"<strong>{escape(label)}</strong>: {items}")
    return "<br>".join(parts)


def _code(text: str) -> str:
    # Example texts are often Chinese, and always the Simplified the tests run: mark them, so
    # every page declares them as what they are.
    lang = ' lang="zh-Hans"' if CHINESE.search(text) else ""
    return f"<code{lang}>{escape(text)}</code>"


def _date(date: str, lang: str) -> str:
    if not date:
        return _words(lang)["undated"]
    parts = [int(part) for part in date.split("-")]
    if BY_CODE[lang].dates == "cjk":
        return "".join(f"{value}{unit}" for value, unit in zip(parts, "年月日", strict=False))
    year, month, day = (parts + [0, 0])[:3]
    return " ".join(str(p) for p in ([day] if day else []) + ([MONTHS[month - 1]] if month else []) + [year])


def _citation(source: Citation, lang: str) -> str:
    """One public source: publisher, date, a link to the copy read, and its words."""
    words = _words(lang)
    note = "" if source.kind in AUTHORITIES else f" {escape(words['not-authority'])}"
    # English pages give the English rendering; Chinese pages quote the copy verbatim, in its own
    # characters, which its lang attribute names.
    quote = (
        f'<q lang="{source.quote_lang}">{escape(source.quote)}</q>'
        if BY_CODE[lang].quotes_original
        else f"<q>{escape(source.quote_en)}</q>"
    )
    link = f'<a href="{escape(source.url)}" rel="noreferrer">{escape(words["link"])}</a>'
    return f"{escape(source.name[lang])}{note}, {escape(_date(source.date, lang))}, {link}: {quote}"


def sources_list(rule: Rule, lang: str) -> str:
    """The sources of one rule as an HTML list, for the page that teaches it."""
    items = [f"<li>{_citation(source, lang)}</li>" for source in rule.sources]
    if rule.advisory:
        items.insert(0, f"<li>{_passage(rule, lang)}</li>")
    return f'<ul class="rule-sources" data-sources="{rule.id}">{"".join(items)}</ul>'


def _passage(rule: Rule, lang: str) -> str:
    """The quoted passage, headed by the text it comes from: the notice, or the republisher's tips."""
    passage = rule.advisory
    label = _words(lang)[passage.source]
    # The advisory's Chinese in the page's script (Traditional is the original's own); English
    # pages give the translation.
    quote = f'<q lang="{quoted_lang(lang)}">{escape(passage[lang])}</q>' if BY_CODE[lang].quotes_original else f"<q>{escape(passage.en)}</q>"
    return f"<strong>{escape(label)}</strong>: {quote}"


def _source(rule: Rule, lang: str) -> str:
    words = _words(lang)
    parts = [_passage(rule, lang)] if rule.advisory else []
    if rule.sources:
        items = "".join(f"<li>{_citation(source, lang)}</li>" for source in rule.sources)
        parts.append(f"<strong>{escape(words['sources'])}</strong>:<ul>{items}</ul>")
    if rule.decision:
        parts.append(f"<strong>{escape(words['decision'])}</strong>: {escape(rule.decision[lang])}")
    return "<br>".join(parts)


def render(lang: str, base: str = "") -> str:
    """The rule table as HTML; ``base`` is the relative path from the page to the site root."""
    words = _words(lang)
    columns = words["columns"]
    head = "".join(f"<th>{escape(column)}</th>" for column in columns)
    rows = []
    for rule in checker.RULES:
        texts = rule.texts(lang)
        link = f' <a href="{base}{rule.page}/#{rule.id}">{escape(words["explained"])}</a>'
        cells = (
            f"<code>{rule.id}</code>",
            _risk(rule, lang),
            _applies(rule, lang),
            f"<strong>{escape(texts.title)}</strong><br>{escape(texts.explanation)}{link}",
            _source(rule, lang),
            _examples(rule, lang),
        )
        tds = "".join(
            f'<td data-label="{escape(column)}">{cell}</td>' for column, cell in zip(columns, cells, strict=True)
        )
        rows.append(f'<tr id="{rule.id}" data-rule="{rule.id}">{tds}</tr>')
    return (
        f'<div class="rules-table md-typeset__scrollwrap"><table>'
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table></div>"
    )


def sections(rules: tuple[Rule, ...], lang: str) -> str:
    """A Markdown section per rule: its title as the heading, anchored at its id, then what it
    means, its risk and its sources."""
    parts = []
    for rule in rules:
        texts = rule.texts(lang)
        parts.append(
            f"### {texts.title} {{#{rule.id}}}\n\n{escape(texts.explanation)} {_risk(rule, lang)}\n\n"
            f"{sources_list(rule, lang)}\n"
        )
    return "\n".join(parts)


GROUPS = {"kinds": KINDS, "demands": DEMANDS}


def _lang(page) -> str:
    return resolve(page.file.locale)


def rules_table(argument: str, page, config) -> str:
    if argument:
        raise ValueError("it takes no argument")
    # Pages are built with directory URLs, so a page sits one level below its language's root.
    return render(_lang(page), base="../")


def rule_sources(argument: str, page, config) -> str:
    if argument not in checker.RULES_BY_ID:
        raise ValueError(f"checker.RULES has no rule {argument!r}: give one of its ids")
    return sources_list(checker.RULES_BY_ID[argument], _lang(page))


def rule_sections(argument: str, page, config) -> str:
    if argument not in GROUPS:
        raise ValueError(f"it takes one of: {', '.join(GROUPS)}")
    return sections(GROUPS[argument], _lang(page))


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
    langs = sorted({path.split(".")[-2] for path in pages})
    found = {path: sections_in(markdown, f"docs/{path}") for path, markdown in pages.items()}
    missing = []
    for rule in rules:
        for lang in langs:
            path = f"{rule.page}.{lang}.md"
            if path not in found:
                missing.append(f"rule {rule.id!r} is explained on page {rule.page!r}, but there is no docs/{path}: add it")
            elif rule.id not in found[path]:
                missing.append(
                    f"rule {rule.id!r} has no section on docs/{path}: add a heading `### … {{#{rule.id}}}` "
                    f"with <!-- checker:sources {rule.id} --> under it"
                )
    return missing


def docs_sources(docs: Path) -> dict[str, str]:
    """docs/'s pages, as missing_sections takes them."""
    return {path.name: path.read_text(encoding="utf-8-sig") for path in sorted(docs.glob("*.md"))}


def on_env(env, config, files):
    # Every page of this build's language has been read (and its markers expanded) by now.
    pages = {file.src_uri: file.page.markdown for file in files.documentation_pages()
             if file.page is not None and file.page.markdown is not None}
    if missing := missing_sections(pages):
        raise PluginError(missing[0] + (f" (and {len(missing) - 1} more)" if len(missing) > 1 else ""))
    return env
