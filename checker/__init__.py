"""反诈来电指南 · Anti-Fraud Call Guide: the advisory's rules about calls and texts, as data.

    >>> import checker
    >>> checker.check("4008001234").risk
    'danger'
"""

from .errors import InvalidInput, InvalidNumber
from .rule import RISKS, Rule
from .result import result, result_json
from .rules import RULES, RULES_BY_ID
from .verdict import RISK_ICONS, RISK_LABELS, Verdict, check

__version__ = "0.1.0"

__all__ = [
    "RISKS",
    "RISK_ICONS",
    "RISK_LABELS",
    "RULES",
    "RULES_BY_ID",
    "InvalidInput",
    "InvalidNumber",
    "Rule",
    "Verdict",
    "__version__",
    "check",
    "result",
    "result_json",
]
