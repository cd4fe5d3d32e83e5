"""The rule table as open data: rules.json, its JSON Schema, and the digest CHANGELOG.md records.

Both are made from checker.RULES when asked, never kept as a second copy: the site writes them
beside its pages (overrides/hooks/open_data.py calls write()), and anyone who installs the package
can too. ``import checker`` does not load this module, so the browser's checker never runs it.
"""

from __future__ import annotations

import functools
import hashlib
import json
from pathlib import Path
from typing import Any

from . import __version__
from .aftermath import NOTICE_DATE
from .languages import DEFAULT, LANGUAGES, Phrase
from .marks import MARKS
from .rule import ADVISORY_SOURCES, CONTEXTS, NOTICE, Citation, Example, Rule
from .rules import ADVISORY, BEYOND, DEMANDS, KINDS, RULES
from .schema import RULE_KINDS, SCHEMA
from .ui import TABLE
from .verdict import check

# The published site (pyproject.toml's Homepage); a build passes its own site_url instead.
SITE = "https://fanzha-guide.github.io/call-guide/"
# Which part of the table a rule is in: the rule table page's own groups (checker/rules/__init__.py).
KINDS_OF_RULE = dict(zip(RULE_KINDS, (ADVISORY, BEYOND, KINDS, DEMANDS), strict=True))
_KIND_OF = {rule.id: kind for kind, rules in KINDS_OF_RULE.items() for rule in rules}
# Keys that name this copy, not the table: the digest leaves them out.
_UNRECORDED = ("$schema", "version")


def _words(phrase: Phrase | None) -> dict[str, str] | None:
    return None if phrase is None else {language.code: phrase[language.code] for language in LANGUAGES}


def _pages(base: str, path: str) -> dict[str, str]:
    """The page in every language: the default language at the site's root, the others under their code."""
    return {
        language.code: f"{base}{'' if language.code == DEFAULT else language.code + '/'}{path}"
        for language in LANGUAGES
    }


def _citation(source: Citation) -> dict[str, Any]:
    return {
        "publisher": _words(source.name),
        "publisher_kind": source.kind,
        "date": source.date,
        "url": source.url,
        "quote": source.quote,
        "quote_lang": source.quote_lang,
        "quote_en": source.quote_en,
    }


def _example(rule: Rule, example: Example, matches: bool) -> dict[str, Any]:
    verdict = check(example.number, channel=example.channel, text=example.text, where=example.where)
    return {
        "number": example.number,
        "channel": example.channel,
        "text": example.text,
        "where": verdict.where,
        "matches": matches,
        "verdict": {"risk": verdict.risk, "rules": list(verdict.rules)},
    }


def _rule(rule: Rule, base: str) -> dict[str, Any]:
    risk = {context: rule.risk_in(context) for context in CONTEXTS}
    return {
        "id": rule.id,
        "kind": _KIND_OF[rule.id],
        "risk": risk["call"] if len(set(risk.values())) == 1 else risk,
        "name": _words(rule.name),
        "title": _words(rule.title),
        "explanation": _words(rule.explanation),
        "decision": _words(rule.decision),
        "page": _pages(base, rule.section),
        "applies": {
            "where": list(rule.where),
            "channels": list(rule.channels),
            "displays": list(rule.displays),
            "national": rule.national,
            "landline": rule.landline,
            "text": rule.text,
            "marks": list(rule.marks),
            "pretexts": list(rule.pretexts),
            "demands": list(rule.demands),
            "unless": list(rule.unless),
        },
        "advisory": None
        if rule.advisory is None
        else {"source": rule.advisory.source, "quote": rule.advisory.zh, "quote_en": rule.advisory.en},
        "sources": [_citation(source) for source in rule.sources],
        "examples": [_example(rule, example, True) for example in rule.matches]
        + [_example(rule, example, False) for example in rule.misses],
    }


def rules_json(base: str = SITE) -> dict[str, Any]:
    """Every rule of the table, in its order, as plain data; ``base`` is the site's address."""
    return {
        "$schema": f"{base}rules.schema.json",
        "version": __version__,
        "languages": [language.code for language in LANGUAGES],
        "advisory": [
            {"id": source, "title": _words(TABLE[source]), "date": NOTICE_DATE if source == NOTICE else ""}
            for source in ADVISORY_SOURCES
        ],
        "marks": [
            {"id": mark.id, "group": mark.group, "name": _words(mark.name), "pattern": mark.pattern} for mark in MARKS
        ],
        "rules": [_rule(rule, base) for rule in RULES],
    }


def schema(base: str = SITE) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of rules_json(), with its own address at ``base``."""
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": f"{base}rules.schema.json", **SCHEMA}


def dumps(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def digest() -> str:
    """The sha256 of the table's data, as CHANGELOG.md records it for each release."""
    data = {key: value for key, value in rules_json().items() if key not in _UNRECORDED}
    canonical = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


@functools.cache  # the site writes them once per language build, and they depend on the address alone
def files(base: str = SITE) -> dict[str, str]:
    """rules.json and rules.schema.json as text, by file name; ``base`` is the site's address."""
    return {"rules.json": dumps(rules_json(base)), "rules.schema.json": dumps(schema(base))}


def write(directory: Path, base: str = SITE) -> list[Path]:
    """Write files() into ``directory``; returns their paths."""
    paths = []
    for name, text in files(base).items():
        paths.append(directory / name)
        paths[-1].write_text(text, encoding="utf-8")
    return paths
