"""One result as plain data or a JSON line: what the CLI prints and the browser receives."""

from __future__ import annotations

import json
from typing import Any

from .errors import LANGS, InvalidInput, as_str, choice
from .verdict import check


def result(
    number: str, *, channel: str = "call", text: str | None = None, lang: str = "zh", where: str = "cn"
) -> dict[str, Any]:
    """The verdict's to_dict(lang), or {"input", "error"} in ``lang`` for input check() refuses.

    Raises InvalidInput only for a ``lang`` other than "zh" or "en": the error needs a language.
    """
    lang = choice(lang, LANGS, "lang")
    try:
        return check(number, channel=channel, text=text, where=where).to_dict(lang)
    except InvalidInput as error:
        return refusal(echo(number), error, lang)


def refusal(shown: str | None, error: InvalidInput, lang: str) -> dict[str, Any]:
    """The result for input that was refused: what was typed, and why, in ``lang``."""
    return {"input": shown, "error": error.message(lang)}


def echo(number: object) -> str | None:
    """``number`` as the "input" of a refusal: None for a non-string, and lone surrogates
    escaped (\\udcff), so the result always encodes as UTF-8."""
    text = as_str(number)
    if text is None or text.isascii():
        return text
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def result_json(
    number: str, channel: str = "call", text: str | None = None, lang: str = "zh", where: str = "cn"
) -> str:
    """result() as one line of JSON, byte for byte the same under CPython and Pyodide."""
    return json.dumps(result(number, channel=channel, text=text, lang=lang, where=where), ensure_ascii=False)
