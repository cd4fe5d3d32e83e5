"""MkDocs hook: replace <!-- rules-table --> with the checker's rule table, in the page's language.

The table is generated from checker.RULES at every build, so the site can never drift from
the rules that give the verdicts.
"""

from __future__ import annotations

import re
from html import escape

import checker
from checker.rule import CONTEXTS

MARKER = "<!-- rules-table -->"
# Han characters, CJK punctuation and full-width forms.
CHINESE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff01-\uff60]")

WORDS = {
    "zh": {
        "columns": ("规则", "风险", "说明", "依据", "例子"),
        "contexts": {"call": "来电", "sms": "短信", "sms-link": "带链接的短信"},
        "channels": {"call": "来电", "sms": "短信"},
        "advisory": "公告原文",
        "decision": "本站补充",
        "matches": "符合",
        "misses": "不符合",
        "explained": "详细说明",
    },
    "en": {
        "columns": ("Rule", "Risk", "What it means", "Source", "Examples"),
        "contexts": {"call": "call", "sms": "text", "sms-link": "text with a link"},
        "channels": {"call": "calls", "sms": "texts"},
        "advisory": "The advisory says",
        "decision": "Our decision",
        "matches": "Matches",
        "misses": "Does not match",
        "explained": "Explained here",
    },
}


def page_lang(page) -> str:
    return getattr(page.file, "locale", None) or "zh"


def _risk(rule: checker.Rule, lang: str) -> str:
    labels = checker.RISK_LABELS[lang]
    words = WORDS[lang]["contexts"]
    by_context = {context: rule.risk_in(context) for context in CONTEXTS}
    if len(set(by_context.values())) == 1:
        risk = by_context["call"]
        return f'<span class="risk" data-risk="{risk}">{checker.RISK_ICONS[risk]} {escape(labels[risk])}</span>'
    return "<br>".join(
        f'{escape(words[context])}: <span class="risk" data-risk="{risk}">{checker.RISK_ICONS[risk]} {escape(labels[risk])}</span>'
        for context, risk in by_context.items()
    )


def _examples(rule: checker.Rule, lang: str) -> str:
    words = WORDS[lang]
    parts = []
    for label, examples in ((words["matches"], rule.matches), (words["misses"], rule.misses)):
        items = ", ".join(_code(str(example)) for example in examples)
        parts.append(f"<strong>{escape(label)}</strong>: {items}")
    return "<br>".join(parts)


def _code(text: str) -> str:
    # Example texts are often Chinese: mark them, so English pages declare every Chinese word.
    lang = ' lang="zh-Hans"' if CHINESE.search(text) else ""
    return f"<code{lang}>{escape(text)}</code>"


def _source(rule: checker.Rule, lang: str) -> str:
    words = WORDS[lang]
    parts = []
    if rule.advisory:
        # The quote is the advisory's Chinese; English pages mark it and add the translation.
        quote = f'<q lang="zh-Hans">{escape(rule.advisory.zh)}</q>'
        if lang == "en":
            quote = f"{escape(rule.advisory.en)}"
        parts.append(f"<strong>{escape(words['advisory'])}</strong>: {quote}")
    if rule.decision:
        text = rule.decision.zh if lang == "zh" else rule.decision.en
        parts.append(f"<strong>{escape(words['decision'])}</strong>: {escape(text)}")
    return "<br>".join(parts)


def render(lang: str, base: str = "") -> str:
    """The rule table as HTML; ``base`` is the relative path from the page to the site root."""
    words = WORDS[lang]
    head = "".join(f"<th>{escape(column)}</th>" for column in words["columns"])
    rows = []
    for rule in checker.RULES:
        texts = rule.texts(lang)
        channels = " · ".join(words["channels"][c] for c in rule.channels)
        link = "" if rule.page == "check" else f' <a href="{base}{rule.page}/#{rule.id}">{escape(words["explained"])}</a>'
        cells = (
            f"<code>{rule.id}</code><br><small>{escape(channels)}</small>",
            _risk(rule, lang),
            f"<strong>{escape(texts.title)}</strong><br>{escape(texts.explanation)}{link}",
            _source(rule, lang),
            _examples(rule, lang),
        )
        # Each cell names its column, so that on phones a row can show as a card (CSS alone).
        tds = "".join(f'<td data-label="{escape(column)}">{cell}</td>' for column, cell in zip(words["columns"], cells))
        rows.append(f'<tr id="{rule.id}" data-rule="{rule.id}">{tds}</tr>')
    return (
        f'<div class="rules-table md-typeset__scrollwrap"><table>'
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table></div>"
    )


def on_page_markdown(markdown: str, page, config, files) -> str:
    if MARKER not in markdown:
        return markdown
    # Pages are built with directory URLs, so the check page sits one level below its root.
    return markdown.replace(MARKER, render(page_lang(page), base="../"))
