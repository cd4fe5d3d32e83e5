"""MkDocs hook: put the checker, bundled by bundler/, into the site, and its widget on the pages
that ask for it with ``<!-- checker:widget -->`` (or ``<!-- checker:widget compact -->``, which
loads only once the reader starts using it): the form in partials/checker-form.html.

The page gets ONE configuration object (bundler/bundle.py describes it), written into the head
as JSON by overrides/main.html, and hands that same object to the worker. Nothing is kept
between builds: the bundle lives on the config of the build that made it.
"""

from __future__ import annotations

from pathlib import Path

import bundler
from checker.languages import BY_CODE, localized
from checker.refusal import resolve
from checker.regions import MAINLAND, REGIONS, ZONES, capitalised
from checker.ui import WIDGET
from postbuild import assets

KEY = "checker_bundle"  # where on the config this build's Bundle lives
STARTS = "checker_starts"  # the URLs of the pages that start the checker at once (the Check pages)
# Whether this process is `mkdocs serve`, where pages change on every save and a service worker
# would keep serving old ones. MkDocs says so once, before the first build: the process's
# command, the one thing a build cannot see and that no rebuild can make stale.
serving = False


def on_startup(command, dirty):
    global serving
    serving = command == "serve"


def on_config(config):
    root = Path(config.config_file_path).parent
    config[KEY] = bundled = bundler.bundle(root, config.site_url, service_worker=not serving)
    config.extra["checker"] = bundled.config
    config[STARTS] = set()
    return config


def on_files(files, config):
    # The theme copies every file of custom_dir into the site: not the hooks.
    for file in [file for file in files if file.src_uri.startswith("hooks/")]:
        files.remove(file)
    return files


def widget(argument, page, config):
    if argument not in ("", "compact"):
        raise ValueError("it takes nothing or `compact`")
    compact = argument == "compact"
    lang = resolve(page.file.locale)
    # Directory URLs: a page at "en/check/" is one level below its language's root ("en/"),
    # where the pages the form links to are.
    root = _root(page)
    home = "../" * page.url.removeprefix(_languages(config)[page.file.locale].lstrip("/")).count("/")
    checker = config.extra["checker"]
    version = checker["version"]
    earlier = page.meta.get("checker")
    if not compact:
        config[STARTS].add(page.url)
    # For the head (overrides/main.html). The compact form (Home) loads the checker only once
    # the reader starts using it: the page waits if all its forms are compact.
    lazy = compact and (earlier is None or earlier["config"]["lazy"])
    page.meta["checker"] = {
        "css": f"{root}assets/checker/widget.css?v={version}",
        "features": f"{root}assets/checker/features.js?v={version}",
        "client": f"{root}assets/checker/client.js?v={version}",
        "answers": f"{root}assets/checker/answers.js?v={version}",
        "widget": f"{root}assets/checker/widget.js?v={version}",
        "config": {
            **checker,
            "rootURL": root or "./",
            "lazy": lazy,
        },
        # Where the checker starts at once, the stored answers (bundler/answers.py) a first check
        # most likely needs, fetched with the page: of its language, for mainland China, the
        # place the form starts at.
        "preload": None if lazy else f"{root}{checker['answers']['baseURL']}{lang}/{MAINLAND}.json",
    }
    size = f"{checker['download'] / 1e6:.1f}"
    strings = {key: text.replace("{size}", size) for key, text in localized(WIDGET, lang).items()}
    template = config.theme.get_env().get_template("partials/checker-form.html")
    regions = [(region.key, capitalised(region.name[lang], article=False)) for region in REGIONS]
    voices = BY_CODE[lang].voices
    return template.render(
        lang=lang, t=strings, compact=compact, home=home, regions=regions, zones=ZONES, voices=voices
    )


# Template context comes after every page's Markdown (where widget() runs), so every Check page is known.
def on_page_context(context, page, config, nav):
    """Pages that do not start the checker themselves (articles, and Home, whose form waits to be
    used) get overrides/assets/checker/intent.js, which fetches the runtime into the HTTP cache
    once the reader points at, focuses or touches a link to a Check page."""
    checker = page.meta.get("checker")
    if checker and not checker["config"]["lazy"]:
        return context
    root = _root(page)
    bundled = config.extra["checker"]
    page.meta["intent"] = {
        "script": f"{root}assets/checker/intent.js?v={bundled['version']}",
        "config": {"rootURL": root or "./", "checkURLs": sorted(config[STARTS]), "preload": bundled["preload"]},
    }
    return context


def _root(page) -> str:
    """The site root relative to a page's directory URL: "../../" from "en/check/"."""
    return "../" * page.url.count("/")


def _languages(config) -> dict[str, str]:
    """Each language's root, as the i18n plugin links it: {"zh": "/", "en": "/en/"}."""
    return {language["locale"]: language["link"] for language in config.plugins["i18n"].config.languages}


# The markers this hook expands (overrides/hooks/markers.py finds them and calls these).
MARKERS = {"widget": widget}


def on_post_build(config):
    assets.copy(Path(config.site_dir), config[KEY].files)
