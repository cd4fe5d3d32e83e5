"""The shape of a mark, its groups, and the pattern pieces several marks are built from."""

from __future__ import annotations

from dataclasses import dataclass

from ..languages import Phrase

SCRIPT, PRETEXT, DEMAND = "script", "pretext", "demand"
GROUPS = (SCRIPT, PRETEXT, DEMAND)

# Banks as Chinese texts name them, alone or by their short names, and the rural credit unions.
BANK = (
    r"银行|工行|农行|建行|中行|交行|招行|邮政|邮储|信用社|农信|农商|工商|农业|建设|浦发|兴业|民生|光大|中信|华夏|广发"
)
# A card or account number: 12 or more digits, written in groups (with spaces, commas, stops or
# hyphens between) or masked (6222 **** 1234, xxxx), read from its first digit only, so a long run
# of digits is read once, not once per digit.
GAP = r"[ \t,，。.-]"
# (The first digit comes before the look-behinds that check what precedes it, so a regex can skip
# ahead to a digit.)
CARD = (
    rf"[0-9x*](?<![0-9x*][0-9x*])(?<![0-9x*]{GAP}[0-9x*])(?<![0-9x*]{GAP}{{2}}[0-9x*])"
    rf"(?<![0-9x*]{GAP}{{3}}[0-9x*])(?:{GAP}{{0,3}}[0-9x*]){{11,}}"
)
# A sentence or clause: marks look no further than this for the words they join.
NEAR = r"[^。！？!?；;，,\n]"


@dataclass(frozen=True, slots=True)
class Mark:
    id: str
    group: str
    name: Phrase  # what it says, as a rule's decision names it: "要你的验证码或密码"
    pattern: str
