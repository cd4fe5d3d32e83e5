"""The marks of scam messages, as data: what is said, found by a pattern.

A message is read folded (text.fold): NFKC, lower case, and Traditional characters in their
Simplified forms, so every pattern is written in Simplified Chinese and English only, and
Traditional input (Hong Kong's 我係, 請按, 短訊 among it) meets the same marks.

Three groups, each mark named by the rules that use it (checker/rules/):
- SCRIPTS: lines that police or the notice call a scam on their own ("转到安全账户").
- PRETEXTS: who the sender claims to be, or what the message is about ("我是公安局的", "退款").
  Genuine messages and the news say these too, so a pretext alone decides nothing.
- DEMANDS: what the message asks of you ("转到这个卡上", "下载 App", "加 QQ"). A kind of fraud
  (rules/kinds_*.py) is a pretext with one of the demands its sources name.
"""

from __future__ import annotations

from .demands import DEMAND_MARKS
from .mark import DEMAND, GROUPS, PRETEXT, SCRIPT, Mark
from .pretexts import PRETEXT_MARKS
from .scripts import SCRIPT_MARKS

__all__ = ["BY_ID", "DEMAND", "GROUPS", "IN_GROUP", "MARKS", "NOTICE_MARKS", "PRETEXT", "SCRIPT", "Mark"]

MARKS: tuple[Mark, ...] = SCRIPT_MARKS + PRETEXT_MARKS + DEMAND_MARKS

BY_ID = {mark.id: mark for mark in MARKS}
if len(BY_ID) != len(MARKS) or any(mark.group not in GROUPS for mark in MARKS):
    raise RuntimeError("every mark needs its own id and a known group")
IN_GROUP = {group: tuple(mark.id for mark in MARKS if mark.group == group) for group in GROUPS}
# The notice's script: the rule that quotes it uses these seven.
NOTICE_MARKS = IN_GROUP[SCRIPT][:7]
