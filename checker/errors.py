"""Errors raised for input the checker cannot read, with a message in each language."""

from __future__ import annotations

LANGS = ("zh", "en")


class InvalidInput(ValueError):
    """Input that is not what check() accepts. Its message exists in zh and en."""

    def __init__(self, code: str, zh: str, en: str) -> None:
        super().__init__(f"{zh} / {en}")
        self.code = code
        self.messages = {"zh": zh, "en": en}

    def message(self, lang: str) -> str:
        return self.messages[lang]


class InvalidNumber(InvalidInput):
    """The number field does not hold a phone number."""


# Each reason the number field can be rejected, with its two messages.
NUMBER_ERRORS = {
    "empty": ("请输入一个电话号码。", "Please enter a phone number."),
    "letters": (
        "号码里只能有数字、空格、短横线、括号和开头的 + 号，不能有字母或其他文字。",
        "A phone number may contain only digits, spaces, hyphens, brackets and a leading +, "
        "not letters or other text.",
    ),
    "control": (
        "号码里有看不见的控制字符，请重新输入。",
        "The number contains invisible control characters; please type it again.",
    ),
    "plus": (
        "+ 号只能出现在号码最前面，而且只能有一个。",
        "A + sign may appear only once, at the very start of the number.",
    ),
    "too-short": (
        "数字太少，不是电话号码（最短的服务号码也有 3 位，例如 110）。",
        "Too few digits for a phone number (the shortest service numbers, such as 110, have 3).",
    ),
    "too-long": (
        "数字太多，不像真实的电话号码。",
        "Too many digits to be a real phone number.",
    ),
}


def invalid_number(code: str) -> InvalidNumber:
    zh, en = NUMBER_ERRORS[code]
    return InvalidNumber(code, zh, en)


def invalid_channel(channel: object) -> InvalidInput:
    return InvalidInput(
        "channel",
        f"渠道必须是 call（来电）或 sms（短信），而不是 {channel!r}。",
        f"The channel must be call or sms, not {channel!r}.",
    )


def invalid_where(where: object) -> InvalidInput:
    return InvalidInput(
        "where",
        f"所在地必须是 cn（中国大陆）或 abroad（国外），而不是 {where!r}。",
        f"Where you are must be cn (mainland China) or abroad, not {where!r}.",
    )


def invalid_text(text: object) -> InvalidInput:
    return InvalidInput(
        "text",
        f"短信或通话内容必须是文字，而不是 {type(text).__name__}。",
        f"The message text must be a string, not {type(text).__name__}.",
    )
