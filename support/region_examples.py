"""Examples, in the rule table's style, for every region a reader may be in (checker.regions): a
local mobile, landline and toll-free number as that region's phones show them, a +86 mobile, +86
95588, 12308 shown both ways, and a content scam, each with the verdict it gets. The local numbers
are phonenumbers' own examples for the region (or the issue's), so each is valid there.
tests/test_regions.py runs them in CPython and tests/test_pyodide_parity.py in Pyodide."""

from __future__ import annotations

from checker.rule import Example

# Per region: (local mobile, local landline, local toll-free), in national format.
LOCAL = {
    "HK": ("5123 4567", "2123 4567", "800 123 456"),
    "MO": ("6612 3456", "2821 2345", "0800 501"),
    "TW": ("0912 345 678", "02 2123 4567", "080 012 3456"),
    "AU": ("0412 345 678", "(02) 1234 5678", "1800 123 456"),
    "CA": ("(506) 234-5678", "(604) 555-0199", "(800) 212-3456"),
    "FR": ("06 12 34 56 78", "01 23 45 67 89", "0 801 23 45 67"),
    "DE": ("01512 3456789", "030 123456", "0800 1234567890"),
    "ID": ("0812-345-678", "(021) 8350123", "0800 1234567"),
    "IE": ("085 012 3456", "(022) 12345", "1800 123 456"),
    "IT": ("312 345 6789", "02 1234 5678", "800 123 456"),
    "JP": ("090-1234-5678", "03-1234-5678", "0120-123-456"),
    "MY": ("012-345 6789", "03-2385 6789", "1-800-12-3456"),
    "NL": ("06 12345678", "010 123 4567", "0800 1234"),
    "NZ": ("021 123 4567", "03 234 5678", "0800 123 456"),
    "PH": ("0905 123 4567", "(02) 3234 5678", "1800 1 234 5678"),
    "RU": ("8 (912) 345-67-89", "8 (301) 123-45-67", "8 (800) 123-45-67"),
    "SG": ("8123 4567", "6123 4567", "1800 123 4567"),
    "KR": ("010-2000-0000", "02-212-3456", "080-123-4567"),
    "ES": ("612 34 56 78", "810 12 34 56", "800 123 456"),
    "TH": ("081 234 5678", "02 123 4567", "1800 123 456"),
    "AE": ("050 123 4567", "02 234 5678", "800 123456"),
    "GB": ("07400 123456", "020 7946 0000", "0800 123 4567"),
    "US": ("(201) 555-0123", "(212) 555-0147", "800 555 0199"),
    "VN": ("0912 345 678", "0210 1234 567", "1800 123456"),
}
SCAM_TEXT = "您涉嫌洗钱，请配合调查"
# What each kind of example is, and what it gets from a reader outside mainland China.
KINDS = (
    ("local mobile", "unknown", ("local-number",)),
    ("local landline", "unknown", ("local-number",)),
    ("local toll-free", "unknown", ("local-number",)),
    ("+86 mobile", "unknown", ()),
    ("+86 95588", "caution", ("roaming-service-number",)),
    ("+86 10 12308", "danger", ("hotline-12308",)),
    ("12308", "danger", ("hotline-12308",)),
    ("content scam", "danger", ("script-red-flags", "local-number")),
)


def _examples(code: str) -> tuple[Example, ...]:
    mobile, landline, toll_free = LOCAL[code]
    numbers = (mobile, landline, toll_free, "+86 138 1234 5678", "+86 95588", "+86 10 12308", "12308")
    return (*(Example(number, where=code) for number in numbers), Example(mobile, "call", SCAM_TEXT, code))


# (region, kind, example, risk, rules) for every region outside mainland China, then mainland China's.
REGION_EXAMPLES: tuple[tuple[str, str, Example, str, tuple[str, ...]], ...] = (
    *(
        (code, kind, example, risk, rules)
        for code in LOCAL
        for (kind, risk, rules), example in zip(KINDS, _examples(code), strict=True)
    ),
    ("CN", "local mobile", Example("138 1234 5678", where="CN"), "unknown", ()),
    ("CN", "local landline", Example("010 1234 5678", where="CN"), "unknown", ()),
    ("CN", "local toll-free", Example("800 123 4567", where="CN"), "caution", ("prefix-800",)),
    ("CN", "+86 mobile", Example("+86 138 1234 5678", where="CN"), "caution", ("cn-international-prefix",)),
    ("CN", "+86 95588", Example("+86 95588", where="CN"), "danger", ("spoofed-service-number",)),
    ("CN", "+86 10 12308", Example("+86 10 12308", where="CN"), "danger", ("hotline-12308",)),
    ("CN", "12308", Example("12308", where="CN"), "danger", ("hotline-12308",)),
    ("CN", "content scam", Example("138 1234 5678", "call", SCAM_TEXT, "CN"), "danger", ("script-red-flags",)),
)
