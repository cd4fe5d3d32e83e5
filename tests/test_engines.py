"""The widget in the three engines readers use: Chromium (Blink), Firefox ESR (Gecko) and
WebKitGTK (WebKit, the engine of Safari and of every iOS browser), through support/engines.py.

In each: a cold start whose verdicts are CPython's, a warm start from the stored snapshot, an
offline reload, and the degraded set-ups: no service worker, no Cache Storage, storage that throws
(each still gives its verdict), no WebAssembly and module workers refused (each says what to do),
and a WebAssembly that fails to instantiate (a failure with Retry). A missing feature is taken away
by a script the test server runs first in every page (support/faults.py, SiteServer's ``inject``).
"""

from __future__ import annotations

import json

import pytest

import checker
from checker.languages import localized
from checker.ui import WIDGET
from support.engines import Chromium, Firefox, WebKit, missing
from support.faults import (
    GARBAGE_WASM,
    NO_CACHE_STORAGE,
    NO_MODULE_WORKERS,
    NO_SERVICE_WORKER,
    NO_STORAGE,
    NO_WEBASSEMBLY,
    with_timeouts,
)
from support.server import SiteServer

from .helpers import require

ENGINES = ("chromium", "firefox", "webkit")
# One of each risk the rules give, by number and by text.
FIVE = [
    ("4008001234", "call", ""),
    ("110", "call", ""),
    ("96110", "call", ""),
    ("+86 10 12308", "call", ""),
    ("106912345678", "sms", "点击 t.cn/abc 领取"),
]
FORM = "document.getElementById('number-check')"
RESULT = "document.getElementById('number-check-result')"
STATUS = "document.querySelector('.number-check__status')"


@pytest.fixture(scope="module", params=ENGINES)
def engine(request, browser):
    name = request.param
    why = missing(name)
    require(why is None, why or "")
    engine = {"chromium": lambda: Chromium(browser), "firefox": Firefox, "webkit": WebKit}[name]()
    yield engine
    engine.quit()


def cpython(number, channel, text):
    verdict = json.loads(checker.result_json(number, channel, text or None, "zh", "cn"))
    return [verdict["risk"], " ".join(verdict["rules"]), verdict["title"]]


def ready(engine):
    engine.wait(f"{FORM}.dataset.state === 'ready'")
    return engine.js(f"{FORM}.dataset.start")


def check(engine, number, channel="call", text=""):
    """Fills in the form as a reader would, sends it, and waits for its verdict."""
    engine.js(
        f"""(() => {{
          const form = {FORM};
          window.verdictBefore = {RESULT}.dataset.verdictId ?? null;
          form.elements.number.value = {json.dumps(number)};
          form.querySelector('input[name=channel][value={channel}]').checked = true;
          form.elements.text.value = {json.dumps(text)};
          form.requestSubmit();
          return true;
        }})()"""
    )
    engine.wait(f"({RESULT}.dataset.verdictId ?? null) !== window.verdictBefore && !{FORM}.dataset.busy")
    return engine.js(
        f"[{RESULT}.dataset.risk, {RESULT}.dataset.rules, {RESULT}.querySelector('.verdict__title')?.textContent ?? null]"
    )


# The stored snapshot, as the page itself finds it in Cache Storage.
SNAPSHOT_READABLE = (
    "(c => caches.match(c.snapshot.keyURL, {cacheName: c.snapshot.cache}).then(Boolean))(CheckerClient.readConfig())"
)


def test_cold_and_warm_verdicts_are_cpythons(engine, site_dir):
    with SiteServer(site_dir) as site:
        engine.open()
        try:
            engine.goto(site.url + "check/")
            assert ready(engine) == "cold"
            for case in FIVE:
                assert check(engine, *case) == cpython(*case), (engine.name, case)
            engine.wait(f"{FORM}.dataset.snapshot === 'stored'")
            # WebKit was seen to start the next page's worker before the store could be read.
            engine.wait(SNAPSHOT_READABLE)
            engine.goto(site.url + "check/")  # a repeat visit
            assert ready(engine) == "snapshot", engine.js(f"{FORM}.dataset.dropped ?? null")
            assert check(engine, *FIVE[-1]) == cpython(*FIVE[-1])
        finally:
            engine.close()


