"""MkDocs hook: the checker's rules in the page's language, generated from checker.RULES at every build.

- ``<!-- rules-table -->`` becomes the whole rule table. Every cell carries
  ``data-label="<its column heading>"``, so narrow screens can show each row as a card with CSS alone.
- ``<!-- rule-sources ID -->`` becomes the list of sources of rule ID, for the page that teaches it.
- ``<!-- rule-sections kinds -->`` (or ``demands``) becomes a section per kind of fraud (or per
  demand), each with its heading and anchor ``#<id>``, its explanation, risk and sources.

So the site can never drift from the rules that give the verdicts, nor from their sources.
"""

from __future__ import annotations

import re
from functools import cache
from html import escape

import checker
from checker.rules import DEMANDS, KINDS
from checker.languages import BY_CODE, localized, quoted_lang
from checker.refusal import resolve
from checker.ui import TABLE
from checker.rule import AUTHORITIES, CONTEXTS, WHERES, Citation, Rule

MARKER = "<!-- rules-table -->"
SOURCES_MARKER = re.compile(r"<!-- rule-sources ([a-z0-9-]+) -->")
SECTIONS_MARKER = re.compile(r"<!-- rule-sections (kinds|demands) -->")
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
    means, its risk and its sources (as a rule-sources marker, filled in next)."""
    parts = []
    for rule in rules:
        texts = rule.texts(lang)
        parts.append(
            f"### {texts.title} {{#{rule.id}}}\n\n{escape(texts.explanation)} {_risk(rule, lang)}\n\n"
            f"<!-- rule-sources {rule.id} -->\n"
        )
    return "\n".join(parts)


GROUPS = {"kinds": KINDS, "demands": DEMANDS}


def on_page_markdown(markdown: str, page, config, files) -> str:
    lang = resolve(page.file.locale)
    if MARKER in markdown:
        # Pages are built with directory URLs, so the page sits one level below its root.
        markdown = markdown.replace(MARKER, render(lang, base="../"))
    markdown = SECTIONS_MARKER.sub(lambda found: sections(GROUPS[found.group(1)], lang), markdown)
    return SOURCES_MARKER.sub(lambda found: sources_list(checker.RULES_BY_ID[found.group(1)], lang), markdown)
