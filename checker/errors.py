"""Errors raised for input the checker cannot read, with a message in each language.

Callers may pass any Python object. The helpers here read an argument without trusting it:
a message never holds repr() of the object (which can be huge, raise or recurse without end),
only a short string as typed or the name of the object's type.
"""

from __future__ import annotations

from .languages import Phrase, resolve

# Caps on raw input, applied before NFKC normalisation, which is quadratic on long runs of
# combining marks: every input is then read in bounded time.
# The longest real display is 24 digits (0086 and a 20-digit 106 port number), 29 characters
# with its spaces; 64 leaves room for "tel:", brackets and the bidi marks phones add on copy.
MAX_NUMBER_CHARS = 64
# One part of a long text message carries 67 Chinese characters, and a long message is a few
# parts; a note of what a caller said is shorter still. 2,000 holds either many times over,
# and even the slowest 2,000 characters to normalise and search take milliseconds.
MAX_TEXT_CHARS = 2000


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


# Each reason the number field can be rejected, with its message.
NUMBER_ERRORS = {
    "empty": Phrase("请输入一个电话号码。", "Please enter a phone number."),
    "letters": Phrase(
        "号码里只能有数字、空格、短横线、括号和开头的 + 号，不能有字母或其他文字。",
        "A phone number may contain only digits, spaces, hyphens, brackets and a leading +, "
        "not letters or other text.",
    ),
    "control": Phrase(
        "号码里有看不见的控制字符，请重新输入。",
        "The number contains invisible control characters; please type it again.",
    ),
    "plus": Phrase(
        "+ 号只能出现在号码最前面，而且只能有一个。",
        "A + sign may appear only once, at the very start of the number.",
    ),
    "too-short": Phrase(
        "数字太少，不是电话号码（最短的服务号码也有 3 位，例如 110）。",
        "Too few digits for a phone number (the shortest service numbers, such as 110, have 3).",
    ),
    "too-long": Phrase(
        "数字太多，不像真实的电话号码。",
        "Too many digits to be a real phone number.",
    ),
    "number-length": Phrase(
        f"输入太长（超过 {MAX_NUMBER_CHARS} 个字符），不是一个电话号码。请一次只输入一个号码。",
        f"Too long to be one phone number (over {MAX_NUMBER_CHARS} characters). Please enter one number at a time.",
    ),
}


def invalid_number(code: str) -> InvalidNumber:
    return InvalidNumber(code, NUMBER_ERRORS[code])


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


def choice(value: object, options: tuple[str, ...], code: str) -> str:
    """``value`` if it is one of ``options``, else raise invalid_choice(code, value). Safe for any object."""
    if type(value) is str and value in options:  # the common case, first: check() runs it per number
        return value
    text = as_str(value)
    if text in options:
        return text  # type: ignore[return-value]
    raise invalid_choice(code, value)


NUMBER_TYPE = Phrase("号码必须是文字（字符串），而不是 {value}。", "The number must be a string, not {value}.")


def invalid_number_type(number: object) -> InvalidNumber:
    return InvalidNumber("number-type", NUMBER_TYPE, named(number))


# The arguments that take one of a few words, with their messages; {value} names what was passed.
CHOICE_ERRORS = {
    "channel": Phrase("渠道必须是 call（来电）或 sms（短信），而不是 {value}。", "The channel must be call or sms, not {value}."),
    "lang": Phrase(
        "语言必须是 zh（简体中文）、zh-Hant（繁体中文）或 en（英文），而不是 {value}。",
        "The language must be zh (Simplified Chinese), zh-Hant (Traditional Chinese) or en (English), not {value}.",
    ),
    "where": Phrase(
        "所在地必须是 cn（中国大陆）或 abroad（国外），而不是 {value}。",
        "Where you are must be cn (mainland China) or abroad, not {value}.",
    ),
}


def invalid_choice(code: str, value: object) -> InvalidInput:
    return InvalidInput(code, CHOICE_ERRORS[code], named(value))


TEXT_TYPE = Phrase("短信或通话内容必须是文字，而不是 {value}。", "The message text must be a string, not {value}.")


def invalid_text(text: object) -> InvalidInput:
    return InvalidInput("text", TEXT_TYPE, type(text).__name__)


TEXT_LENGTH = Phrase(
    f"短信或通话内容太长（超过 {MAX_TEXT_CHARS} 个字符）。请只粘贴短信正文，或对方说的关键的话。",
    f"The message text is too long (over {MAX_TEXT_CHARS:,} characters). "
    "Paste only the message itself, or the key things the caller said.",
)


def text_too_long() -> InvalidInput:
    return InvalidInput("text-length", TEXT_LENGTH)


ENCODING = Phrase(
    "这一行不是 UTF-8 编码的文字，无法读取。请把文件另存为 UTF-8 编码后再试。",
    "This line is not UTF-8 text and cannot be read. Save the file as UTF-8 and try again.",
)


def invalid_encoding() -> InvalidInput:
    """A line of input that is not UTF-8: the CLI reports it and reads on."""
    return InvalidInput("encoding", ENCODING)
