"""Links in a message: any registrable domain, defanged ones, and no link from a missing space."""

import importlib.util

import pytest

from checker.text import read_text

from .helpers import ROOT


def _generator():
    spec = importlib.util.spec_from_file_location("tlds_generator", ROOT / "overrides" / "hooks" / "tlds.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_tld_list_is_fresh():
    generator = _generator()
    assert generator.GENERATED.read_text(encoding="utf-8") == generator.generate(), "run `make tlds`"


@pytest.mark.parametrize(
    "text",
    [
        "pay at toll-services.xyz now",  # the TLDs scam reports show
        "visit icbc-help.top",
        "ezpass-pay.in/login",
        "update at parcel.id/track",
        "claim at winner.vip",
        "go to royalmail-fee.cc",
        "hxxps://bank-verify.com/x",  # defanged schemes
        "http:/bank-verify.com",
        "bank-verify[.]com/login",  # defanged and Chinese dots
        "登录 icbc点com 查看",
        "登录 abc-bank。cn/login",
        "secure.paypal.me.account-check.info",
    ],
)
def test_links_are_found_in_any_form(text):
    assert read_text(text).has_link


@pytest.mark.parametrize(
    "text",
    ["thank you.my mum says hi", "ok.so see you", "Mr.Li 来电", "see you at home.now", "version 1.2.3", "3.14"],
)
def test_a_missing_space_is_no_link(text):
    assert not read_text(text).has_link
