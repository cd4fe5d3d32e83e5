"""How input is refused: one row per way of refusing, the error it raises, and reading the
arguments that take one of a few words (a language is one of those, with aliases).

Each row lives beside the code that reads what it refuses (number.py, text.py, verdict.py, cli.py
and here, for the language); refusals.REFUSALS collects them. Callers may pass any Python object:
a message never holds repr() of the object (which can be huge, raise or recurse without end),
only a short string as typed or the name of the object's type.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .languages import CANONICAL, Phrase


class InvalidInput(ValueError):
    """Input that is not what check() accepts, with its message in every language.

    ``message`` is a Phrase that may name what was passed as {value}: the value is filled in
    after the Phrase is put into a language, so that the converted text is a known one."""

    def __init__(self, code: str, message: Phrase, value: str = "") -> None:
        super().__init__(f"{message.zh} / {message.en}".format(value=value))
        self.code = code
        self._message = message
        self._value = value

    def message(self, lang: str) -> str:
        return self._message[resolve(lang)].format(value=self._value)


class InvalidNumber(InvalidInput):
    """The number field does not hold a phone number."""


@dataclass(frozen=True, slots=True)
class Refusal:
    """One way of refusing input: its code (InvalidInput.code), its message, and inputs that get it.

    Each example is the keyword arguments of result() that get this refusal (number, and any of
    channel, text, where, lang), or, for input only the command line reads, {"line": bytes}: a
    line of its standard input. Their values are strings and numbers, as JavaScript passes them."""

    code: str
    message: Phrase  # may name what was passed as {value}
    examples: tuple[Mapping[str, Any], ...]
    error: type[InvalidInput] = InvalidInput

    def __post_init__(self) -> None:
        if not self.examples:
            raise ValueError(f"refusal {self.code!r}: give at least one example input that gets it")

    def __call__(self, value: str = "") -> InvalidInput:
        """The error to raise, naming ``value`` where the message says {value}."""
        return self.error(self.code, self.message, value)


def as_str(value: object) -> str | None:
    """``value`` as a plain str if it is a string, else None.

    A str subclass is copied to a plain str, so none of its overrides run later; type() is
    used because isinstance() believes a __class__ property.
    """
    kind = type(value)
    if kind is str:
        return value  # type: ignore[return-value]
    return str.__str__(value) if issubclass(kind, str) else None  # type: ignore[arg-type]


def named(value: object) -> str:
    """How a message names a value it refuses: a string quoted (cut at 20 characters), else its type."""
    text = as_str(value)
    if text is None:
        return type(value).__name__
    # repr() of a plain str is safe: it escapes control characters and lone surrogates.
    return repr(text if len(text) <= 20 else text[:20] + "…")


def choice(value: object, options: Mapping[str, str] | tuple[str, ...], refusal: Refusal) -> str:
    """``value`` if it is one of ``options`` (or, for a mapping, what that names), else raise
    ``refusal`` naming it. Safe for any object."""
    if type(value) is str and value in options:  # the common case, first: check() runs it per number
        return options[value] if isinstance(options, Mapping) else value
    text = as_str(value)
    if text in options:
        return options[text] if isinstance(options, Mapping) else text  # type: ignore[index,return-value]
    raise refusal(named(value))


LANG = Refusal(
    "lang",
    Phrase(
        "语言必须是 zh（简体中文）、zh-Hant（繁体中文）或 en（英文），而不是 {value}。",
        "The language must be zh (Simplified Chinese), zh-Hant (Traditional Chinese) or en (English), not {value}.",
    ),
    ({"number": "4008001234", "lang": "fr"}, {"number": "4008001234", "lang": "zh-hant"}, {"number": "", "lang": ""}),
)


def resolve(lang: object) -> str:
    """The code of the language ``lang`` names ("zh-Hans" gives "zh"). Anything else, of any
    type, raises InvalidInput("lang"): an unknown language is an error, never a fallback."""
    return choice(lang, CANONICAL, LANG)
