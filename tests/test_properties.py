"""What must hold for any input (Hypothesis)."""

import json

from hypothesis import given, settings
from hypothesis import strategies as st

import checker

digits = st.text(alphabet="0123456789", min_size=1, max_size=26)
pasted = st.builds(
    lambda prefix, body, sep: prefix + sep.join(body[i : i + 3] for i in range(0, len(body), 3)),
    st.sampled_from(["", "+", "00", "0086", "+86", "+86 (0)", "＋", "tel:"]),
    digits,
    st.sampled_from(["", " ", "-", ".", "　"]),
)
anything = st.one_of(st.text(), pasted, digits)


def _outcome(number, **kwargs):
    try:
        return checker.check(number, **kwargs)
    except checker.InvalidNumber as error:
        assert error.message("zh") and error.message("en")
        return error


def _key(outcome):
    """What a reader sees of an outcome, apart from the echoed input."""
    if isinstance(outcome, checker.Verdict):
        return outcome.risk, outcome.rules, outcome.normalized
    return "error", outcome.code


@settings(max_examples=400)
@given(number=anything, channel=st.sampled_from(["call", "sms"]), text=st.one_of(st.none(), st.text()))
def test_check_returns_a_verdict_or_raises_invalid_number(number, channel, text):
    outcome = _outcome(number, channel=channel, text=text)
    if isinstance(outcome, checker.Verdict):
        assert outcome.risk in checker.RISKS
        for lang in ("zh", "en"):
            json.dumps(outcome.to_dict(lang), ensure_ascii=False)


@given(body=st.text(alphabet="0123456789", min_size=3, max_size=20))
def test_full_width_input_gives_the_same_verdict(body):
    wide = "".join(chr(ord(c) + 0xFEE0) for c in body)
    assert _key(_outcome(body)) == _key(_outcome(wide))


@given(body=st.text(alphabet="0123456789", min_size=3, max_size=20), sep=st.sampled_from([" ", "-", ".", "(", ")"]))
def test_separators_never_change_the_verdict(body, sep):
    assert _key(_outcome(body)) == _key(_outcome(sep.join(body)))


@given(national=st.text(alphabet="0123456789", min_size=5, max_size=15))
def test_plus_86_never_makes_a_number_safe_or_official(national):
    outcome = _outcome("+86" + national)
    if isinstance(outcome, checker.Verdict):
        assert outcome.risk not in ("safe", "official")
