"""MkDocs hook: the site's languages are checker.languages.LANGUAGES, in its order.

mkdocs.yml must list them for the i18n plugin (which requires each one's name there); this
hook stops the build when that list says anything else, and gives the templates each
language's lang attribute (the switcher marks every language's name with its own).
"""

from __future__ import annotations

from mkdocs.exceptions import PluginError

from checker.languages import DEFAULT, LANGUAGES


def on_config(config):
    listed = [
        (entry["locale"], entry["name"], bool(entry["default"])) for entry in config.plugins["i18n"].config.languages
    ]
    expected = [(language.code, language.name, language.code == DEFAULT) for language in LANGUAGES]
    if listed != expected:
        raise PluginError(f"mkdocs.yml's i18n languages must be {expected} (checker/languages.py), not {listed}")
    config.extra["html_lang"] = {language.code: language.html for language in LANGUAGES}
    return config
