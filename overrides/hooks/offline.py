"""MkDocs hook: fill in the service worker (overrides/sw.js) with this build's version and files
(postbuild/offline.py, which says what it holds)."""

from __future__ import annotations

from pathlib import Path

from mkdocs.plugins import event_priority

from postbuild.offline import SERVICE_WORKER, write


def theme_source(config) -> Path:
    """sw.js in the theme (overrides/sw.js): the site's copy may have been filled in already, by
    this hook in the i18n plugin's build of another language."""
    for directory in config.theme.dirs:
        if (path := Path(directory) / SERVICE_WORKER).is_file():
            return path
    raise SystemExit(f"the theme has no {SERVICE_WORKER}")


# Last of all: the version hashes every file of the site, so every file must be written, the
# checker's assets (checker_assets.py) and the search index included. The i18n plugin's
# on_post_build (-100) builds the other languages, running this hook in each, and then rewrites
# the search index for all of them; this build's run comes after that.
@event_priority(-200)
def on_post_build(config):
    write(Path(config.site_dir), theme_source(config), config.extra["checker"])
