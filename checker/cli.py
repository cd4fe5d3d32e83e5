"""Command line: python -m checker [--sms] [--text TEXT] [--where CODE | --abroad] [--lang zh|zh-Hant|en] [--json] NUMBER…

``-`` reads numbers from standard input, one per line (as bytes; a line ends in \\n, \\r\\n or a
lone \\r, as old exports write it), as in a call-log export, and writes exactly one result per line, in order. A bad line never stops
the rest: a line that is no number, or not even UTF-8 text, gets an error as its result, a
line on stderr says why, and the others are still checked.

Exit status: 0 when every number was read; 2 when any was invalid (its result is an
error), on a usage error, or when reading or writing fails; 141 when the reader of the
output goes away (``| head``), quietly, as grep does.
"""

from __future__ import annotations

import argparse
import codecs
import errno
import io
import json
import os
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from typing import BinaryIO, TextIO

from .languages import CODES, DEFAULT, LANGUAGES, Phrase, StaleTranslation
from .number import MAX_NUMBER_CHARS
from .refusal import Refusal, resolve
from .regions import REGIONS, key_of
from .result import echo, refusal, result
from .rule import CAUTION, DANGER, OFFICIAL, SAFE, UNKNOWN
from .ui import CLI

PROG = "python -m checker"
EXIT_OK, EXIT_INVALID, EXIT_PIPE = 0, 2, 128 + 13  # 141: what a shell reports for grep killed by SIGPIPE

# Colour only on a TTY, and only beside the risk's icon and word.
COLOURS = {DANGER: "31", CAUTION: "33", OFFICIAL: "34", SAFE: "32", UNKNOWN: "0"}

# Characters that would act on the terminal instead of showing: controls (CR, ESC…), format
# characters (bidi overrides…) and the line and paragraph separators.
UNPRINTABLE = frozenset(("Cc", "Cf", "Zl", "Zp"))

# A line of input that is not UTF-8: the CLI reports it and reads on.
ENCODING = Refusal(
    "encoding",
    Phrase(
        "这一行不是 UTF-8 编码的文字，无法读取。请把文件另存为 UTF-8 编码后再试。",
        "This line is not UTF-8 text and cannot be read. Save the file as UTF-8 and try again.",
    ),
    ({"line": b"\xff"}, {"line": "4008001234".encode("utf-16")}),
)
REFUSALS = (ENCODING,)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one clear line, not the usage block
        self.exit(EXIT_INVALID, f"{self.prog}: {message} (see --help)\n")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description="Check a phone number against the MFA Consular Protection Center's anti-fraud advisory.",
    )
    parser.add_argument(
        "numbers", nargs="+", metavar="NUMBER", help="numbers to check; - reads one per line from stdin"
    )
    parser.add_argument("--sms", action="store_true", help="the number sent a text message (default: it called)")
    parser.add_argument("--text", help="the text's content, or what the caller said")
    place = parser.add_mutually_exclusive_group()
    place.add_argument(
        "--where",
        type=_where,
        default="cn",
        metavar="CODE",
        help="where you are: a region's ISO 3166-1 code ("
        + ", ".join(region.code for region in REGIONS if region.code)
        + "), any case, or abroad for somewhere else (default: CN, mainland China)",
    )
    place.add_argument(
        "--abroad", dest="where", action="store_const", const="abroad", help="the same as --where abroad"
    )
    parser.add_argument(
        "--lang",
        type=_language,
        default=DEFAULT,
        metavar="|".join(CODES),
        help="language of the output: "
        + ", ".join(f"{language.code} ({language.name})" for language in LANGUAGES)
        + f"; zh-Hans is zh (default: {DEFAULT})",
    )
    parser.add_argument("--json", action="store_true", help="print JSON Lines, one object per number")
    return parser


def _where(value: str) -> str:
    """--where's value as a region's key; argparse words the error for any other."""
    key = key_of(value)
    if key is None:
        raise argparse.ArgumentTypeError(
            f"invalid region: {value!r} (an ISO 3166-1 code such as CN, HK, GB or US, or abroad)"
        )
    return key


