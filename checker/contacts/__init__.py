"""Who to call, where the reader is: one row per region (regions.REGIONS), each line with its
official sources, as data. It feeds a verdict's advice (result.py) for a reader outside mainland
China, and the site's page and card.

Every line names its sources (Line refuses one without); tests/test_contacts.py asks phonenumbers
that each number is valid for its region (a full number, or a short or emergency one). Only lines
the research notes source are here: numbers flagged as stale, conflicting or unverified are left
out, and the row says what is missing. A region without a row (Indonesia; somewhere else) gets
NO_ROW: the notice's own advice, the local police and the 12308 hotline.
"""

from __future__ import annotations

from typing import Any

from .. import dial
from ..languages import BY_CODE, Phrase, quoted, quoted_lang
from ..refusal import resolve
from ..regions import BY_KEY
from .asia import JP, KR, MY, SG
from .asia_south import AE, PH, TH, VN
from .china import CN, HK, MO, TW
from .english import CA, GB, US
from .europe import DE, ES, FR, NL
from .europe_more import IT, RU
from .line import ROLES, Contacts, Line, href
from .oceania import AU, IE, NZ
from .words import PAGE, ROLE_LABELS

__all__ = ["CONTACTS", "NO_ROW", "PAGE", "ROLES", "ROLE_LABELS", "Contacts", "Line", "href", "table"]

CONTACTS: dict[str, Contacts] = {
    row.region: row
    for row in (CN, HK, MO, TW, AU, CA, FR, DE, IE, IT, JP, MY, NL, NZ, PH, RU, SG, KR, ES, TH, AE, GB, US, VN)
}
if not set(CONTACTS) <= set(BY_KEY) or len(CONTACTS) != 24:
    raise RuntimeError("a row of who to call names no region of regions.REGIONS, or two rows name one")

# What the advice says in a region without a row ({region}: its name): the notice's own words.
NO_ROW = Phrase(
    "本站还没有{region}当地报警和反诈电话的可靠来源：请向当地警方报案；需要领事协助，可拨打外交部全球领事保护与服务应急热线"
    "（24 小时）+86-10-12308。",
    "This site has no sourced list of numbers for {region} yet: report it to the local police; for consular "
    "help, call the Foreign Ministry's global consular protection hotline (24 hours), +86-10-12308.",
)


def table(lang: str) -> list[dict[str, Any]]:
    """Every region in ``lang``, in the widget's order, as plain JSON-ready data for the page, the
    card and the widget: {key, code, name, lines, missing}; each line {role, text, dial, sources},
    dial as in result() ([start, end, href] in text), each source {publisher, kind, date, url, quote,
    quote_lang, quote_en}. A region without a row has no lines and NO_ROW as its missing."""
    lang = resolve(lang)
    regions = []
    for region in BY_KEY.values():
        row = CONTACTS.get(region.key)
        lines = []
        for entry in row.lines if row is not None else ():
            text = entry.text[lang]
            spans = dial.find(text, {number: href(number, region.code) for number in entry.numbers})
            sources = [
                {
                    "publisher": source.name[lang],
                    "kind": source.kind,
                    "date": source.date,
                    "url": source.url,
                    "quote": source.quote,
                    "quote_lang": source.quote_lang,
                    "quote_en": source.quote_en,
                }
                for source in entry.sources
            ]
            if entry.advisory is not None:
                # The advisory's words, verbatim: in Traditional, the Traditional original's own
                # characters (overrides/hooks/traditional.py collects them); else the Simplified.
                advisory = entry.advisory
                original = lang if BY_CODE[lang].quotes_original else "zh"
                sources.append(
                    {
                        "advisory": advisory.source,
                        "quote": quoted(advisory.zh, original),
                        "quote_lang": quoted_lang(original),
                        "quote_en": advisory.en,
                    }
                )
            lines.append({"role": entry.role, "text": text, "dial": [list(span) for span in spans], "sources": sources})
        if row is None:
            missing = NO_ROW[lang].format(region=region.name[lang]) if region.code else None
        else:
            missing = row.missing[lang] if row.missing is not None else None
        regions.append(
            {"key": region.key, "code": region.code, "name": region.name[lang], "lines": lines, "missing": missing}
        )
    return regions
