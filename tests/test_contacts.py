"""Who to call, where the reader is (checker/contacts/): every line names its source, every number
is one phonenumbers knows as valid for its region, and the advice of a verdict gives them."""

import dataclasses
import re
from pathlib import Path

import phonenumbers
import pytest
from phonenumbers import shortnumberinfo

import checker
from checker.contacts import CONTACTS, NO_ROW, ROLES, Line, href
from checker.contacts.line import SHORT_DIGITS
from checker.languages import CODES
from checker.regions import BY_KEY, REGIONS
from checker.rule import AUTHORITIES, Citation, Passage

CJK = re.compile(r"[\u3400-\u9fff]")
ADVISORY = Path(__file__).resolve().parent.parent / "advisory"
# Numbers the sources give that phonenumbers' metadata (9.0.42) does not know. Each is kept
# because its own police or government publishes it; the test fails once phonenumbers learns it,
# so the list only ever shrinks.
UNKNOWN_TO_PHONENUMBERS = {
    ("gb", "7726"),  # Action Fraud; the UK carriers' spam-reporting code (valid in the US data)
    ("mo", "993"),  # Macao Judiciary Police's report line
    ("my", "997"),  # Malaysia's National Scam Response Centre
    ("nz", "105"),  # New Zealand Police's non-emergency line
    ("th", "1441"),  # Thailand's Anti Online Scam Operation Centre
    ("ae", "901"),  # UAE police non-emergency
    ("ph", "1326"),  # the Philippines' CICC hotline
    ("jp", "#9110"),  # Japan's police consultation line: a # code, which phonenumbers does not read
}


def problem(number: str, region: str) -> str | None:
    """Why ``number`` is no valid number for ``region`` (an ISO code), or None: a full number must
    be valid, a short one a valid short or emergency number there."""
    digits = re.sub(r"[^0-9]", "", number)
    if number.startswith("#"):
        return "a # code"
    if len(digits) <= SHORT_DIGITS:
        if shortnumberinfo.is_valid_short_number_for_region(phonenumbers.parse(digits, region), region):
            return None
        if shortnumberinfo.is_emergency_number(digits, region):
            return None
        if phonenumbers.is_valid_number(phonenumbers.parse(digits, region)):  # Australia's 131 444
            return None
        return "not a valid short number"
    parsed = phonenumbers.parse(href(number, region)[len("tel:") :])
    if not phonenumbers.is_valid_number(parsed):
        return "not a valid number"
    if parsed.country_code != 86 and not phonenumbers.is_valid_number_for_region(parsed, region):
        return "a number of another region"
    return None


ALL_LINES = [(key, entry) for key, row in CONTACTS.items() for entry in row.lines]


def test_every_region_but_somewhere_else_and_indonesia_has_a_row():
    assert set(CONTACTS) == {region.key for region in REGIONS} - {"abroad", "id"}


@pytest.mark.parametrize(("region", "entry"), ALL_LINES, ids=lambda value: value if isinstance(value, str) else "")
def test_every_line_names_its_sources(region, entry):
    assert entry.role in ROLES
    assert entry.sources or entry.advisory is not None
    for source in entry.sources:
        assert re.match(r"https?://[^\s/]+\.[a-z]+/", source.url) and source.quote and source.quote_en
        assert CJK.search(source.publisher) and source.publisher_en and not CJK.search(source.publisher_en)
        assert not CJK.search(source.quote_en) and not CJK.search(entry.text.en)
    if entry.sources and entry.role != "home":
        assert any(source.kind in AUTHORITIES for source in entry.sources) or entry.role in ("emergency", "report")
    if entry.advisory is not None:
        text = (ADVISORY / f"{entry.advisory.source}.zh-Hans.txt").read_text(encoding="utf-8").replace("\n", "")
        assert entry.advisory.zh in text


# An existing line's words: a new Phrase here would join the texts `make traditional` must convert.
UK_999 = CONTACTS["gb"].lines[1]


