"""The reader's place on the command line: --abroad, as a real subprocess."""

import json
import subprocess
import sys

from .helpers import CJK, ROOT


def run(*args):
    return subprocess.run(
        [sys.executable, "-m", "checker", *args], capture_output=True, text=True, cwd=ROOT, encoding="utf-8"
    )


def test_abroad_flag_changes_the_verdict_and_is_reported():
    home, away = (run("--json", *flags, "+44 20 7946 0958", "+8695588") for flags in ([], ["--abroad"]))
    assert home.returncode == away.returncode == 0
    home_out = [json.loads(line) for line in home.stdout.splitlines()]
    away_out = [json.loads(line) for line in away.stdout.splitlines()]
    assert [(o["where"], o["risk"]) for o in home_out] == [("cn", "danger"), ("cn", "danger")]
    assert [(o["where"], o["risk"]) for o in away_out] == [("abroad", "unknown"), ("abroad", "caution")]


def test_abroad_advice_names_the_local_police_in_english():
    result = run("--abroad", "--lang", "en", "--text", "You are suspected of money laundering", "13812345678")
    assert result.returncode == 0
    assert "local police" in result.stdout and "12308" in result.stdout and "call 110" not in result.stdout
    assert not CJK.search(result.stdout)
