"""The service numbers scammers imitate most: what the lookalike rules compare a number with.

Only numbers whose owners publish them as their own customer-service or public line, and that
public warnings name as imitated, or that the advisory names.
"""

from __future__ import annotations

# The big banks' customer-service numbers (all 955xx): ICBC, ABC, BOC, CCB, BoCom, CMB, CITIC,
# CEB, CMBC, SPDB, CIB, Hua Xia, CGB, Ping An, PSBC.
BANKS = (
    "95588",
    "95599",
    "95566",
    "95533",
    "95559",
    "95555",
    "95558",
    "95595",
    "95568",
    "95528",
    "95561",
    "95577",
    "95508",
    "95511",
    "95580",
)
# China Mobile, China Unicom, China Telecom.
CARRIERS = ("10086", "10010", "10000")
# Police emergency, the consumer complaint line, the consular hotline, the anti-fraud warning
# text and call lines.
PUBLIC = ("110", "12315", "12308", "12381", "96110")

KNOWN = BANKS + CARRIERS + PUBLIC