def test_a_line_without_a_source_is_refused():
    with pytest.raises(ValueError, match="cites its source"):
        Line("emergency", UK_999.text, ("999",), ())
    with pytest.raises(ValueError, match="not written"):
        Line("emergency", UK_999.text, ("998",), (_source(),))
    with pytest.raises(ValueError, match="bad role"):
        Line("gossip", UK_999.text, ("999",), (_source(),))


def _source(**changes) -> Citation:
    """A copy of a real source with ``changes``: its publisher is a Phrase the table has."""
    return dataclasses.replace(UK_999.sources[0], **changes)


def test_a_bad_source_is_refused():
    for bad in (_source(kind="blog"), _source(date="May 2020"), _source(url="")):
        with pytest.raises(ValueError, match="bad source"):
            Line("emergency", UK_999.text, ("999",), (bad,))


@pytest.mark.parametrize(
    ("number", "region"),
    [
        ("18222", "HK"),
        ("159", "GB"),
        ("1799", "SG"),
        ("999", "GB"),
        ("110", "CN"),
        ("165", "TW"),
        ("96110", "CN"),
        ("0300 123 2040", "GB"),
        ("+44-20-72998439", "GB"),
        ("001-613-5621616", "CA"),
        ("0061-02-62283948", "AU"),
    ],
)
def test_the_check_accepts_real_numbers(number, region):
    assert problem(number, region) is None


@pytest.mark.parametrize(
    ("number", "region"),
    [
        ("12345", "GB"),
        ("18222", "GB"),
        ("1799", "US"),
        ("0300 123", "GB"),
        ("+44-20-1234", "GB"),
        ("+1-202-4952216", "GB"),
        ("#9110", "JP"),
    ],
)
def test_the_check_refuses_numbers_not_valid_for_their_region(number, region):
    assert problem(number, region) is not None


def test_every_number_is_valid_for_its_region():
    found = set()
    for region, entry in ALL_LINES:
        code = BY_KEY[region].code
        for number in entry.numbers:
            reason = problem(number, code)
            if (region, number) in UNKNOWN_TO_PHONENUMBERS:
                assert reason is not None, f"phonenumbers now knows {number} in {code}: drop it from the list"
                found.add((region, number))
            else:
                assert reason is None, (region, number, reason)
    assert found == UNKNOWN_TO_PHONENUMBERS


def test_hrefs_are_e164_for_full_numbers_and_short_codes_as_they_are():
    assert href("159", "GB") == "tel:159" and href("7726", "GB") == "tel:7726" and href("999", "GB") == "tel:999"
    assert href("18222", "HK") == "tel:18222" and href("1799", "SG") == "tel:1799" and href("165", "TW") == "tel:165"
    assert href("#9110", "JP") == "tel:%239110"
    assert href("0300 123 2040", "GB") == "tel:+443001232040"
    assert href("+44-20-72998439", "GB") == "tel:+442072998439"
    assert href("0061-02-62283948", "AU") == "tel:+61262283948"
    assert href("02-755-0572", "KR") == "tel:+8227550572"
    assert href("+86-10-12308", "GB") == "tel:+861012308"


SCRIPT = "您涉嫌洗钱，请配合调查"


