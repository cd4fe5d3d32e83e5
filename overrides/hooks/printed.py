"""MkDocs hook: what the printed pages (the card, the talk kit) carry, made at every build.

    <!-- checker:print-button -->     a Print button: overrides/assets/print.js calls window.print()
    <!-- checker:qr -->               a QR code of the page's own address (site_url), inline SVG by segno
    <!-- checker:cites ID,ID,... -->  for a numbered list of rules of checker.RULES, the first public
                                      source of each, short, with the numbers of the items it backs
    <!-- checker:scenario KIND-ID --> a talk-kit scenario from a kind of fraud of the rule table: what the
                                      caller says (one of its examples), the red flags in it (its marks),
                                      what to do (its advice) and its sources

The button is hidden until print.js shows it, so a page without scripts has no dead button.
The HTML comes from overrides/partials/printed.html, autoescaped.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin

import rules_table
import segno
import traditional
from markupsafe import Markup

import checker
from checker.languages import BY_CODE, localized
from checker.marks import BY_ID as MARKS
from checker.refusal import resolve
from checker.regions import capitalised
from checker.rule import AUTHORITIES, WHERES, AdviceByWhere, Rule
from checker.rules import KINDS
from checker.text import read_text
from checker.ui import PRINTED, TABLE

TEMPLATE = "partials/printed.html"
SCRIPT = "assets/print.js"
KINDS_BY_ID = {rule.id: rule for rule in KINDS}


def _parts(page, config):
    lang = resolve(page.file.locale)
    words = localized(PRINTED, lang)
    return lang, rules_table.macros(
        lang, config.theme.get_env(), TEMPLATE, printed=words, separator=BY_CODE[lang].separator
    )


def print_button(argument: str, page, config) -> str:
    if argument:
        raise ValueError("it takes no argument")
    page.meta["print_script"] = SCRIPT  # overrides/main.html loads it
    return str(_parts(page, config)[1].print_button())


def qr_svg(address: str, title: str) -> Markup:
    """``address`` as a QR code (error correction M, a phone reads it from a worn printout), in SVG
    that scales with its box, dark on a white ground in either colour scheme."""
    code = segno.make(address, error="m", micro=False)
    svg = code.svg_inline(scale=1, border=4, omitsize=True, dark="#000", light="#fff", title=title)
    return Markup(svg.replace("<svg ", '<svg role="img" ', 1))


def qr(argument: str, page, config) -> str:
    if argument:
        raise ValueError("it takes no argument")
    lang, parts = _parts(page, config)
    address = urljoin(config.site_url, page.url)
    words = localized(PRINTED, lang)
    return str(parts.qr(qr_svg(address, words["qr-title"]), re.sub(r"^https?://", "", address)))


def first_source(rule: Rule):
    """The rule's first source published by an authority (police, bank, regulator...)."""
    return next(source for source in rule.sources if source.kind in AUTHORITIES)


def cites(argument: str, page, config) -> str:
    """The first public source of each rule of a numbered list, in the list's order: each source
    once, with the numbers of the items it backs."""
    ids = argument.split(",")
    unknown = [id for id in ids if not (id in checker.RULES_BY_ID and checker.RULES_BY_ID[id].sources)]
    if not argument or unknown:
        raise ValueError(f"it takes ids of rules with public sources, comma-separated: checker.RULES has no {unknown}")
    # One publisher's page backs several rules, each with its own quote of it.
    backs: dict[tuple[str, str], tuple] = {}
    for number, id in enumerate(ids, 1):
        source = first_source(checker.RULES_BY_ID[id])
        backs.setdefault((source.publisher, source.url), (source, []))[1].append(number)
    return str(_parts(page, config)[1].cites(ids, list(backs.values())))


def example(rule: Rule, lang: str):
    """The first example the rule matches with a text in ``lang``'s script (Chinese or not), and
    that text as the page shows it: a Traditional page's in Traditional."""
    chinese = lang != "en"
    chosen = next(item for item in rule.matches if item.text and bool(rules_table.CJK.search(item.text)) == chinese)
    text = traditional.convert(chosen.text) if BY_CODE[lang].generated_from else chosen.text
    return chosen, text


def flags(rule: Rule, text: str) -> tuple[str, ...]:
    """The marks of the rule found in ``text``: who they claim to be first, then what they ask."""
    found = read_text(text).marks
    return tuple(mark for mark in rule.pretexts + rule.demands if mark in found)


def advice(rule: Rule, lang: str) -> list[tuple[str | None, str]]:
    """The rule's advice in ``lang`` as (place, words): one item with no place where it is the
    same everywhere, else one for each place."""
    places = localized(TABLE["where"], lang)
    items = []
    for item in rule.advice:
        if isinstance(item, AdviceByWhere):
            items += [(capitalised(places[where]), getattr(item, where)[lang]) for where in WHERES]
        else:
            items.append((None, item[lang]))
    return items


def scenario(argument: str, page, config) -> str:
    if argument not in KINDS_BY_ID:
        raise ValueError(f"it takes the id of a kind of fraud of checker.RULES: one of {', '.join(KINDS_BY_ID)}")
    rule = KINDS_BY_ID[argument]
    lang, parts = _parts(page, config)
    chosen, text = example(rule, lang)
    names = [MARKS[mark].name[lang] for mark in flags(rule, chosen.text)]
    heading = f"## {rule.texts(lang).title} {{#{rule.id}}}\n\n"
    return heading + str(parts.scenario(rule, chosen.channel, text, names, advice(rule, lang))) + "\n"


# The markers this hook expands (overrides/hooks/markers.py finds them and calls these).
MARKERS = {"print-button": print_button, "qr": qr, "cites": cites, "scenario": scenario}
