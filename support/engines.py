"""The three browser engines readers use, behind one small interface for tests/test_engines.py:
Chromium (Blink) through Playwright, Firefox ESR (Gecko) through Puppeteer over WebDriver BiDi
(support/firefox.mjs), and WebKitGTK (WebKit, the engine of Safari and of every iOS browser)
through Selenium and WebKitWebDriver on a virtual screen.

Every engine offers the same calls on one page: open(), goto(url), js(expression) -> its JSON
value, wait(expression) until it is truthy, and close(). Each test serves the site on a port of
its own, so its origin starts with no storage, caches or service worker.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import warnings
from pathlib import Path

from .chromium import CHROMIUM, READY_MS

ROOT = Path(__file__).resolve().parent.parent
FIREFOX = "/usr/bin/firefox-esr"
WEBKIT_DRIVER = "/usr/bin/WebKitWebDriver"
MINIBROWSER = "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser"
# What each engine needs on this machine, for the tests' skip-or-fail message.
NEEDS = {
    "chromium": (CHROMIUM, "chromium"),
    "firefox": (FIREFOX, "firefox-esr"),
    "webkit": (WEBKIT_DRIVER, "webkit2gtk-driver"),
}


class EngineError(AssertionError):
    """What the page or the driver said went wrong: a failed expression, a wait that timed out."""


class Chromium:
    """On a Chromium that Playwright has launched (support/chromium.launch), shared with the
    other browser tests."""

    name = "chromium"

    def __init__(self, browser):
        self._browser = browser
        self._context = self._page = None

    def open(self):
        self._context = self._browser.new_context()
        self._page = self._context.new_page()

    def goto(self, url):
        self._page.goto(url)

    def js(self, expression):
        return self._page.evaluate(f"async () => ({expression})")

    def wait(self, expression, timeout=READY_MS):
        # A function, not a string, which Playwright would eval() against the pages' CSP.
        self._page.wait_for_function(f"() => ({expression})", timeout=timeout)

    def close(self):
        self._context.close()

    def quit(self):
        pass  # the browser is its owner's to close


class Firefox:
    name = "firefox"

    def __init__(self):
        self._bridge = subprocess.Popen(
            ["node", str(ROOT / "support" / "firefox.mjs")],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )

    def _ask(self, op, **args):
        self._bridge.stdin.write(json.dumps({"op": op, **args}) + "\n")
        self._bridge.stdin.flush()
        line = self._bridge.stdout.readline()
        if not line:
            raise EngineError(f"firefox.mjs ended (exit code {self._bridge.wait()})")
        answer = json.loads(line)
        if "error" in answer:
            raise EngineError(answer["error"])
        return answer["value"]

    def open(self):
        self._ask("open")

    def goto(self, url):
        self._ask("goto", url=url)

    def js(self, expression):
        return self._ask("js", expression=expression)

    def wait(self, expression, timeout=READY_MS):
        try:
            self._ask("wait", expression=expression, timeout=timeout)
        except EngineError as error:
            raise EngineError(f"{error}, waiting for {expression}") from None

    def close(self):
        self._ask("close")

    def quit(self):
        self._bridge.stdin.close()
        self._bridge.wait(timeout=60)
        self._bridge.stdout.close()


class WebKit:
    """MiniBrowser needs a screen: Xvfb gives it one, chosen by Xvfb itself (-displayfd). One
    WebDriver session serves every test: starting one is slow, and under load WebKitWebDriver
    has been seen to die while Selenium waited on it for ever. A test's origin (its server's own
    port) starts with no storage of its own anyway."""

    name = "webkit"

    def __init__(self):
        from selenium import webdriver
        from selenium.webdriver.webkitgtk.options import Options
        from selenium.webdriver.webkitgtk.service import Service

        read, write = os.pipe()
        self._screen = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
            pass_fds=[write],
            stderr=subprocess.DEVNULL,
        )
        os.close(write)
        with os.fdopen(read) as display:
            self._display = ":" + display.readline().strip()
        options = Options()
        options.binary_location = MINIBROWSER
        options.add_argument("--automation")
        options.set_capability("browserName", "MiniBrowser")
        service = Service(executable_path=WEBKIT_DRIVER, env={**os.environ, "DISPLAY": self._display})
        with warnings.catch_warnings():
            # Selenium 4.51's own WebKitGTK driver still uses an argument it deprecates.
            warnings.filterwarnings("ignore", "setting remote_server_addr", DeprecationWarning)
            self._driver = webdriver.WebKitGTK(options=options, service=service)
        self._driver.set_script_timeout(READY_MS / 1000)

    def open(self):
        pass  # the session's page, on the test's own origin

    def goto(self, url):
        self._driver.get(url)

    def js(self, expression):
        # An async script, so that a promise's value comes back, as in the other engines.
        script = f"const done = arguments[arguments.length - 1]; Promise.resolve().then(async () => ({expression})).then((v) => done({{v}}), (e) => done({{e: String(e)}}));"
        answer = self._driver.execute_async_script(script)
        if "e" in answer:
            raise EngineError(answer["e"])
        return answer.get("v")

    def wait(self, expression, timeout=READY_MS):
        script = (
            "const done = arguments[arguments.length - 1];"
            f"const until = Date.now() + {int(timeout)};"
            f"const poll = () => {{ let ok = false; try {{ ok = Boolean({expression}); }} catch {{}}"
            "  if (ok) done(true); else if (Date.now() > until) done(false); else setTimeout(poll, 100); };"
            "poll();"
        )
        if not self._driver.execute_async_script(script):
            raise EngineError(f"timed out after {timeout} ms waiting for {expression}")

    def close(self):
        self._driver.get("about:blank")  # the test's page, and its workers, end here

    def quit(self):
        self._driver.quit()
        self._screen.terminate()
        self._screen.wait(timeout=30)


def missing(name: str) -> str | None:
    """Why ``name`` cannot run here, or None."""
    path, package = NEEDS[name]
    if not Path(path).exists():
        return f"{path} is missing: apt-get install {package}"
    if name == "webkit" and not shutil.which("Xvfb"):
        return "Xvfb is missing: apt-get install xvfb"
    return None
