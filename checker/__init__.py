"""反诈来电指南 · Anti-Fraud Call Guide: the advisory's rules about calls and texts, as data.

>>> import checker
>>> checker.check("4008001234").risk
'danger'
"""

from . import ui  # noqa: F401  (the UI's Phrases exist once checker is imported: `make traditional` reads them)
from .languages import LANGUAGES, StaleTranslation
from .refusal import InvalidInput, InvalidNumber
from .result import RISK_ICONS, RISK_LABELS, result, result_json, verdict_dict
from .rule import RISKS, Rule
from .rules import RULES, RULES_BY_ID
from .verdict import Verdict, check

__version__ = "0.1.0"

__all__ = [
    "LANGUAGES",
    "RISKS",
    "RISK_ICONS",
    "RISK_LABELS",
    "RULES",
    "RULES_BY_ID",
    "InvalidInput",
    "InvalidNumber",
    "Rule",
    "StaleTranslation",
    "Verdict",
    "__version__",
    "check",
    "result",
    "result_json",
    "verdict_dict",
]
