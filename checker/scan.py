"""Searching for marks fast, with the same result as searching for each mark's whole pattern.

A mark's pattern is searched as up to two: its alternatives that begin with a Han character, and
the others (English, numbers). A regex skips ahead at once to a character that an alternation of
literals can begin with, but tries every position for one that begins with \\b or an optional
group. And each part knows the characters its matches can begin with: a text with none of them is
not searched at all, which is most parts for most messages (tests/test_text.py holds that the
result is the whole pattern's).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from re import _constants as sre  # the parser's own names for what a pattern is made of
from re import _parser

# A character class wider than this is no filter worth keeping.
_WIDEST_CLASS = 256


def _alternatives(pattern: str) -> list[str]:
    """``pattern``'s top-level alternatives: split at each "|" outside groups and classes."""
    alternatives, depth, in_class, start, i = [], 0, False, 0, 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 1
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            i += pattern.startswith("]", i + 1) or pattern.startswith("^]", i + 1) * 2
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and not depth:
            alternatives.append(pattern[start:i])
            start = i + 1
        i += 1
    return [*alternatives, pattern[start:]]


def _first_characters(items) -> set[str] | None:
    """The characters a match of the parsed ``items`` can begin with; None where it could be any
    (or where the pattern is of a shape this does not read: then the part is always searched)."""
    found: set[str] = set()
    for op, arg in items:
        if op is sre.LITERAL:
            return found | {chr(arg)}
        if op is sre.IN:
            for kind, value in arg:
                if kind is sre.LITERAL:
                    found.add(chr(value))
                elif kind is sre.RANGE and value[1] - value[0] < _WIDEST_CLASS:
                    found.update(map(chr, range(value[0], value[1] + 1)))
                else:
                    return None
            return found
        if op is sre.BRANCH:
            for branch in arg[1]:
                first = _first_characters(branch)
                if first is None:
                    return None
                found |= first
            return found
        if op is sre.SUBPATTERN:
            first = _first_characters(arg[-1])
            return None if first is None else found | first
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            least, _, item = arg
            first = _first_characters(item)
            if first is None:
                return None
            found |= first
            if least:
                return found
            continue  # it may match nothing: what follows may come first
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # zero-width
        return None
    return None


def _firsts(pattern: str) -> frozenset[str] | None:
    try:
        first = _first_characters(list(_parser.parse(pattern)))
    except Exception:  # a private parser that changed shape costs speed, never a result
        return None
    return None if first is None else frozenset(first)


def _is_word(char: str) -> bool:
    """What \\w matches in a str pattern."""
    return char.isalnum() or char == "_"


# A part: its pattern, the characters its matches begin with (None: any), and whether each match
# must also begin a word (its alternatives' leading \b, checked here, not by the regex).
Part = tuple[re.Pattern[str], frozenset[str] | None, bool]


def parts(pattern: str) -> tuple[Part, ...]:
    """``pattern`` as the parts to search: the alternatives whose matches all begin with a
    character outside ASCII (Han); those that begin with \\b and then a word character, without
    the \\b (which then only says the character before is none); and the others."""
    alternatives = _alternatives(pattern)
    if "|".join(alternatives) != pattern:
        raise RuntimeError(f"cannot split {pattern!r}")
    groups: dict[str, list[tuple[str, frozenset[str] | None]]] = {"han": [], "other": [], "bounded": []}
    for alternative in alternatives:
        first = _firsts(alternative)  # a leading \b matches no character: the same as without it
        if first and not any(char.isascii() for char in first):
            groups["han"].append((alternative, first))
        elif first and alternative.startswith("\\b") and all(map(_is_word, first)):
            groups["bounded"].append((alternative[2:], first))
        else:
            groups["other"].append((alternative, first))
    return tuple(
        (re.compile("|".join(source for source, _ in group)), _union(first for _, first in group), name == "bounded")
        for name, group in groups.items()
        if group
    )


def _union(sets) -> frozenset[str] | None:
    sets = list(sets)
    return None if None in sets else frozenset().union(*sets)


def found(
    parts_: tuple[Part, ...], text: str, characters: frozenset[str], warned: Callable[[int, str], bool], kind: str
) -> bool:
    """Whether a match of the parts begins in ``text`` (whose ``characters`` are given) where
    ``warned(start, kind)`` is false. A loop, not generators: it runs for every mark of every text."""
    for pattern, first, word in parts_:
        if first is not None and first.isdisjoint(characters):
            continue
        position = 0
        while (match := pattern.search(text, position)) is not None:
            start = match.start()
            if word and start and _is_word(text[start - 1]):
                position = start + 1  # inside a word: a match may still begin at the next character
            elif not warned(start, kind):
                return True
            else:
                position = max(match.end(), start + 1)
    return False
