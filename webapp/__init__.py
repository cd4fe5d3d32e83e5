"""The site as an installable app with link previews: what a build writes besides the pages.

``write(site, app)`` puts into a built site the icons (icons.py, from one SVG), each language's
web app manifest (manifest.py) and share picture (share.py), and returns their paths; ``tags()``
gives a page's Open Graph and Twitter tags. Both take only an ``App``: plain data a build step
in or outside MkDocs can fill in (overrides/hooks/app.py fills it from mkdocs.yml).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from . import icons, manifest, share

# Where the files go, relative to the site root (a language's manifest: under its prefix).
MANIFEST = "manifest.webmanifest"


@dataclass(frozen=True)
class Language:
    code: str  # checker.languages' code: "zh", "zh-Hant", "en"
    prefix: str  # its pages' path below the site root: "", "zh-Hant/", "en/"
    html: str  # its lang attribute
    locale: str  # og:locale
    name: str  # the site's name in it
    short_name: str
    description: str
    promise: str  # the share picture's lines, one a line
    image_alt: str  # the share picture's text alternative
    script: str  # ISO 15924, which chooses the share picture's face


@dataclass(frozen=True)
class App:
    site_url: str  # absolute, ending in "/"
    icon: Path  # the one source drawing, an SVG
    css: Path  # the stylesheet whose custom palette gives the theme colours
    languages: tuple[Language, ...]

    def language(self, code: str) -> Language:
        return next(language for language in self.languages if language.code == code)


def palette(css: str) -> dict[str, str]:
    """The theme colour (the header's, the primary colour) and the background that goes with it,
    as the site's stylesheet sets them for Material's custom palette."""
    block = re.search(r'\[data-md-color-primary="custom"\]\s*\{([^}]*)\}', css)
    found = dict(
        re.findall(r"(--md-primary-(?:fg|bg)-color):\s*(#[0-9a-fA-F]{3,8})\s*;", block.group(1) if block else "")
    )
    if len(found) != 2:
        raise ValueError(
            'the stylesheet sets no --md-primary-fg-color and --md-primary-bg-color for [data-md-color-primary="custom"]'
        )
    return {"theme": found["--md-primary-fg-color"], "background": found["--md-primary-bg-color"]}


def share_path(language: Language) -> str:
    return f"{share.DIRECTORY}{language.code}.png"


def files(app: App) -> dict[str, bytes]:
    """Every file, by its path relative to the site root."""
    colours = palette(app.css.read_text(encoding="utf-8"))
    out = icons.render(app.icon.read_text(encoding="utf-8"), colours["background"])
    for language in app.languages:
        out[language.prefix + MANIFEST] = (
            json.dumps(manifest.manifest(language, colours), ensure_ascii=False, indent=1) + "\n"
        ).encode()
        out[share_path(language)] = share.render(language, colours, app.icon.read_text(encoding="utf-8"))
    return out


def write(site: Path, rendered: dict[str, bytes]) -> list[str]:
    for path, data in rendered.items():
        (site / path).parent.mkdir(parents=True, exist_ok=True)
        (site / path).write_bytes(data)
    return sorted(rendered)


def tags(app: App, code: str, *, title: str, description: str | None, url: str) -> list[tuple[str, str, str]]:
    """A page's link-preview tags, as (attribute, name, content): og:* by property, twitter:* by name."""
    language = app.language(code)
    image = app.site_url + share_path(language)
    alt = language.image_alt
    description = description or language.description
    og = [
        ("og:type", "website"),
        ("og:site_name", language.name),
        ("og:title", title),
        ("og:description", description),
        ("og:url", url),
        ("og:locale", language.locale),
        *(("og:locale:alternate", other.locale) for other in app.languages if other is not language),
        ("og:image", image),
        ("og:image:type", "image/png"),
        ("og:image:width", str(share.SIZE[0])),
        ("og:image:height", str(share.SIZE[1])),
        ("og:image:alt", alt),
    ]
    twitter = [
        ("twitter:card", "summary_large_image"),
        ("twitter:title", title),
        ("twitter:description", description),
        ("twitter:image", image),
        ("twitter:image:alt", alt),
    ]
    return [("property", name, content) for name, content in og] + [
        ("name", name, content) for name, content in twitter
    ]