# Firefox sends the requests of the checker's worker (a blob: module) past the service worker:
# on a controlled page, worker.js and the runtime come from the HTTP cache or the network (seen
# as 304s), so offline they load only while the HTTP cache still counts them fresh.
FIREFOX_OFFLINE = "Firefox does not route the blob: worker's requests through the service worker"


def test_after_one_visit_an_offline_reload_checks(engine, site_dir, request):
    if engine.name == "firefox":
        request.applymarker(pytest.mark.xfail(reason=FIREFOX_OFFLINE, strict=False))
    site = SiteServer(site_dir)
    engine.open()
    try:
        engine.goto(site.url + "check/")
        assert ready(engine) == "cold"
        engine.wait("navigator.serviceWorker.ready.then(() => true)")
        engine.wait(f"{FORM}.dataset.snapshot === 'stored'")
        engine.wait(f"{FORM}.dataset.offline === 'kept'")  # the service worker keeps the runtime
        engine.goto(site.url + "check/")
        ready(engine)  # the start a repeat visit gets is test_cold_and_warm_verdicts_are_cpythons's
        # Controlled from its load, or claimed once the worker is active (sw.js: clients.claim).
        engine.wait("navigator.serviceWorker.controller !== null")
        site.close()  # offline: nothing answers on the server's port
        engine.goto(site.url + "check/")
        engine.wait(f"['ready', 'failed'].includes({FORM}.dataset.state)")
        assert engine.js(f"{FORM}.dataset.state") == "ready", engine.js(f"{STATUS}.textContent")
        assert check(engine, *FIVE[0]) == cpython(*FIVE[0])
    finally:
        engine.close()
        site.close()


# Each takes one feature away from the page (and, through the Worker it makes, from the worker).
WITHOUT = {"service-worker": NO_SERVICE_WORKER, "storage": NO_STORAGE, "cache-storage": NO_CACHE_STORAGE}


@pytest.mark.parametrize("feature", WITHOUT)
def test_without_a_feature_a_check_still_gets_its_verdict(engine, site_dir, feature):
    with SiteServer(site_dir, inject=WITHOUT[feature]) as site:
        engine.open()
        try:
            engine.goto(site.url + "check/")
            assert ready(engine) == "cold"
            assert check(engine, *FIVE[0]) == cpython(*FIVE[0])
        finally:
            engine.close()


@pytest.mark.parametrize("missing", [NO_WEBASSEMBLY, NO_MODULE_WORKERS], ids=["webassembly", "module-workers"])
def test_where_the_checker_cannot_run_the_page_says_what_to_do(engine, site_dir, missing):
    with SiteServer(site_dir, inject=missing) as site:
        engine.open()
        try:
            engine.goto(site.url + "en/check/")
            engine.wait(f"{FORM}.dataset.state === 'unsupported'", timeout=30_000)
            text, link, buttons = engine.js(
                f"[{STATUS}.textContent, {STATUS}.querySelector('a')?.href, {STATUS}.querySelectorAll('button').length]"
            )
            t = localized(WIDGET, "en")
            assert t["unsupported"] in text and link == site.url + "en/rules/" and buttons == 0
            assert engine.js("performance.getEntriesByName('checker-start').length") == 0
        finally:
            engine.close()


def test_a_webassembly_that_never_starts_ends_in_a_retry(engine, site_dir):
    """A failed instantiation, which Pyodide only logs: the start's watchdog answers instead."""
    page = (site_dir / "en" / "check" / "index.html").read_text(encoding="utf-8")
    wasm = next(site_dir.glob("assets/pyodide/*/pyodide.asm.wasm")).relative_to(site_dir).as_posix()
    files = {"en/check/index.html": with_timeouts(page, startMs=1500).encode(), wasm: GARBAGE_WASM}
    with SiteServer(site_dir, files=files) as site:
        engine.open()
        try:
            engine.goto(site.url + "en/check/")
            engine.wait(f"{FORM}.dataset.state === 'failed'", timeout=60_000)
            t = localized(WIDGET, "en")
            text, buttons = engine.js(
                f"[{STATUS}.textContent, [...{STATUS}.querySelectorAll('button')].map(b => b.textContent)]"
            )
            assert t["failed"].replace("{reason}", t["unresponsive"]) in text and buttons == [t["retry"]]
        finally:
            engine.close()
