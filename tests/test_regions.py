"""Where the reader is: the regions, their codes and time zones, numbers read as each region's
phones show them, and the examples of support/region_examples.py."""

import json
import subprocess
import sys

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import checker
from checker.number import LOCAL, read_number
from checker.regions import ABROAD, BY_KEY, COARSE, REGIONS, ZONES, capitalised, key_of
from support.region_examples import LOCAL as LOCAL_NUMBERS
from support.region_examples import REGION_EXAMPLES

from .helpers import ROOT

# The regions the issue names: mainland China, the SARs, Taiwan and at least these 20 countries.
NAMED = {
    "CN",
    "HK",
    "MO",
    "TW",
    "US",
    "GB",
    "CA",
    "AU",
    "NZ",
    "JP",
    "KR",
    "SG",
    "MY",
    "TH",
    "DE",
    "FR",
    "IT",
    "ES",
    "NL",
    "IE",
    "AE",
    "RU",
    "PH",
    "VN",
}


def test_the_regions_are_phonenumbers_regions_with_names_and_somewhere_else_last():
    codes = [region.code for region in REGIONS if region.code]
    assert set(codes) >= NAMED and len(codes) == len(set(codes))
    assert set(codes) <= phonenumbers.SUPPORTED_REGIONS
    assert all(region.key == region.code.lower() for region in REGIONS if region.code)
    assert REGIONS[0].key == "cn" and REGIONS[-1].key == ABROAD and REGIONS[-1].code == ""
    assert all(region.name.zh and region.name.en for region in REGIONS)
    assert COARSE["cn"] == "cn" and {COARSE[key] for key in BY_KEY if key != "cn"} == {"abroad"}


def test_time_zones_name_one_region_each_and_leave_shared_ones_out():
    assert ZONES["Europe/London"] == "gb" and ZONES["America/New_York"] == "us" and ZONES["Asia/Hong_Kong"] == "hk"
    assert ZONES["Asia/Shanghai"] == "cn" and ZONES["America/Vancouver"] == "ca" and ZONES["Asia/Taipei"] == "tw"
    for shared in (
        "Asia/Singapore",
        "Europe/Brussels",
        "Asia/Bangkok",
        "Asia/Dubai",
        "Europe/Simferopol",
        "Europe/Zurich",
        "Europe/Busingen",
    ):
        assert shared not in ZONES
    assert set(ZONES.values()) <= set(BY_KEY)


@pytest.mark.parametrize("where", ["CN", "cn", "Cn", "GB", "gb", "hk", "US", "abroad", "ABROAD"])
def test_where_takes_a_code_in_any_case_and_reports_its_key(where):
    verdict = checker.check("+86 95588", where=where)
    assert verdict.where == key_of(where) == where.lower()
    assert checker.result("+86 95588", where=where)["where"] == where.lower()


def test_cn_and_abroad_are_what_they_were():
    for where in ("cn", "CN"):
        assert checker.check("4008001234", where=where).rules == ("prefix-400",)
        assert checker.check("020 7946 0000", where=where).normalized == "+862079460000"  # Guangzhou
    assert checker.check("020 7946 0000", where="abroad").normalized == "+862079460000"
    assert checker.result_json("110", "call", None, "en", "CN") == checker.result_json("110", "call", None, "en", "cn")


def test_numbers_are_read_as_the_regions_phones_show_them():
    london = checker.check("020 7946 0000", where="GB")
    assert (london.normalized, london.rules) == ("+442079460000", ("local-number",))
    assert checker.check("(212) 555-0147", where="US").normalized == "+12125550147"
    toll_free = checker.check("800 555 0199", where="US")
    assert toll_free.normalized == "+18005550199" and "prefix-800" not in toll_free.rules
    assert checker.check("800 810 1234", where="CN").rules == ("prefix-800",)
    # A region's own international prefix: 011 in North America, 010 in Japan.
    assert checker.check("011 86 95588", where="US").rules == ("roaming-service-number",)
    assert checker.check("010 86 10 12308", where="JP").rules == ("hotline-12308",)


@pytest.mark.parametrize("case", REGION_EXAMPLES, ids=lambda c: f"{c[0]}-{c[1]}")
def test_region_examples(case):
    code, kind, example, risk, rules = case
    verdict = checker.check(example.number, channel=example.channel, text=example.text, where=example.where)
    assert (verdict.risk, verdict.rules) == (risk, rules)
    # None is read as another country's number: a local one is valid for its region (toll-free
    # numbers are shared across North America), a +86 one is Chinese, 12308 stays as typed.
    if example.number.startswith("+86"):
        assert verdict.normalized.startswith("+86")
    elif kind == "12308":
        assert verdict.normalized == "12308"
    else:
        parsed = phonenumbers.parse(verdict.normalized)
        assert phonenumbers.is_valid_number_for_region(parsed, code), (example, verdict.normalized)
    if code != "CN" and kind.startswith("local"):
        assert read_number(example.number, code).display == LOCAL


def test_every_region_but_mainland_china_has_its_examples():
    assert set(LOCAL_NUMBERS) | {"CN"} == {region.code for region in REGIONS if region.code}
    assert {code for code, *_ in REGION_EXAMPLES} == set(LOCAL_NUMBERS) | {"CN"}


@settings(max_examples=300, deadline=None)
@given(
    where=st.tuples(
        st.sampled_from([region.code for region in REGIONS if region.code] + ["abroad", "cn"]), st.booleans()
    ).map(lambda pair: pair[0].swapcase() if pair[1] else pair[0]),
    number=st.one_of(st.text(max_size=30), st.from_regex(r"\A[+0]?[0-9 ()-]{0,24}\Z")),
)
def test_any_region_and_any_number_give_a_verdict_or_invalid_input(where, number):
    try:
        verdict = checker.check(number, where=where)
    except checker.InvalidInput:
        return
    assert verdict.where == where.lower()
    json.dumps(checker.result(number, where=where, lang="en"))


def test_cli_takes_where_and_keeps_abroad():
    def run(*args):
        return subprocess.run(
            [sys.executable, "-m", "checker", "--json", *args],
            capture_output=True,
            text=True,
            cwd=ROOT,
            encoding="utf-8",
        )

    gb = run("--where", "gb", "020 7946 0000")
    assert gb.returncode == 0 and json.loads(gb.stdout)["where"] == "gb"
    assert json.loads(gb.stdout)["normalized"] == "+442079460000"
    assert json.loads(run("--abroad", "+8695588").stdout)["where"] == "abroad"
    bad = run("--where", "UK", "110")
    assert bad.returncode == 2 and "invalid region: 'UK'" in bad.stderr and "Traceback" not in bad.stderr
    both = run("--where", "GB", "--abroad", "110")
    assert both.returncode == 2 and "Traceback" not in both.stderr


def test_a_region_name_starts_a_heading_with_its_article_and_an_option_without():
    name = BY_KEY["gb"].name
    assert capitalised(name.en) == "The United Kingdom" and capitalised(name.en, article=False) == "United Kingdom"
    assert capitalised(name.zh) == capitalised(name.zh, article=False) == "英国"
