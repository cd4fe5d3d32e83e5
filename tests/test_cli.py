"""The command line: exit codes, stdin batches, languages, hostile input. Most tests call its main()
as the console script does, in this process; those about the process itself (the console script,
encodings and locales, a closed pipe) run it as a real subprocess."""

import contextlib
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import checker
from checker.cli import ENCODING, EXIT_PIPE, main

from .helpers import CJK, ROOT


def run(*args, stdin=""):
    """main() on ``args``, with ``stdin`` as UTF-8 bytes: (returncode, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stderr(err):  # where argparse writes a usage error
            code = main(list(args), stdin=io.BytesIO(stdin.encode()), stdout=out, stderr=err)
    except SystemExit as stop:
        code = stop.code
    return subprocess.CompletedProcess(args, code, out.getvalue(), err.getvalue())


def test_json_400_is_danger():
    result = run("--json", "--", "4008001234")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["risk"] == "danger" and data["rules"] == ["prefix-400"]
    assert result.stderr == ""


def test_human_output_shows_word_title_and_advice_without_colour_off_a_tty():
    result = run("4008001234")
    assert result.returncode == 0
    assert "危险" in result.stdout and "400" in result.stdout
    # It leads, as the widget does, with the verdict's one sentence and its one action.
    verdict = checker.result("4008001234")
    assert result.stdout.splitlines()[1:3] == [verdict["lead"], verdict["action"]]
    assert "立即挂断" not in result.stdout  # that advice belongs to other rules
    assert "不要接听" in result.stdout
    assert "\033[" not in result.stdout


def test_lang_en_output_has_no_chinese():
    numbers = ["4008001234", "+95 1 234 567", "13812345678", "96110", "12381", "bad number"]
    result = run("--lang", "en", *numbers)
    assert result.returncode == 2
    assert "Danger" in result.stdout and "Unknown" in result.stdout
    assert not CJK.search(result.stdout), result.stdout
    assert not CJK.search(result.stderr), result.stderr


def test_sms_and_text_options():
    result = run("--json", "--sms", "--text", "点击 t.cn/abc", "106912345678")
    data = json.loads(result.stdout)
    assert data["channel"] == "sms" and data["risk"] == "danger"
    assert data["rules"] == ["prefix-1069", "sms-link"]


def test_stdin_batch_keeps_order_and_survives_bad_lines():
    lines = ["4008001234", "not a number", "", "95588", "+86 (0)10 12308", "\x07"]
    result = run("--json", "--lang", "en", "-", stdin="\n".join(lines) + "\n")
    assert result.returncode == 2
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [item["input"] for item in out] == lines
    assert [item.get("risk", "error") for item in out] == ["danger", "error", "error", "safe", "danger", "error"]
    assert out[1]["error"].startswith("A phone number may contain only digits")
    assert set(out[1]) == {"input", "error"}
    assert len(result.stderr.splitlines()) == 3
    assert "Traceback" not in result.stderr


def test_stdin_batch_with_crlf_and_mixed_arguments():
    result = run("--json", "96110", "-", "12308", stdin="4008001234\r\n+8695588\r\n")
    assert result.returncode == 0
    assert [json.loads(line)["input"] for line in result.stdout.splitlines()] == [
        "96110",
        "4008001234",
        "+8695588",
        "12308",
    ]


def test_invalid_number_exits_2_with_one_line():
    result = run("abc")
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "字母" in result.stderr


@pytest.mark.parametrize("args", [[], ["--lang", "fr", "110"], ["--bogus", "110"]])
def test_usage_errors_exit_2_with_one_line(args):
    result = run(*args)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr and result.stdout == ""


def test_colour_only_on_a_tty():
    class Tty(io.StringIO):
        def isatty(self):
            return True

    out = Tty()
    assert main(["4008001234"], stdout=out) == 0
    assert "\033[1;31m" in out.getvalue()
    assert "✖" in out.getvalue()


def test_console_script_is_installed():
    script = Path(sys.executable).parent / "anti-fraud-check"
    result = subprocess.run([script, "--json", "96110"], capture_output=True, text=True)
    assert json.loads(result.stdout)["risk"] == "official"


def run_bytes(*args, stdin=b"", **env):
    """The CLI with bytes in and out, as a shell pipe gives them."""
    return subprocess.run(
        [sys.executable, "-m", "checker", *args],
        input=stdin,
        capture_output=True,
        cwd=ROOT,
        env={**os.environ, **env},
    )


def test_invalid_utf8_line_is_one_error_and_the_rest_are_checked():
    # printf '110\n\xff\n95588\n' | PYTHONIOENCODING=utf-8 python -m checker --json -
    result = run_bytes("--json", "--lang", "en", "-", stdin=b"110\n\xff\n95588\n", PYTHONIOENCODING="utf-8")
    assert result.returncode == 2
    out = [json.loads(line) for line in result.stdout.decode("utf-8").split("\n")[:-1]]
    assert [item.get("risk", "error") for item in out] == ["caution", "error", "safe"]
    assert out[1] == {"input": "\\xff", "error": ENCODING().message("en")}
    assert result.stderr.decode("utf-8") == f"python -m checker: '\\xff': {ENCODING().message('en')}\n"


@pytest.mark.parametrize("encoding", ["utf-8", "ascii", "latin-1"])
def test_json_output_is_utf8_whatever_the_locale_says(encoding):
    # A surrogate encoded as UTF-8 is no UTF-8: decoded leniently, it would reach the output alone.
    stdin = "１１０\n\u202e\ud800\n".encode("utf-8", "surrogatepass") + b"\xc3(\n"
    result = run_bytes("--json", "-", stdin=stdin, PYTHONIOENCODING=encoding)
    assert result.returncode == 2, result.stderr
    lines = result.stdout.decode("utf-8").split("\n")  # strict: no lone surrogates, no other encoding
    assert [json.loads(line)["input"] for line in lines[:-1]] == ["１１０", "\u202e\\xed\\xa0\\x80", "\\xc3("]
    assert b"Traceback" not in result.stderr


def test_invalid_utf8_in_an_argument_is_one_error():
    result = run_bytes("--json", b"\xff110", "110")
    assert result.returncode == 2
    out = [json.loads(line) for line in result.stdout.decode("utf-8").splitlines()]
    assert out[0]["input"] == "\\xff110" and "error" in out[0]
    assert out[1]["risk"] == "caution"


def test_main_reads_bytes():
    out, err = io.StringIO(), io.StringIO()
    assert main(["--json", "-"], stdin=io.BytesIO("95588\r\n１１０\n".encode()), stdout=out, stderr=err) == 0
    assert [json.loads(line)["input"] for line in out.getvalue().splitlines()] == ["95588", "１１０"]
    assert err.getvalue() == ""


@pytest.mark.parametrize(
    ("args", "line", "stderr_to_stdout"),
    [(["--json", "-"], b"110\n", False), (["-"], b"1\n", True)],  # the second also breaks stderr's pipe
)
def test_a_closed_pipe_ends_quietly(tmp_path, args, line, stderr_to_stdout):
    # yes 110 | head -100000 | python -m checker --json - | head -1
    lines = tmp_path / "lines"
    lines.write_bytes(line * 100_000)
    with lines.open("rb") as stdin:
        proc = subprocess.Popen(
            [sys.executable, "-m", "checker", *args],
            stdin=stdin,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT if stderr_to_stdout else subprocess.PIPE,
            cwd=ROOT,
        )
        first = proc.stdout.readline()
        proc.stdout.close()  # what head does after its line
        stderr = b"" if stderr_to_stdout else proc.stderr.read()
        assert proc.wait(timeout=120) == EXIT_PIPE
    if proc.stderr:
        proc.stderr.close()
    assert first.strip()
    assert stderr == b""  # no traceback, no "Exception ignored"


HOSTILE = [
    ("400\x0b8001234", "400\\x0b8001234"),  # a vertical tab inside a number
    ("\u202e4008001234", "\\u202e4008001234"),  # right-to-left override: a valid number too
    ("\x1b[2K\x1b[1G✔ Safe 400", "\\x1b[2K\\x1b[1G✔ Safe 400"),  # erase the line, write a verdict
    ("110\u2028\u2066x", "110\\u2028\\u2066x"),
]


@pytest.mark.parametrize(("line", "escaped"), HOSTILE)
def test_human_output_escapes_control_and_format_characters(line, escaped):
    out, err = io.StringIO(), io.StringIO()
    main(["-"], stdin=io.BytesIO(line.encode() + b"\n"), stdout=out, stderr=err)
    assert escaped in out.getvalue()
    for written in (out.getvalue(), err.getvalue()):
        assert not any(char in written for char in "\r\x1b\u202e\u2028\u2066"), written
    if err.getvalue():
        assert f"'{escaped}'" in err.getvalue()


def test_control_characters_in_json_are_escaped_by_json():
    out = io.StringIO()
    main(["--json", "400\x1b8001234"], stdout=out, stderr=io.StringIO())
    assert json.loads(out.getvalue())["input"] == "400\x1b8001234"
    assert "\x1b" not in out.getvalue()


def test_a_huge_line_of_combining_marks_is_refused_and_the_batch_goes_on():
    huge = ("1" + "\u0301\u0316" * 100_000).encode()  # 200,001 characters
    out = io.StringIO()
    assert (
        main(
            ["--json", "--lang", "en", "-"],
            stdin=io.BytesIO(b"110\n" + huge + b"\n95588\n"),
            stdout=out,
            stderr=io.StringIO(),
        )
        == 2
    )
    results = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [item.get("risk", "error") for item in results] == ["caution", "error", "safe"]
    assert results[1]["error"].startswith("Too long to be one phone number (over 64 characters)")


def test_a_text_over_the_cap_is_an_error_for_each_number():
    out = io.StringIO()
    assert main(["--json", "--lang", "en", "--text", "x" * 2001, "110", "95588"], stdout=out, stderr=io.StringIO()) == 2
    errors = [json.loads(line)["error"] for line in out.getvalue().splitlines()]
    assert (
        errors
        == [
            "The message text is too long (over 2,000 characters). "
            "Paste only the message itself, or the key things the caller said."
        ]
        * 2
    )


class Trickle(io.RawIOBase):
    """Standard input that arrives in the pieces given, as a pipe delivers it."""

    def __init__(self, *pieces: bytes):
        self.pieces = list(pieces)

    def readable(self):
        return True

    def read1(self, size=-1):
        return self.pieces.pop(0) if self.pieces else b""


@pytest.mark.parametrize(
    "stdin",
    [
        io.BytesIO(b"4008001234\r95588\r110\r"),  # old Mac exports: CR alone
        io.BytesIO(b"4008001234\r\n95588\n110"),  # mixed, and no end to the last line
        Trickle(b"4008001234\r", b"\n95588\r", b"\n", b"110\n"),  # a CRLF split between two reads
    ],
    ids=["cr", "mixed", "split-crlf"],
)
def test_every_line_end_ends_a_line(stdin):
    out = io.StringIO()
    assert main(["--json", "-"], stdin=stdin, stdout=out) == 0
    assert [json.loads(line)["input"] for line in out.getvalue().splitlines()] == ["4008001234", "95588", "110"]


def test_a_huge_line_is_echoed_short_and_the_batch_goes_on():
    out, err = io.StringIO(), io.StringIO()
    stdin = io.BytesIO(b"9" * 10_000_000 + b"\n110\n")
    assert main(["--json", "--lang", "en", "-"], stdin=stdin, stdout=out, stderr=err) == 2
    refused, checked = (json.loads(line) for line in out.getvalue().splitlines())
    assert refused["input"] == "9" * 64 + "…" and refused["error"].startswith("Too long")
    assert checked["input"] == "110" and checked["risk"]
    assert len(err.getvalue()) < 300


def test_a_line_cut_inside_a_character_is_still_too_long_not_undecodable():
    out = io.StringIO()
    main(["--json", "--lang", "en", "-"], stdin=io.BytesIO("１".encode() * 1000), stdout=out, stderr=io.StringIO())
    assert json.loads(out.getvalue())["error"].startswith("Too long")
