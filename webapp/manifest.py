"""A language's web app manifest (manifest.webmanifest at its Home): one installable app per
language, all scoped to the whole site, so a link from one language's app to another's pages
stays in the app. Every URL is relative to the manifest, so the same site works at any path."""

from __future__ import annotations

from .icons import ICONS


def manifest(language, colours: dict[str, str]) -> dict:
    up = "../" * language.prefix.count("/")  # from the language's Home to the site root
    icons = [
        {"src": up + path, "sizes": f"{size}x{size}", "type": "image/png", "purpose": purpose}
        for path, (size, purpose) in ICONS.items()
        if purpose in ("any", "maskable")
    ]
    return {
        "id": "./",
        "name": language.name,
        "short_name": language.short_name,
        "description": language.description,
        "lang": language.html,
        "dir": "ltr",  # Simplified and Traditional Chinese and English all run left to right
        "start_url": "./",
        "scope": up or "./",
        "display": "standalone",
        "theme_color": colours["theme"],
        "background_color": colours["background"],
        "icons": icons,
    }
