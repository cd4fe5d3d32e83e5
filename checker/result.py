"""The words of a verdict in each language, as plain data or a JSON line: what the CLI prints
and the browser receives. verdict.py decides; this module only says it.

A verdict's data (verdict_dict, result):
- input, normalized, channel, where: what was checked, and the number in E.164 where it has one;
  where is the reader's region by its key (regions.py): "cn" for mainland China (as CN, cn or any
  case was passed), the ISO code in lower case for the others ("gb", "hk"), "abroad" for somewhere
  else;
- risk, risk_label, risk_icon: the verdict, its word in the language and its symbol (never a tick: the
  safest word is "号码本身没问题", the number itself is fine);
- lead, action: what the verdict says first, worded for the channel (a call, a text, a text with a link;
  lead.py): one sentence, naming the kind of scam when a kind of fraud matched, and the one thing to do
  now ("挂断，自己拨打官方号码核实", "不要点链接，不要回复", or for a number that is fine or unknown, "要听内容");
- rules: the ids of the rules that matched, most severe first; matches: each as
  {id, risk, title, section, sources}, section being the site path that explains it and sources its
  public sources as {publisher, date, url} (url "" for the advisory, whose text is in advisory/);
- title, explanation: the first rule's title, and every matched rule's explanation, a line each;
- advice: the steps, one text per item; for a reader in a region other than mainland China, a
  danger or caution verdict gives that region's lines of who to call (checker/contacts/), the bank
  first, in place of the general advice on where to report (or, for a region without a row, says
  so: NO_ROW); a danger or caution verdict always has the step for one who has already paid or
  given a code (SCAMMED: 110 and 96110 in mainland China, the local police and 12308 elsewhere);
- dial: for each advice item, in the same order, the numbers in it to dial (dial.NUMBERS), each
  [start, end, href]: advice[i][start:end] is the number as written, in code points (Python's
  str indices), and href what a phone dials ("tel:+861012308"). The widget makes them links;
- aftermath: "What happened?", the same under every verdict for a place (aftermath.py): four answers
  {id, label, steps}, each step {text, dial, sources} for the reader's place.
Input that check() refuses gives {input, error} instead (refusal()).
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

from . import dial
from .aftermath import advisory_source, aftermath, as_data, local_lines
from .contacts import CONTACTS
from .languages import DEFAULT, Phrase
from .lead import action, lead
from .refusal import InvalidInput, as_str, resolve
from .regions import COARSE
from .rule import CAUTION, DANGER, OFFICIAL, SAFE, UNKNOWN, AdviceByWhere
from .rules import RULES_BY_ID
from .rules.shared import SCAMMED
from .verdict import Verdict, check

# The word shown with each risk. SAFE is the tips' "可放心接听" for 95 numbers, said as no more than
# it is: the number itself is fine, and what the caller asks for still decides.
RISK_LABELS = {
    DANGER: Phrase("危险", "Danger"),
    CAUTION: Phrase("需谨慎", "Caution"),
    OFFICIAL: Phrase("官方号码", "Official"),
    SAFE: Phrase("号码本身没问题", "The number itself is fine"),
    UNKNOWN: Phrase("无法判断", "Unknown"),
}

# The icon shown with each risk word: plain symbols that common fonts carry, no emoji, and no tick:
# a tick would vouch for the call, which no number can.
RISK_ICONS = {DANGER: "✖", CAUTION: "⚠", OFFICIAL: "◆", SAFE: "○", UNKNOWN: "?"}

# What the verdict says when no rule matched: honestly nothing, plus the advisory's four nevers.
NO_RULE_TITLE = Phrase("没有规则匹配这个号码", "No rule matches this number")
NO_RULE_EXPLANATION = Phrase(
    "公告和本站补充的规则都没有专门提到这类号码。这不代表它安全，只是无法据此判断。",
    "Neither the advisory nor this site's added rules say anything specific about numbers like "
    "this one. That does not make it safe; it only means they give nothing to judge it by.",
)
NO_RULE_ADVICE = (
    Phrase("未知链接不点击。", "Never click unknown links."),
    Phrase("陌生来电不轻信。", "Never trust a stranger's call."),
    Phrase("个人信息不透露。", "Never give out personal details."),
    Phrase("转账汇款多核实。", "Always double-check before transferring money."),
)


def verdict_dict(verdict: Verdict, lang: str) -> dict[str, Any]:
    """``verdict`` in ``lang``, as plain JSON-ready data: the way to word a verdict."""
    lang = resolve(lang)
    title, explanation, advice, dials, matches = _wording(verdict.rules, verdict.rule_risks, lang, verdict.where)
    top = RULES_BY_ID[verdict.rules[0]] if verdict.rules else None
    return {
        "input": verdict.input,
        "normalized": verdict.normalized,
        "channel": verdict.channel,
        "where": verdict.where,
        "risk": verdict.risk,
        "risk_label": RISK_LABELS[verdict.risk][lang],
        "risk_icon": RISK_ICONS[verdict.risk],
        "lead": lead(verdict.risk, verdict.context, top, lang),
        "action": action(verdict.risk, verdict.context, lang),
        "rules": list(verdict.rules),
        "title": title,
        "explanation": explanation,
        "advice": list(advice),
        "dial": [[list(span) for span in spans] for spans in dials],
        "matches": [
            {"id": rule_id, "risk": risk, "title": title, "section": section, "sources": [dict(s) for s in cited]}
            for rule_id, risk, title, section, cited in matches
        ],
        "aftermath": as_data(aftermath(verdict.where, lang)),
    }


# Few combinations of rules ever match together, and their wording never changes: it is
# worked out once per combination, which keeps batches of numbers fast.
@lru_cache(maxsize=1024)
def _wording(rules: tuple[str, ...], rule_risks: tuple[str, ...], lang: str, where: str) -> tuple:
    """Title, explanation, advice (worded for ``where``), the numbers to dial in each piece of
    advice, and (id, risk, title, section, sources) per match."""
    matched = [RULES_BY_ID[rule_id].texts(lang) for rule_id in rules]
    if not matched:
        advice = tuple(item[lang] for item in NO_RULE_ADVICE)
        return NO_RULE_TITLE[lang], NO_RULE_EXPLANATION[lang], advice, tuple(map(dial.spans, advice)), ()
    # Under a warning, a safe or official rule's "you can answer it" would contradict it.
    warning = rule_risks[0] in (DANGER, CAUTION)
    advice: dict[str, None] = {}
    if COARSE[where] == where:  # mainland China, or somewhere else: the rules' own advice
        for texts, risk in zip(matched, rule_risks, strict=True):
            if not warning or risk in (DANGER, CAUTION):
                advice.update(dict.fromkeys(texts.advice_in(where)))
        if warning:  # the step for one who has already paid, if no rule gave it
            advice.update(dict.fromkeys((getattr(SCAMMED, where)[lang],)))
        return _worded(rules, rule_risks, matched, advice, {}, lang)
    local = _local_lines(where, lang)
    for rule_id, texts, risk in zip(rules, matched, rule_risks, strict=True):
        if not warning or risk in (DANGER, CAUTION):
            for item, text in zip(RULES_BY_ID[rule_id].advice, texts.advice_in("abroad"), strict=True):
                if isinstance(item, AdviceByWhere) and item.local:
                    advice.update(dict.fromkeys(local))
                else:
                    advice[text] = None
    if warning:
        advice.update(dict.fromkeys(local))
    return _worded(rules, rule_risks, matched, advice, local, lang)


def _worded(rules, rule_risks, matched, advice: dict[str, None], local: dict[str, tuple], lang: str) -> tuple:
    """_wording()'s answer from the advice chosen; ``local`` gives the numbers to dial in the lines
    of who to call, which dial.NUMBERS does not list."""
    matches = tuple(
        (rule_id, risk, texts.title, RULES_BY_ID[rule_id].section, _sources(rule_id, lang))
        for rule_id, risk, texts in zip(rules, rule_risks, matched, strict=True)
    )
    explanation = "\n".join(texts.explanation for texts in matched)
    spans = tuple(local[text] if text in local else dial.spans(text) for text in advice)
    return matched[0].title, explanation, tuple(advice), spans, matches


def _sources(rule_id: str, lang: str) -> tuple[dict[str, str], ...]:
    """A rule's sources, the advisory first, each {publisher, date, url}."""
    rule = RULES_BY_ID[rule_id]
    cited = []
    if rule.advisory is not None:
        cited.append(advisory_source(rule.advisory.source, lang))
    cited += [{"publisher": s.name[lang], "date": s.date, "url": s.url} for s in rule.sources]
    return tuple(cited)