@pytest.mark.parametrize(
    ("where", "lang", "expected"),
    [
        (
            "GB",
            "en",
            {
                "159": "tel:159",
                "999": "tel:999",
                "101": "tel:101",
                "0300 123 2040": "tel:+443001232040",
                "7726": "tel:7726",
                "+44-20-72998439": "tel:+442072998439",
                "+86-10-12308": "tel:+861012308",
            },
        ),
        ("HK", "zh-Hant", {"2860 5012": "tel:+85228605012", "999": "tel:999", "18222": "tel:18222"}),
        (
            "US",
            "en",
            {
                "911": "tel:911",
                "1-877-382-4357": "tel:+18773824357",
                "7726": "tel:7726",
                "+1-202-4952216": "tel:+12024952216",
            },
        ),
    ],
)
def test_a_danger_verdict_gives_the_regions_lines_bank_first_as_tap_to_call(where, lang, expected):
    result = checker.result("+44 20 7946 0958", text=SCRIPT, where=where, lang=lang)
    assert result["risk"] == "danger"
    links = {
        text[start:end]: link
        for text, spans in zip(result["advice"], result["dial"], strict=True)
        for start, end, link in spans
    }
    assert expected.items() <= links.items()
    row = [entry.text[lang] for entry in CONTACTS[where.lower()].lines]
    assert result["advice"][-len(row) :] == row  # the row, in its order: the bank first
    assert CONTACTS[where.lower()].lines[0].role == "bank"
    assert not any("所在地警方" in item or "local police at once" in item for item in result["advice"])


def test_a_region_without_a_row_says_so_and_falls_back_to_12308_and_the_local_police():
    for lang in CODES:
        result = checker.result("+86 10 12308", where="ID", lang=lang)
        note = NO_ROW[lang].format(region=BY_KEY["id"].name[lang])
        assert note in result["advice"]
        spans = result["dial"][result["advice"].index(note)]
        assert [note[s:e] for s, e, _ in spans] == ["+86-10-12308"]


def test_advice_in_mainland_china_and_somewhere_else_is_unchanged_by_the_rows():
    for where in ("cn", "abroad"):
        result = checker.result("+44 20 7946 0958", text=SCRIPT, where=where, lang="en")
        assert not any("999" in item or "159" in item for item in result["advice"])


def test_a_verdict_that_is_no_warning_gives_no_row():
    result = checker.result("020 7946 0000", where="GB", lang="en")
    assert result["risk"] == "unknown" and result["rules"] == ["local-number"]
    assert not any("999" in item for item in result["advice"])


def test_every_text_of_every_line_exists_in_every_language():
    for row in CONTACTS.values():
        for entry in row.lines:
            for lang in CODES:
                text = entry.text[lang]
                assert all(number in text for number in entry.numbers), (lang, text)
        if row.missing is not None:
            assert all(row.missing[lang] for lang in CODES)


def test_passages_are_passages():
    assert all(isinstance(entry.advisory, Passage) for _, entry in ALL_LINES if entry.advisory is not None)


@pytest.mark.parametrize("lang", CODES)
def test_the_table_for_the_page_card_and_widget_is_plain_data_with_links(lang):
    import json

    from checker.contacts import table

    rows = table(lang)
    assert [row["key"] for row in rows] == [region.key for region in REGIONS]
    json.dumps(rows)
    gb = next(row for row in rows if row["key"] == "gb")
    assert gb["lines"][0]["role"] == "bank" and all(line["sources"] for line in gb["lines"])
    links = {line["text"][s:e]: link for line in gb["lines"] for s, e, link in line["dial"]}
    assert links["159"] == "tel:159" and links["0300 123 2040"] == "tel:+443001232040"
    indonesia = next(row for row in rows if row["key"] == "id")
    assert indonesia["lines"] == [] and "+86-10-12308" in indonesia["missing"]


def test_the_advisory_passages_are_quoted_from_the_original_in_its_script():
    from checker.contacts import table

    def passages(lang):
        return [
            source for row in table(lang) for line in row["lines"] for source in line["sources"] if "advisory" in source
        ]

    hant, hans = passages("zh-Hant"), passages("zh")
    assert hant and len(hant) == len(hans)
    for traditional, simplified in zip(hant, hans, strict=True):
        assert simplified["quote_lang"] == "zh-Hans" and traditional["quote_lang"] == "zh-Hant"
        original = (ADVISORY / f"{traditional['advisory']}.zh-Hant.txt").read_text(encoding="utf-8").replace("\n", "")
        assert traditional["quote"] in original and traditional["quote"] != simplified["quote"]