def _language(value: str) -> str:
    """--lang's value as a language code; argparse words the error for any other."""
    try:
        return resolve(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid choice: {value!r} (choose from {', '.join(CODES)})") from None


_LINE_END = re.compile(rb"\r\n|\r|\n")
# What is kept of a line: more than any number (a character is at most 4 bytes in UTF-8), so a
# longer line is still refused as too long, and a huge one never fills the memory.
LINE_BYTES = 4 * MAX_NUMBER_CHARS + 4


def _lines(stream: BinaryIO) -> Iterator[tuple[bytes, bool]]:
    """Each line of ``stream``, cut to LINE_BYTES, and whether it was cut: read as it arrives."""
    read = getattr(stream, "read1", stream.read)
    kept, cut, after_cr = b"", False, False
    while chunk := read(1 << 16):
        if after_cr and chunk.startswith(b"\n"):  # the \n of a \r\n that two reads split
            chunk = chunk[1:]
        after_cr = chunk.endswith(b"\r")
        *ended, rest = _LINE_END.split(chunk)
        for part in ended:
            yield (kept + part)[:LINE_BYTES], cut or len(kept) + len(part) > LINE_BYTES
            kept, cut = b"", False
        cut = cut or len(kept) + len(rest) > LINE_BYTES
        kept = (kept + rest)[:LINE_BYTES]
    if kept or cut:
        yield kept, cut


def _decoded(raw: bytes, cut: bool = False) -> str | bytes:
    """The line as text, or the bytes themselves if they are not UTF-8. A cut line may end
    inside a character: that part is dropped, as a decoder waiting for more would hold it."""
    try:
        return codecs.getincrementaldecoder("utf-8")().decode(raw, final=not cut)
    except UnicodeDecodeError:
        return raw


def _argument(number: str) -> str | bytes:
    """An argument as typed: Python keeps the bytes of one that is not UTF-8 as lone surrogates."""
    try:
        return _decoded(os.fsencode(number))
    except UnicodeEncodeError:  # surrogates that came from no bytes (main() given any str)
        return number.encode("utf-8", "surrogatepass")


def _inputs(numbers: Iterable[str], stdin: BinaryIO) -> Iterator[str | bytes]:
    for number in numbers:
        if number == "-":
            yield from (_decoded(line, cut) for line, cut in _lines(stdin))
        else:
            yield _argument(number)


def printable(text: str) -> str:
    """``text`` safe to echo to a terminal: CR, ESC, bidi overrides… escaped as \\r, \\x1b, \\u202e.

    Raw, they could move the cursor or reorder the line and so rewrite the verdict beside it.
    """
    if text.isprintable():
        return text
    category = unicodedata.category
    return "".join(
        [char if char.isprintable() or category(char) not in UNPRINTABLE else repr(char)[1:-1] for char in text]
    )


def _human(result: dict, *, colour: bool, lang: str) -> str:
    risk = result["risk"]
    head = f"{result['risk_icon']} {result['risk_label']}"
    if colour:
        head = f"\033[1;{COLOURS[risk]}m{head}\033[0m"
    # The verdict's first words, as the widget shows them: one sentence, then the one thing to do.
    lines = [f"{head}  {printable(result['input'])}  ({result['normalized']})", result["lead"], result["action"]]
    lines += [f"  • {item}" for item in result["advice"]]
    if result["rules"]:
        lines.append(f"  {CLI['rules'][lang]}: {', '.join(result['rules'])}")
    return "\n".join(lines)


def _console(stream: TextIO | None, *, utf8: bool) -> TextIO:
    """The real stdout or stderr, set never to fail on a character (JSON Lines are always UTF-8)."""
    if stream is None:  # the process was started with it closed
        raise OSError(errno.EBADF, os.strerror(errno.EBADF))
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is not None:
        reconfigure(encoding="utf-8" if utf8 else None, errors="backslashreplace")
    return stream


def main(
    argv: list[str] | None = None,
    stdin: BinaryIO | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    """Run the command line on ``argv``; ``stdin`` is read as bytes. Returns the exit status."""
    args = _parser().parse_args(argv)
    if stdin is None:  # sys.stdin is None when the process was started without one
        stdin = io.BytesIO() if sys.stdin is None else sys.stdin.buffer
    if stdout is None:
        stdout = _console(sys.stdout, utf8=args.json)
    if stderr is None:  # without one, the errors are still in the results
        stderr = io.StringIO() if sys.stderr is None else _console(sys.stderr, utf8=False)
    try:
        status = _check_all(_inputs(args.numbers, stdin), args, stdout, stderr)
    except StaleTranslation as error:  # a generated table behind the source: say how to fix it
        print(f"{PROG}: {error}", file=stderr)
        status = EXIT_INVALID
    stdout.flush()  # a closed pipe shows here, inside main_exit's handler, not at interpreter exit
    return status


def _check_all(inputs: Iterable[str | bytes], args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    """Write one result per input; the exit status."""
    channel = "sms" if args.sms else "call"
    where = args.where
    colour = not args.json and stdout.isatty()
    status = EXIT_OK
    for number in inputs:
        if isinstance(number, bytes):
            number = number.decode("utf-8", "backslashreplace")  # \xff: valid UTF-8, never a lone surrogate
            outcome = refusal(echo(number), ENCODING(), args.lang)
        else:
            outcome = result(number, channel=channel, text=args.text, lang=args.lang, where=where)
        if "error" in outcome:
            status = EXIT_INVALID
            print(f"{PROG}: '{printable(outcome['input'])}': {outcome['error']}", file=stderr)
        if args.json:
            stdout.write(json.dumps(outcome, ensure_ascii=False) + "\n")
        elif "error" in outcome:
            stdout.write(f"{CLI['error'][args.lang]}  {printable(outcome['input'])}\n  {outcome['error']}\n\n")
        else:
            stdout.write(_human(outcome, colour=colour, lang=args.lang) + "\n\n")
    return status


def main_exit() -> None:
    """Entry point of the console script."""
    try:
        status = main()
    except BrokenPipeError:
        # The reader went away (| head). Point stdout at devnull, so that Python's own flush at
        # exit writes nowhere instead of printing "Exception ignored … BrokenPipeError".
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        status = EXIT_PIPE
    except OSError as error:  # unreadable input, closed output, a full disk: one line, no traceback
        if sys.stderr is not None:
            print(f"{PROG}: cannot read or write: {error.strerror or error}", file=sys.stderr)
        status = EXIT_INVALID
    sys.exit(status)
