"""Debian's Chromium under Playwright, started as this offline machine needs it."""

from __future__ import annotations

CHROMIUM = "/usr/bin/chromium"
# No background traffic: this machine has no internet, and a test must see only its own requests.
ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-component-update"]


def launch(playwright):
    return playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
