"""MkDocs hook: the rule table as open data, rules.json and rules.schema.json at the site's root.

checker.open_data makes both from checker.RULES (one source; the package makes the same), and
the rule table links them (partials/rules.html). This hook only writes them: another generator
can do the same after its build with checker.open_data.write(site_dir, site_url).
"""

from __future__ import annotations

import functools
from pathlib import Path

from checker import open_data

# The i18n plugin runs this once per language, into the same site: make the files once.
_files = functools.cache(open_data.files)


# At the default priority, before offline.py's (-200), whose service worker hashes every file.
def on_post_build(config):
    for name, text in _files(config.site_url).items():
        (Path(config.site_dir) / name).write_text(text, encoding="utf-8")
