"""Debian's Chromium under Playwright, started as this offline machine needs it."""

from __future__ import annotations

import json
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
# No background traffic: this machine has no internet, and a test must see only its own requests.
ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-component-update"]


def launch(playwright):
    return playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)


def with_preferences(browser_type, user_data_dir: Path, preferences: dict):
    """A browser of its own, with a profile whose settings are `preferences` (as Chromium's
    Preferences file holds them: what a reader sets in chrome://settings)."""
    (user_data_dir / "Default").mkdir(parents=True, exist_ok=True)
    (user_data_dir / "Default" / "Preferences").write_text(json.dumps(preferences), encoding="utf-8")
    return browser_type.launch_persistent_context(user_data_dir, executable_path=CHROMIUM, args=ARGS)


# Generous: CI machines are slow, and the browser tests are no timing tests.
READY_MS = 120_000


def check_number(page, number: str, channel: str = "call", text: str = "") -> tuple[str, str]:
    """Fill in the checker's form, press Enter, wait for a new verdict: (data-risk, data-rules)."""
    page.check(f"input[name=channel][value={channel}]")
    page.fill("textarea[name=text]", text)
    before = page.get_attribute("#number-check-result", "data-verdict-id")
    page.fill("input[name=number]", number)
    page.press("input[name=number]", "Enter")
    # The answer to this request: changing a field re-checks at once, and the answers to those
    # earlier requests may show before this one's; data-busy stays up until the last answer shows.
    page.wait_for_function(
        "before => (document.querySelector('#number-check-result').dataset.verdictId ?? null) !== before"
        " && !document.querySelector('#number-check').dataset.busy",
        arg=before,
        timeout=READY_MS,
    )
    region = page.locator("#number-check-result")
    return region.get_attribute("data-risk"), region.get_attribute("data-rules")
