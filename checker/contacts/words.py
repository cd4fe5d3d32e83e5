"""The words of the who-to-call page (docs/who-to-call.*.md, overrides/partials/contacts.html):
what each kind of line is for, and the page's labels. The lines themselves are the rows'."""

from __future__ import annotations

from ..languages import Phrase
from .line import ADVICE, BANK, EMBASSY, EMERGENCY, HOME, REPORT, TEXTS

# What a line is for, as its label on the page: the bank first, for anyone who has paid.
ROLE_LABELS = {
    BANK: Phrase("已经付了钱", "If you have paid"),
    EMERGENCY: Phrase("报警", "Police"),
    REPORT: Phrase("报告诈骗", "Report the fraud"),
    ADVICE: Phrase("拿不准时咨询", "Not sure? Ask"),
    TEXTS: Phrase("诈骗短信", "Scam texts"),
    EMBASSY: Phrase("领事协助", "Consular help"),
    HOME: Phrase("钱是通过中国大陆的银行付的", "Money paid through a bank in mainland China"),
}

PAGE = {
    "sources": Phrase("来源", "Sources"),
    "jump": Phrase("跳到你所在的地方", "Go to where you are"),
    "missing": Phrase("没有列出的，和原因", "Not listed, and why"),
    "elsewhere": Phrase(
        "你所在的国家或地区不在上面：请向当地警方报案；需要领事协助，可拨打外交部全球领事保护与服务应急热线"
        "（24 小时）+86-10-12308。",
        "If where you are is not listed above: report it to the local police; for consular help, call the "
        "Foreign Ministry's global consular protection hotline (24 hours), +86-10-12308.",
    ),
}
