"""Command line: python -m checker [--sms] [--text TEXT] [--abroad] [--lang zh|en] [--json] NUMBER…

``-`` reads numbers from standard input, one per line, as in a call-log export, and
writes exactly one result per line, in order. A bad number never stops the rest: its
result is an error, a line on stderr says why, and the exit status is 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator
from typing import TextIO

from .result import result
from .rule import CAUTION, DANGER, OFFICIAL, SAFE, UNKNOWN

EXIT_OK, EXIT_INVALID = 0, 2

# Colour only on a TTY, and only beside the risk's icon and word.
COLOURS = {DANGER: "31", CAUTION: "33", OFFICIAL: "34", SAFE: "32", UNKNOWN: "0"}
LABELS = {
    "zh": {"rules": "规则", "error": "错误"},
    "en": {"rules": "Rules", "error": "Error"},
}


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one clear line, not the usage block
        self.exit(EXIT_INVALID, f"{self.prog}: {message} (see --help)\n")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="python -m checker",
        description="Check a phone number against the MFA Consular Protection Center's anti-fraud advisory.",
    )
    parser.add_argument("numbers", nargs="+", metavar="NUMBER", help="numbers to check; - reads one per line from stdin")
    parser.add_argument("--sms", action="store_true", help="the number sent a text message (default: it called)")
    parser.add_argument("--text", help="the text's content, or what the caller said")
    parser.add_argument("--abroad", action="store_true", help="you are outside mainland China (default: in it)")
    parser.add_argument("--lang", choices=("zh", "en"), default="zh", help="language of the output (default: zh)")
    parser.add_argument("--json", action="store_true", help="print JSON Lines, one object per number")
    return parser


def _inputs(numbers: Iterable[str], stdin: TextIO) -> Iterator[str]:
    for number in numbers:
        if number == "-":
            yield from (line.rstrip("\r\n") for line in stdin)
        else:
            yield number


def _human(result: dict, *, colour: bool, lang: str) -> str:
    risk = result["risk"]
    head = f"{result['risk_icon']} {result['risk_label']}"
    if colour:
        head = f"\033[1;{COLOURS[risk]}m{head}\033[0m"
    lines = [f"{head}  {result['input']}  ({result['normalized']})", result["title"]]
    lines += [f"  • {item}" for item in result["advice"]]
    if result["rules"]:
        lines.append(f"  {LABELS[lang]['rules']}: {', '.join(result['rules'])}")
    return "\n".join(lines)


def main(argv: list[str] | None = None, stdin: TextIO | None = None, stdout: TextIO | None = None,
         stderr: TextIO | None = None) -> int:
    stdin, stdout, stderr = stdin or sys.stdin, stdout or sys.stdout, stderr or sys.stderr
    args = _parser().parse_args(argv)
    channel = "sms" if args.sms else "call"
    where = "abroad" if args.abroad else "cn"
    colour = not args.json and stdout.isatty()
    status = EXIT_OK
    for number in _inputs(args.numbers, stdin):
        outcome = result(number, channel=channel, text=args.text, lang=args.lang, where=where)
        if "error" in outcome:
            status = EXIT_INVALID
            print(f"python -m checker: {number!r}: {outcome['error']}", file=stderr)
        if args.json:
            stdout.write(json.dumps(outcome, ensure_ascii=False) + "\n")
        elif "error" in outcome:
            stdout.write(f"{LABELS[args.lang]['error']}  {number}\n  {outcome['error']}\n\n")
        else:
            stdout.write(_human(outcome, colour=colour, lang=args.lang) + "\n\n")
    return status


def main_exit() -> None:
    """Entry point of the console script."""
    sys.exit(main())