@lru_cache(maxsize=128)
def _local_lines(where: str, lang: str) -> dict[str, tuple]:
    """The lines of who to call in ``where``, in ``lang``, each with the numbers in it to dial, as
    "What happened?" gives them (or NO_ROW naming a region without a row), and the line that says
    what the row lacks."""
    lines = {step["text"]: step["dial"] for step in local_lines(where, lang)}
    row = CONTACTS.get(where)
    if row is not None and row.missing is not None:
        lines[row.missing[lang]] = ()
    return lines


def result(
    number: str, *, channel: str = "call", text: str | None = None, lang: str = DEFAULT, where: str = "cn"
) -> dict[str, Any]:
    """check()'s verdict as verdict_dict() words it in ``lang``, or {"input", "error"} in ``lang`` for
    input check() refuses.

    Raises InvalidInput only for a ``lang`` that names no language: the error needs a language.
    """
    lang = resolve(lang)
    try:
        return verdict_dict(check(number, channel=channel, text=text, where=where), lang)
    except InvalidInput as error:
        return refusal(echo(number), error, lang)


def refusal(echoed: str | None, error: InvalidInput, lang: str) -> dict[str, Any]:
    """The result for input that was refused: what was typed (see echo()), and why, in ``lang``."""
    return {"input": echoed, "error": error.message(lang)}


# A refusal echoes at most this much of what was typed: enough to recognise it, never megabytes.
ECHO_CHARS = 64


def echo(number: object) -> str | None:
    """``number`` as the "input" of a refusal: None for a non-string, at most ECHO_CHARS of it
    (then "…"), and lone surrogates escaped (\\udcff), so the result always encodes as UTF-8."""
    text = as_str(number)
    if text is None:
        return None
    if len(text) > ECHO_CHARS:
        text = text[:ECHO_CHARS] + "…"
    if text.isascii():
        return text
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def result_json(
    number: str, channel: str = "call", text: str | None = None, lang: str = DEFAULT, where: str = "cn"
) -> str:
    """result() as one line of JSON, byte for byte the same under CPython and Pyodide."""
    return json.dumps(result(number, channel=channel, text=text, lang=lang, where=where), ensure_ascii=False)
