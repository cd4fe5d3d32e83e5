"""One result as plain data or a JSON line: what the CLI prints and the browser receives."""

from __future__ import annotations

import json
from typing import Any

from .errors import InvalidInput
from .verdict import check


def result(
    number: str, *, channel: str = "call", text: str | None = None, lang: str = "zh", where: str = "cn"
) -> dict[str, Any]:
    """The verdict's to_dict(lang), or {"input", "error"} in ``lang`` for input check() refuses."""
    try:
        return check(number, channel=channel, text=text, where=where).to_dict(lang)
    except InvalidInput as error:
        return {"input": number, "error": error.message(lang)}


def result_json(
    number: str, channel: str = "call", text: str | None = None, lang: str = "zh", where: str = "cn"
) -> str:
    """result() as one line of JSON, byte for byte the same under CPython and Pyodide."""
    return json.dumps(result(number, channel=channel, text=text, lang=lang, where=where), ensure_ascii=False)
