"""MkDocs hook: the site as an installable app with link previews. webapp/ does the work; this
fills its App from mkdocs.yml, checker/languages.py and checker/ui.py, gives each page its
manifest and tags (overrides/partials/app.html), and writes the files into the site."""

from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

import webapp
from checker.languages import BY_CODE, CODES, localized
from checker.ui import APP
from webapp import icons, share

KEY = "webapp"  # this build's App and its rendered files, on the config


# After traditional.py's (0), which names the zh-Hant site, and before the i18n plugin's (-100).
@event_priority(-50)
def on_config(config):
    # Once, in the default language's build: the i18n plugin runs every hook's on_config again
    # in each other language's, with that language's site_name already set on the config.
    if KEY in config:
        return config
    root = Path(config.config_file_path).parent
    entries = {entry["locale"]: entry for entry in config.plugins["i18n"].config.languages}
    languages = []
    for code in CODES:
        entry, language, words = entries[code], BY_CODE[code], localized(APP, code)
        name = entry["site_name"] or config.site_name
        # Chinese runs the picture's lines into one with no space; English with one.
        promise = ("" if language.script in ("Hans", "Hant") else " ").join(words["promise"].splitlines())
        languages.append(
            webapp.Language(
                code=code,
                prefix=entry["link"].lstrip("/"),
                html=language.html,
                locale=language.locale,
                name=name,
                short_name=words["short_name"],
                description=entry["site_description"] or config.site_description,
                promise=words["promise"],
                image_alt=words["image_alt"].replace("{name}", name).replace("{promise}", promise),
                script=language.script,
            )
        )
    site_url = config.site_url if config.site_url.endswith("/") else config.site_url + "/"
    app = webapp.App(
        site_url,
        root / "overrides" / "assets" / "icon.svg",
        root / "overrides" / "assets" / "site.css",
        tuple(languages),
    )
    try:
        config[KEY] = (app, webapp.files(app))
    except share.MissingFont as error:
        raise PluginError(str(error)) from None
    colours = webapp.palette(app.css.read_text(encoding="utf-8"))
    config.extra["app"] = {"theme_color": colours["theme"], "apple_touch_icon": icons.APPLE_TOUCH_ICON}
    return config


def on_page_context(context, page, config, nav):
    app, _ = config[KEY]
    language = app.language(page.file.locale)
    page.meta["app"] = {
        "manifest": language.prefix + webapp.MANIFEST,
        "tags": webapp.tags(
            app, language.code, title=page.title, description=page.meta.get("description"), url=page.canonical_url
        ),
    }
    return context


# After the i18n plugin's (-100), which builds the other languages, and before offline.py's
# (-200), whose version and digests must count these files.
@event_priority(-150)
def on_post_build(config):
    webapp.write(Path(config.site_dir), config[KEY][1])
