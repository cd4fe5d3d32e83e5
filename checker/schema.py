"""The JSON Schema (draft 2020-12) of rules.json (open_data.rules_json()), published beside it.

The enums are the rule table's own constants, so a new risk, channel or kind of publisher is in
the schema the moment the table can hold it.
"""

from __future__ import annotations

from .languages import LANGUAGES
from .marks import GROUPS
from .number import DISPLAYS
from .regions import BY_KEY
from .rule import ADVISORY_SOURCES, CHANNELS, CONTEXTS, PUBLISHER_KINDS, RISKS, TEXT_CONDITIONS, WHERES

# The parts of the table (open_data.KINDS_OF_RULE), in its order.
RULE_KINDS = ("advisory", "beyond-advisory", "kind-of-fraud", "demand")
CODES = [language.code for language in LANGUAGES]
ID = {"type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$"}
DATE = {
    "type": "string",
    "pattern": r"^(\d{4}(-\d\d(-\d\d)?)?)?$",
    "description": "As precise as the source; '' if undated",
}


def _closed(properties: dict, **extra) -> dict:
    """An object with exactly these keys."""
    return {
        "type": "object",
        "properties": properties,
        "required": list(properties),
        "additionalProperties": False,
        **extra,
    }


def _list(items: dict, **extra) -> dict:
    return {"type": "array", "items": items, **extra}


WORDS = _closed({code: {"type": "string", "minLength": 1} for code in CODES}, description="One text in every language")
RISK = {"enum": list(RISKS)}
CITATION = _closed(
    {
        "publisher": WORDS,
        "publisher_kind": {"enum": list(PUBLISHER_KINDS)},
        "date": DATE,
        "url": {"type": "string", "format": "uri", "pattern": "^https?://"},
        "quote": {"type": "string", "minLength": 1, "description": "Verbatim, as the copy at url has it"},
        "quote_lang": {"enum": ["zh-Hans", "zh-Hant", "en"]},
        "quote_en": {"type": "string", "minLength": 1},
    }
)
EXAMPLE = _closed(
    {
        "number": {"type": "string"},
        "channel": {"enum": list(CHANNELS)},
        "text": {"type": ["string", "null"], "description": "The message, or what the caller said"},
        "where": {
            "enum": list(BY_KEY),
            "description": "Where the reader is: a region's ISO code in lower case, or abroad",
        },
        "matches": {"type": "boolean", "description": "Whether this rule is among the verdict's rules"},
        "verdict": _closed(
            {"risk": RISK, "rules": _list(ID, description="Matched rule ids, most severe first")},
            description="What checker.check() answers for this example",
        ),
    }
)
RULE = _closed(
    {
        "id": {**ID, "description": "Public: the site links to its section as page#id"},
        "kind": {"enum": list(RULE_KINDS)},
        "risk": {
            "oneOf": [RISK, _closed({context: RISK for context in CONTEXTS})],
            "description": "One risk, or one per context: a call, a text, a text with a link",
        },
        "name": {"oneOf": [{"type": "null"}, WORDS], "description": "A kind of fraud's name, which heads its verdict"},
        "title": WORDS,
        "explanation": WORDS,
        "decision": {"oneOf": [{"type": "null"}, WORDS], "description": "What the rule decides beyond its sources"},
        "page": _closed({code: {"type": "string", "format": "uri"} for code in CODES}),
        "applies": _closed(
            {
                "where": _list({"enum": list(WHERES)}, minItems=1, description="cn: in mainland China"),
                "channels": _list({"enum": list(CHANNELS)}, minItems=1),
                "displays": _list({"enum": list(DISPLAYS)}, minItems=1, description="How the number was shown"),
                "national": {
                    "type": ["string", "null"],
                    "description": "A Python regular expression the national digits must match in full",
                },
                "landline": {"type": ["boolean", "null"], "description": "null: either"},
                "text": {"oneOf": [{"type": "null"}, {"enum": list(TEXT_CONDITIONS)}]},
                "marks": _list(ID),
                "pretexts": _list(ID),
                "demands": _list(ID),
                "unless": _list(ID, description="Rules that, when they match too, drop this one"),
            }
        ),
        "advisory": {
            "oneOf": [
                {"type": "null"},
                _closed(
                    {
                        "source": {"enum": list(ADVISORY_SOURCES)},
                        "quote": {"type": "string", "minLength": 1, "description": "Verbatim, Simplified"},
                        "quote_en": {"type": "string", "minLength": 1},
                    }
                ),
            ]
        },
        "sources": _list(CITATION),
        "examples": _list(EXAMPLE, minItems=2),
    }
)
SCHEMA = {
    "title": "反诈来电指南 · Anti-Fraud Call Guide: the rule table",
    "description": (
        "Every rule the checker applies to a number that called or texted, with where it applies, its"
        " sources and its examples. Made from the Python package anti-fraud-call-check (import checker)."
    ),
    **_closed(
        {
            "$schema": {"type": "string", "format": "uri"},
            "version": {"type": "string", "description": "The package version whose rule table this is"},
            "languages": {"const": CODES},
            "advisory": _list(_closed({"id": {"enum": list(ADVISORY_SOURCES)}, "title": WORDS, "date": DATE})),
            "marks": _list(
                _closed(
                    {
                        "id": ID,
                        "group": {"enum": list(GROUPS)},
                        "name": WORDS,
                        "pattern": {
                            "type": "string",
                            "description": "A Python regular expression, searched in the folded text (checker/text.py)",
                        },
                    }
                )
            ),
            "rules": _list(RULE, minItems=1),
        }
    ),
}
