"""The numbers the advice tells a reader to dial, and where a text names them: the widget makes
each a tap-to-call (tel:) link, so the page needs no list of its own. The lines of who to call in
each region (checker/contacts/) name their own numbers, found with find()."""

from __future__ import annotations

import re

# As the advice writes them: the 12308 hotline from abroad, and the police and their anti-fraud line in
# mainland China.
NUMBERS = ("+86-10-12308", "110", "96110")
# A number counts on its own only, not as part of a longer one ("1104", "0110").
_FOUND = re.compile("|".join(rf"(?<![0-9-]){re.escape(number)}(?![0-9])" for number in NUMBERS))


def href(number: str) -> str:
    """What a phone dials for ``number`` as the advice writes it: "tel:+861012308"."""
    return "tel:" + number.replace("-", "")


def spans(text: str) -> tuple[tuple[int, int, str], ...]:
    """Each number to dial in ``text``, in order: (start, end, href), offsets as str indices."""
    return tuple((found.start(), found.end(), href(found.group())) for found in _FOUND.finditer(text))


def find(text: str, numbers: dict[str, str]) -> tuple[tuple[int, int, str], ...]:
    """Each of ``numbers`` (as written → its href) in ``text``, on its own only (not inside a longer
    number: "95588" in "+8695588" is no link), in order: (start, end, href)."""
    found = []
    for number, link in numbers.items():
        pattern = rf"(?<![0-9+#-]){re.escape(number)}(?![0-9])"
        found += [(match.start(), match.end(), link) for match in re.finditer(pattern, text)]
    found.sort()
    # A number inside another one that is listed ("110" in "#9110") is not a link of its own.
    kept: list[tuple[int, int, str]] = []
    for span in found:
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return tuple(kept)
