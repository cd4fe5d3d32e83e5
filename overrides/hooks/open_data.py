"""MkDocs hook: the rule table as open data, rules.json and rules.schema.json at the site's root.

checker.open_data makes both from checker.RULES (one source; the package makes the same), and
the rule table links them (partials/rules.html). This hook only writes them: another generator
can do the same after its build with checker.open_data.write(site_dir, site_url).
"""

from __future__ import annotations

from pathlib import Path

from checker import open_data


# At the default priority, before offline.py's (-200), whose service worker hashes every file.
# The i18n plugin runs this once per language, into the same site; open_data.files() is made once.
def on_post_build(config):
    open_data.write(Path(config.site_dir), config.site_url)
