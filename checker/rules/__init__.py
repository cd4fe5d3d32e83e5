"""The rule table: every rule of the advisory, and every rule beyond it, as data.

This table is the one source for the checker, the site's rules page, the widget's
explanations and the tests (each rule's ``matches`` and ``misses`` are run). Rule ids
are public: the site links to ``<page>/#<id>`` and the widget reports them.

The advisory is two texts (advisory/README.md): the Consular Protection Center's notice
(NOTICE) and the tips its republisher added (TIPS); each quote names which. Rules beyond
the advisory cite public police, bank, carrier, MIIT or embassy notices (checker/sources/).

The order of RULES is the table's: verdicts break ties by it.
"""

from __future__ import annotations

from ..rule import Rule, check_table
from .advisory_numbers import ADVISORY_NUMBERS
from .advisory_warnings import ADVISORY_WARNINGS
from .demands import demands
from .imitations import IMITATIONS
from .kinds_everyday import KINDS_EVERYDAY
from .kinds_officials import KINDS_OFFICIALS
from .lures import LURES
from .numbers import NUMBERS
from .scripts import SCRIPTS

__all__ = ["ADVISORY", "BEYOND", "DEMANDS", "KINDS", "RULES", "RULES_BY_ID"]

# The notice of 19 January 2026 (NOTICE) and the tips its republisher added (TIPS).
ADVISORY: tuple[Rule, ...] = ADVISORY_NUMBERS + ADVISORY_WARNINGS
# Beyond the advisory (本站补充): numbers, the scripts police warn about most, and the kinds of fraud.
BEYOND: tuple[Rule, ...] = NUMBERS + IMITATIONS + SCRIPTS + LURES
KINDS: tuple[Rule, ...] = KINDS_OFFICIALS + KINDS_EVERYDAY
# A demand alone stands down where a script or a kind says better what the message is.
DEMANDS = demands(
    stand_down=tuple(
        rule.id for rule in ADVISORY + BEYOND + KINDS if rule.text in ("red-flags", "scheme", "link-or-marks")
    )
)
RULES: tuple[Rule, ...] = ADVISORY + BEYOND + KINDS + DEMANDS

check_table(RULES)
RULES_BY_ID: dict[str, Rule] = {rule.id: rule for rule in RULES}
