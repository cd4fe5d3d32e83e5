"""反诈来电指南 · Anti-Fraud Call Guide: the advisory's rules about calls and texts, as data.

    >>> import checker
    >>> checker.check("4008001234").risk
    'danger'
"""

from .errors import InvalidInput, InvalidNumber
from .languages import LANGUAGES
from .result import RISK_ICONS, RISK_LABELS, result, result_json
from .rule import RISKS, Rule
from .rules import RULES, RULES_BY_ID
from .verdict import Verdict, check

__version__ = "0.1.0"

__all__ = [
    "RISKS",
    "RISK_ICONS",
    "RISK_LABELS",
    "RULES",
    "RULES_BY_ID",
    "InvalidInput",
    "InvalidNumber",
    "LANGUAGES",
    "Rule",
    "Verdict",
    "__version__",
    "check",
    "result",
    "result_json",
]
