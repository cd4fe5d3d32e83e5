"""The command line, run as a real subprocess: exit codes, stdin batches, languages."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import CJK, ROOT


def run(*args, stdin=""):
    return subprocess.run(
        [sys.executable, "-m", "checker", *args], input=stdin, capture_output=True, text=True, cwd=ROOT,
        encoding="utf-8",
    )


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
        "96110", "4008001234", "+8695588", "12308",
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
    from io import StringIO

    from checker.cli import main

    class Tty(StringIO):
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
