"""What must hold for any input (Hypothesis)."""

import inspect
import io
import json
import math
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import checker
from checker.cli import ENCODING, main
from checker.languages import CODES
from checker.result import echo

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
        assert all(error.message(code) for code in CODES)
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
        for lang in CODES:
            json.dumps(checker.verdict_dict(outcome, lang), ensure_ascii=False)


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


# Lines as a call-log export might hold them, and as a broken one might.
line_bytes = st.one_of(
    st.binary(max_size=40),
    pasted.map(str.encode),
    st.text(max_size=40).map(str.encode),
    st.sampled_from(
        [b"\xff", b"\xc3(", b"\xed\xa0\x80", b"110\r", b"\x1b[2K", "\u202e400".encode(), b"\xef\xbb\xbf95588"]
    ),
)
stdin_bytes = st.one_of(
    st.binary(),
    st.builds(
        lambda lines, end: b"\n".join(lines) + end, st.lists(line_bytes, max_size=8), st.sampled_from([b"", b"\n"])
    ),
)


@settings(max_examples=300, deadline=None)
@given(data=stdin_bytes, lang=st.sampled_from(CODES))
def test_every_stdin_line_gets_exactly_one_json_line(data, lang):
    out, err = io.StringIO(), io.StringIO()
    status = main(["--json", "--lang", lang, "-"], stdin=io.BytesIO(data), stdout=out, stderr=err)
    lines = re.split(rb"\r\n|\r|\n", data)
    if lines[-1] == b"":  # a last line end ends the last line; it starts none
        lines.pop()
    written = out.getvalue()
    written.encode("utf-8")  # no lone surrogates: the output is always valid UTF-8
    results = [json.loads(line) for line in written.split("\n")[:-1]]
    assert len(results) == len(lines) and written.endswith("\n") == bool(lines)
    assert all(isinstance(item, dict) and ("risk" in item) != ("error" in item) for item in results)
    for item, line in zip(results, lines, strict=True):
        try:
            assert item["input"] == echo(line.decode("utf-8"))
        except UnicodeDecodeError:
            assert item == {"input": echo(line.decode("utf-8", "backslashreplace")), "error": ENCODING().message(lang)}
    errors = sum("error" in item for item in results)
    assert status == (2 if errors else 0)
    assert len(err.getvalue().splitlines()) == errors


class Hostile:
    """An object every one of whose methods raises."""

    def __eq__(self, other):
        raise RuntimeError("__eq__")

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self):
        raise RuntimeError("__repr__")

    __str__ = __len__ = __bool__ = __iter__ = __repr__


class HostileStr(str):
    """A string whose methods all raise: only its characters may be used."""

    def __eq__(self, other):
        raise RuntimeError("__eq__")

    def __hash__(self):
        raise RuntimeError("__hash__")

    def __len__(self):
        raise RuntimeError("__len__")

    __repr__ = __str__ = __bool__ = __iter__ = strip = lower = __len__


class PosingAsStr:
    """isinstance(PosingAsStr(), str) is True."""

    __class__ = property(lambda self: str)  # type: ignore[assignment]


def _nested(depth):
    value = []
    for _ in range(depth):
        value = [value]
    return value


# Objects the API failed on before (10**5000: repr() raises; deep nesting: RecursionError), and
# objects that fool isinstance() or ==. Strings that are no number, channel or language.
ODD_OBJECTS = [
    10**5000,
    _nested(100_000),
    b"1",
    bytearray(b"1"),
    Hostile(),
    PosingAsStr(),
    math.nan,
    str,
    object,
    None.__class__,
]
ODD_STRINGS = ["\udcff", "\ud800", "call\x00", "x" * 10_000, "1" + "\u0301\u0316" * 100_000]
ODD = [*ODD_OBJECTS, *ODD_STRINGS, HostileStr("4008001234"), HostileStr("sms"), HostileStr("en")]

anything = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(),
    st.complex_numbers(),
    st.decimals(),
    st.fractions(),
    st.text(),
    st.binary(),
    pasted,
    st.sampled_from(["call", "sms", *CODES, "zh-Hans", "cn", "abroad"]),
    # By index: Hypothesis itself calls repr() on what it samples from.
    st.integers(0, len(ODD) - 1).map(lambda index: ODD[index]),
    st.recursive(
        st.none() | st.integers() | st.text(),
        lambda inner: st.lists(inner) | st.dictionaries(st.text(), inner),
        max_leaves=4,
    ),
)


def _any_call(function):
    """``function`` and arguments for each of its parameters: its default (or a number) or anything at all."""
    return st.tuples(
        st.just(function),
        st.fixed_dictionaries(
            {
                name: st.one_of(
                    pasted if parameter.default is inspect.Parameter.empty else st.just(parameter.default), anything
                )
                for name, parameter in inspect.signature(function).parameters.items()
            }
        ),
    )


# Every parameter, whichever the API has (number, channel, text, lang, where…).
@settings(max_examples=400, deadline=None)
@given(call=st.one_of(_any_call(checker.check), _any_call(checker.result), _any_call(checker.result_json)))
def test_any_object_for_any_parameter_raises_only_invalid_input(call):
    function, arguments = call
    try:
        outcome = function(**arguments)
    except checker.InvalidInput as error:
        assert all(error.message(code) for code in CODES)
        if function is not checker.check:  # result() answers refusals in its language, so only lang is left
            assert error.code == "lang"
        return
    if function is checker.result_json:
        outcome = json.loads(outcome.encode("utf-8"))  # valid UTF-8: no lone surrogate got through
    assert isinstance(outcome, (dict, checker.Verdict))


@pytest.mark.parametrize("value", ODD_OBJECTS, ids=lambda value: type(value).__name__)
def test_odd_objects_give_invalid_input(value):
    for arguments in (
        {"number": value},
        {"number": "110", "channel": value},
        {"number": "110", "text": value},
        {"number": "110", "where": value},
    ):
        with pytest.raises(checker.InvalidInput):
            checker.check(**arguments)
    for call in (lambda: checker.result("110", lang=value), lambda: checker.verdict_dict(checker.check("110"), value)):
        with pytest.raises(checker.InvalidInput) as caught:
            call()
        assert caught.value.code == "lang"
    assert json.loads(checker.result_json(value))["input"] is None


@pytest.mark.parametrize("value", ODD_STRINGS, ids=range(len(ODD_STRINGS)))
def test_odd_strings_are_refused_or_read(value):
    for arguments in ({"number": value}, {"number": "110", "channel": value}):
        with pytest.raises(checker.InvalidInput):
            checker.check(**arguments)
    try:
        checker.check("110", text=value)
    except checker.InvalidInput as error:
        assert error.code == "text-length"
    assert "error" in json.loads(checker.result_json(value).encode("utf-8"))  # lone surrogates escaped


def test_string_subclasses_are_read_by_their_characters_alone():
    outcome = checker.result(
        HostileStr("106912345678"), channel=HostileStr("sms"), text=HostileStr("点击 t.cn/abc"), lang=HostileStr("en")
    )
    assert outcome["rules"] == ["prefix-1069", "sms-link"] and outcome["risk_label"] == "Danger"
    assert json.loads(checker.result_json(HostileStr("4008001234")))["input"] == "4008001234"
