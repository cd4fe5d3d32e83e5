"""The public sources the rules beyond the advisory rest on: who said it, when, where, in their words.

Police, banks, carriers, MIIT and embassies only; a regulator, consumer body or newspaper only
backs one of those up, and the rule table says so. Many pages survive only as reposts: the
publisher names the paper that reported it, and the URL is the copy the quote was read in.
"""

from __future__ import annotations

from .aftermath import *  # noqa: F403
from .kinds import *  # noqa: F403
from .kinds_abroad import *  # noqa: F403
from .numbers import *  # noqa: F403
from .scripts import *  # noqa: F403
