"""The widget in Debian's Chromium, driven by Playwright, against the built site on 127.0.0.1."""

import io
import json
import re
import subprocess
import zipfile
from collections import Counter
from urllib.parse import quote, urlsplit

import pytest

import checker
from bundler.selftest import answers_digest
from checker.languages import localized
from checker.ui import WIDGET
from support.chromium import READY_MS, check_number, with_preferences
from support.faults import (
    GARBAGE_WASM,
    NO_LOOKBEHIND,
    NO_MODULE_WORKERS,
    NO_SERVICE_WORKER,
    NO_WEBASSEMBLY,
    with_timeouts,
)
from support.server import PAGES_MAX_AGE, SiteServer

from .helpers import ROOT


@pytest.fixture(scope="module")
def server(site_dir):
    # With the Cache-Control GitHub Pages sends, the worker's requests reuse the page's preloads
    # (client.js); without one, the browser fetches each file again.
    with SiteServer(site_dir, max_age=PAGES_MAX_AGE) as site:
        yield site.url


class Watched:
    """A page whose console errors, page errors and requests are all recorded."""

    def __init__(self, page, origin):
        self.page, self.origin = page, origin
        self.errors, self.requests = [], []
        page.on("console", lambda msg: msg.type == "error" and self.errors.append(msg.text))
        page.on("pageerror", lambda error: self.errors.append(str(error)))
        page.on("request", lambda request: self.requests.append(request.url))
        page.on("dialog", lambda dialog: self.errors.append("dialog: " + dialog.message))

    def ready(self):
        self.page.wait_for_selector("#number-check[data-state=ready]", timeout=READY_MS)
        self.page.wait_for_load_state("networkidle")  # the favicon and other late fetches

    def check(self, number, channel="call", text=""):
        return check_number(self.page, number, channel, text)

    def verdict(self):
        region = self.page.locator("#number-check-result")
        return region.get_attribute("data-risk"), region.get_attribute("data-rules")


def copied_link(page) -> str:
    """What the verdict's Copy link button puts on the clipboard."""
    before = page.inner_text(".verdict__copy")
    page.click(".verdict__copy")
    page.wait_for_function("(before) => document.querySelector('.verdict__copy').textContent !== before", arg=before)
    return page.evaluate("navigator.clipboard.readText()")


@pytest.fixture
def watched(browser, server):
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    w = Watched(page, server)
    yield w
    assert not w.errors, w.errors
    # The checker's worker starts from a blob: URL of this origin (client.js).
    foreign = [url for url in w.requests if not url.removeprefix("blob:").startswith(server)]
    assert not foreign, foreign
    context.close()


@pytest.mark.parametrize(("path", "word"), [("check/", "危险"), ("en/check/", "Danger")])
def test_check_page_400_is_danger_with_no_requests(watched, server, path, word):
    watched.page.goto(server + path)
    watched.ready()
    watched.requests.clear()
    assert watched.check("4008001234") == ("danger", "prefix-400")
    # The browser fetches the tab's icon whenever it likes; that is not the checker.
    assert [url for url in watched.requests if not url.endswith("icon.svg")] == [], (
        "checking must not touch the network"
    )
    result = watched.page.locator("#number-check-result")
    assert word in result.inner_text()
    assert result.get_attribute("aria-live") == "polite"
    # The rule links to the section that explains it, in the page's language.
    href = result.locator("a[href$='numbers/#prefix-400']")
    assert href.count() == 1
    assert href.evaluate("a => a.href") == server + path.removesuffix("check/") + "numbers/#prefix-400"


def test_many_numbers_and_channels(watched, server):
    watched.page.goto(server + "en/check/")
    watched.ready()
    assert watched.check("+95 1 234 567") == ("danger", "international")
    assert watched.check("95588") == ("safe", "prefix-95-short")
    assert watched.check("96110") == ("official", "anti-fraud-96110")
    assert watched.check("12381", "sms", "Stop paying now") == ("official", "anti-fraud-12381")
    assert watched.check("106912345678", "sms", "see t.cn/abc") == ("danger", "prefix-1069 sms-link")
    assert watched.check("13812345678") == ("unknown", "")
    tel = watched.page.locator("#number-check-result a[href^='tel:']")
    assert watched.check("12308") == ("danger", "hotline-12308")
    assert tel.first.get_attribute("href") == "tel:+861012308"


def test_typing_before_ready_gets_the_verdict_when_ready(watched, server):
    watched.page.goto(server + "check/")
    watched.page.fill("input[name=number]", "+8695588")
    watched.page.press("input[name=number]", "Enter")
    status = watched.page.locator(".number-check__status")
    assert status.is_visible() and status.inner_text()
    watched.page.wait_for_selector("#number-check-result[data-risk]:not([data-early=shown])", timeout=READY_MS)
    assert watched.verdict() == ("danger", "spoofed-service-number")


def test_deep_link_in_the_fragment(watched, server):
    fragment = "#n=" + quote("106912345678") + "&c=sms&t=" + quote("点击 t.cn/abc")
    watched.page.goto(server + "check/" + fragment)
    watched.page.wait_for_selector("#number-check-result[data-risk]:not([data-early=shown])", timeout=READY_MS)
    assert watched.verdict() == ("danger", "prefix-1069 sms-link")
    assert watched.page.input_value("input[name=number]") == "106912345678"
    assert watched.page.is_checked("input[name=channel][value=sms]")
    # The link is read, then cleared from the address bar; checking writes nothing there either,
    # and no request ever carried the number.
    assert watched.page.url == server + "check/"
    entries = watched.page.evaluate("history.length")
    assert watched.check("4008001234")[0] == "danger"
    assert watched.page.url == server + "check/"
    assert watched.page.evaluate("history.length") == entries
    assert not any("4008001234" in url or "1069" in url for url in watched.requests)


def test_bad_input_shows_the_checker_message(watched, server):
    watched.page.goto(server + "en/check/")
    watched.ready()
    assert watched.check("call me") == ("error", "")
    text = watched.page.inner_text("#number-check-result")
    assert "A phone number may contain only digits" in text


def test_xss_payload_is_shown_as_text(watched, server):
    payload = "<img src=x onerror=\"document.title='pwned'\"><script>alert(1)</script>"
    watched.page.goto(server + "en/check/")
    watched.ready()
    assert watched.check(payload)[0] == "error"
    assert watched.check("4008001234", "call", payload)[0] == "danger"
    result = watched.page.locator("#number-check-result")
    assert result.locator("img, script").count() == 0
    assert watched.page.title() != "pwned"
    watched.page.goto(server + "en/check/#n=" + quote(payload))
    watched.page.wait_for_selector("#number-check-result[data-risk=error]:not([data-early=shown])", timeout=READY_MS)
    assert "<img" in watched.page.input_value("input[name=number]")
    assert watched.page.locator("#number-check-result img").count() == 0


# Where loading is said: the status and the bar, next to the Check button, and the header above.
LOADING_GEOMETRY = """() => {
  const box = (selector) => document.querySelector(selector).getBoundingClientRect();
  return {
    button: box(".number-check__submit").bottom, status: box(".number-check__status").top,
    bar: box(".number-check__progress").bottom, header: box(".md-header").bottom, height: innerHeight,
  };
}"""
# The number field at the foot of the screen, focused there: a reader who types and presses Enter
# does not see what is said under the Check button, further down.
AT_THE_FOOT = """() => {
  const field = document.querySelector("#number-check-number");
  scrollBy(0, field.getBoundingClientRect().bottom - innerHeight + 4);
  field.focus({ preventScroll: true });
}"""


def test_home_says_what_a_first_check_costs_then_shows_the_download_next_to_check(watched, server):
    """Home's checker waits to be used, and says beforehand what a first check downloads. On a
    slow link, a check asked for while it loads is answered next to the Check button, brought
    into view, with a bar of the bytes received out of the build's total; then the verdict."""
    page = watched.page
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(server)
    page.wait_for_load_state("networkidle")
    assert not any("pyodide" in url or "assets/python" in url for url in watched.requests)
    config = page.evaluate("CheckerClient.readConfig()")
    t = strings("zh")
    cost = page.locator("#number-check-cost")
    assert cost.inner_text() == t["cost"].replace("{size}", f"{config['download'] / 1e6:.1f}")
    assert page.get_attribute(".number-check__submit", "aria-describedby") == "number-check-cost"
    # 4 MB/s: the runtime's 14 MB take seconds to arrive.
    cdp = page.context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send(
        "Network.emulateNetworkConditions",
        {"offline": False, "latency": 0, "downloadThroughput": 4e6, "uploadThroughput": 4e6},
    )
    page.evaluate(AT_THE_FOOT)  # the focus starts the checker
    page.keyboard.type("4008005678")  # a 400 number with no answer stored in advance (bundler/answers.py)
    page.keyboard.press("Enter")
    where = page.evaluate(LOADING_GEOMETRY)
    assert where["header"] <= where["status"] and where["bar"] <= where["height"], where
    assert 0 <= where["status"] - where["button"] < 40, where  # right under the button
    status = page.inner_text(".number-check__status")
    # It waits, and says so: at once, and once the stored answers are found to lack it.
    assert t["loading"].split("{step}")[0] in status and (t["waiting"] in status or t["unlisted"] in status), status
    bar = page.locator(".number-check__progress")
    page.wait_for_function(
        "() => { const bar = document.querySelector('.number-check__progress');"
        " return !bar.hidden && bar.value > 0 && bar.value < bar.max; }"
    )
    assert bar.evaluate("bar => bar.max") == config["progressBytes"] > 10_000_000
    first = bar.evaluate("bar => bar.value")
    page.wait_for_function("first => document.querySelector('.number-check__progress').value > first", arg=first)
    page.wait_for_selector("#number-check-result[data-risk]:not([data-early=shown])", timeout=READY_MS)
    assert watched.verdict() == ("danger", "prefix-400")
    assert any("pyodide.asm.wasm" in url for url in watched.requests)
    # Every byte the build counted arrived, and the bar is gone.
    assert bar.evaluate("bar => [bar.hidden, bar.value]") == [True, config["progressBytes"]]


# Home on a phone: the title, the button to the checker, the checker's form.
HOME_GEOMETRY = """() => {
  const box = (selector) => document.querySelector(selector).getBoundingClientRect();
  return {
    header: box(".md-header").bottom, height: innerHeight, scrolled: scrollY,
    button: [box("a.check-now").top, box("a.check-now").bottom], steps: box("#act-now").top,
    form: box("#number-check").top + scrollY, field: [box("#number-check-number").top, box("#number-check-number").bottom],
  };
}"""


def test_homes_first_screen_has_a_big_way_to_the_checker_a_screen_and_a_half_down(browser, server):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    for path, words in (
        ("", "检查一个号码或短信"),
        ("zh-Hant/", "檢查一個號碼或簡訊"),
        ("en/", "Check a number or a text"),
    ):
        page.goto(server + path)
        where = page.evaluate(HOME_GEOMETRY)
        assert where["form"] <= 1.5 * where["height"], (path, where)
        top, bottom = where["button"]
        assert where["header"] <= top and bottom <= where["steps"] and bottom - top >= 48, (path, where)
        big = page.locator("a.check-now")
        assert big.inner_text().strip() == words
        big.click()
        page.wait_for_function("() => location.hash === '#check'")
        where = page.evaluate(HOME_GEOMETRY)
        assert (
            where["scrolled"] > 0 and where["header"] <= where["field"][0] and where["field"][1] <= where["height"]
        ), (
            path,
            where,
        )
    # Only using the form loads the checker.
    assert not any("pyodide" in url for url in requests)
    context.close()


def test_article_pages_load_no_pyodide(watched, server):
    for path in ("numbers/", "en/hotline-12308/", "en/card/"):
        watched.page.goto(server + path)
        watched.page.wait_for_load_state("networkidle")
    assert not any("pyodide" in url or "worker.js" in url or "widget" in url for url in watched.requests)
    # Every page registers the service worker, which keeps the pages for offline use (and the
    # installed app's start), but none of the checker's runtime: that only once it has run.
    watched.page.evaluate("navigator.serviceWorker.ready")
    kept = watched.page.evaluate(
        "(async () => (await Promise.all((await caches.keys()).map(async (name) =>"
        " (await (await caches.open(name)).keys()).map((r) => r.url)))).flat())()"
    )
    assert server + "numbers/" in kept
    assert not any("pyodide" in url or "/assets/python/" in url or "worker.js" in url for url in kept)


def runtime_urls(config: dict) -> list[str]:
    """Every file the worker's start requests, as the build lists them (absolute, as readConfig() makes them)."""
    return [*config["preload"]["scriptURLs"], *config["preload"]["fetchURLs"]]


def served(site: SiteServer, urls: list[str]) -> dict[str, int]:
    """How many times the server sent each of these URLs."""
    counts = Counter(site.requests)
    return {url: counts[url.removeprefix(site.url.rstrip("/"))] for url in urls}


RUNTIME_REQUESTS = ("/assets/pyodide/", "/assets/python/", "/assets/checker/worker.js", "/assets/checker/boot.mjs")


# client.js's preloads of the runtime; the page's own preload of its stored answers is the build's.
RUNTIME_PRELOADS = 'link[rel=preload]:not([href*="/assets/answers/"])'


def test_a_cold_visit_preloads_the_runtime_and_fetches_each_file_once(browser, site_dir):
    """With no service worker in control, the page asks for every file of the runtime at once, and
    the worker's own requests reuse those (served with the Cache-Control GitHub Pages sends).
    (No service worker at all here: its install fetches the runtime again for its cache.)"""
    with SiteServer(site_dir, gzip=True, max_age=PAGES_MAX_AGE, inject=NO_SERVICE_WORKER) as site:
        context = browser.new_context()
        page = context.new_page()
        page.goto(site.url + "check/#n=4008001234")
        page.wait_for_selector("#number-check-result[data-risk=danger]:not([data-early=shown])", timeout=READY_MS)
        runtime = runtime_urls(page.evaluate("CheckerClient.readConfig()"))
        preloads = page.evaluate(
            f"[...document.querySelectorAll('{RUNTIME_PRELOADS}')].map((link) => [link.href, link.as, link.crossOrigin])"
        )
        assert sorted(href for href, _, _ in preloads) == sorted(runtime)
        assert {(kind, cors) for _, kind, cors in preloads} == {("script", "anonymous"), ("fetch", "anonymous")}
        assert served(site, runtime) == dict.fromkeys(runtime, 1)
        # The build's list is all the start requests.
        asked = {site.url.rstrip("/") + path for path in site.requests if path.startswith(RUNTIME_REQUESTS)}
        assert asked == set(runtime)
        context.close()


def test_a_page_the_service_worker_controls_preloads_nothing(browser, server):
    context = browser.new_context()
    page = context.new_page()
    page.goto(server + "en/check/")
    page.wait_for_selector("#number-check[data-snapshot=stored]", timeout=READY_MS)
    assert page.evaluate(f"document.querySelectorAll('{RUNTIME_PRELOADS}').length") > 0
    page.evaluate("navigator.serviceWorker.ready.then(() => true)")
    page.goto(server + "en/check/")
    page.wait_for_selector("#number-check[data-state=ready]", timeout=READY_MS)
    assert page.evaluate("navigator.serviceWorker.controller !== null")
    assert page.evaluate(f"document.querySelectorAll('{RUNTIME_PRELOADS}').length") == 0
    context.close()


# A link to the Check page in the page's own language (the navigation has one on every page).
TO_CHECK = "a.md-nav__link[href$='check/']"


def test_intent_to_check_prefetches_the_runtime_which_the_check_page_reuses(browser, site_dir):
    """Readers who point at a link to the Check page (or focus one) get the runtime fetched in the
    background; the Check page then requests none of it again. Those who ask to save data do not."""
    with SiteServer(site_dir, gzip=True, max_age=PAGES_MAX_AGE, inject=NO_SERVICE_WORKER) as site:
        context = browser.new_context()
        page = context.new_page()
        page.goto(site.url + "numbers/")
        page.wait_for_load_state("networkidle")
        assert not any(path.startswith(RUNTIME_REQUESTS) for path in site.requests)  # no intent yet
        preload = json.loads(page.inner_text("#checker-intent"))["preload"]
        runtime = [site.url + path for path in (*preload["scriptURLs"], *preload["fetchURLs"])]
        page.hover(TO_CHECK)
        page.wait_for_function(
            "(urls) => urls.every((url) => performance.getEntriesByName(url).some((e) => e.responseEnd > 0))",
            arg=runtime,
            timeout=READY_MS,
        )
        assert served(site, runtime) == dict.fromkeys(runtime, 1)
        page.click(TO_CHECK)
        page.wait_for_selector("#number-check[data-state=ready]", timeout=READY_MS)
        assert runtime_urls(page.evaluate("CheckerClient.readConfig()")) == runtime  # the same files
        assert served(site, runtime) == dict.fromkeys(runtime, 1)
        context.close()

        # Focus prefetches too, in each language.
        context = browser.new_context()
        page = context.new_page()
        page.goto(site.url + "zh-Hant/hotline-12308/")
        page.focus(TO_CHECK)
        page.wait_for_function("() => document.querySelectorAll('link[rel=prefetch]').length > 0")
        hrefs = page.evaluate("[...document.querySelectorAll('link[rel=prefetch]')].map((link) => link.href)")
        assert sorted(hrefs) == sorted(runtime)
        context.close()

        # Save-Data: no intent prefetches anything.
        before = len(site.requests)
        context = browser.new_context(has_touch=True)
        page = context.new_page()
        context.new_cdp_session(page).send("Emulation.setDataSaverOverride", {"dataSaverEnabled": True})
        page.goto(site.url + "en/card/")
        assert page.evaluate("navigator.connection.saveData") is True
        page.hover(TO_CHECK)
        page.focus(TO_CHECK)
        page.dispatch_event(TO_CHECK, "touchstart")
        page.wait_for_load_state("networkidle")
        assert page.evaluate("document.querySelectorAll('link[rel=prefetch]').length") == 0
        assert not any(path.startswith(RUNTIME_REQUESTS) for path in site.requests[before:])
        context.close()


def serve_timeouts(context, path, stalled=lambda: False, **timeouts):
    """Serve the page at `path` with its configuration's timeouts changed: the build's own page and
    configuration, with shorter waits, so that a test need not wait as long as a reader would.
    While `stalled()`, a request for the page is never answered."""

    def rewrite(route):
        if stalled():
            return  # left unanswered
        html = route.fetch().text()

        route.fulfill(body=with_timeouts(html, **timeouts), content_type="text/html; charset=utf-8")

    context.route(f"**/{path}", rewrite)


def strings(lang):
    return localized(WIDGET, lang)


def test_a_failed_or_stalled_load_ends_in_a_retry_and_then_the_rule_table(browser, server):
    """A failed import, then a download that stalls, each end in a failure with Retry (the second
    also offers the rule table); a slow download that keeps moving does not fail."""
    context = browser.new_context(service_workers="block")
    mode = {"now": "abort"}
    # startMs stays the build's: a failure here within it can only be the stall's.
    serve_timeouts(context, "en/check/", stalled=lambda: mode["now"] == "stall", stallMs=2000)
    # The worker imports pyodide.mjs; a failed import must be reported, not hang.
    context.route("**/pyodide.mjs", lambda route: route.abort() if mode["now"] == "abort" else route.continue_())
    # Pyodide fetches its WebAssembly itself: a request that is never answered.
    context.route("**/pyodide.asm.wasm", lambda route: None if mode["now"] == "stall" else route.continue_())
    page = context.new_page()
    page.goto(server + "en/check/")
    page.wait_for_selector("#number-check[data-state=failed]", timeout=30_000)
    status = page.locator(".number-check__status")
    assert "could not load" in status.inner_text()
    assert page.locator(".number-check__progress").is_hidden()
    assert status.locator(".number-check__instead").count() == 0  # a first failure: Retry only
    # Stalled, and so is the page's own copy, which a failure asks for (a deploy may have replaced it).
    mode["now"] = "stall"
    status.locator("button").click()
    page.wait_for_selector("#number-check[data-state=failed]", timeout=30_000)
    t = strings("en")
    assert t["failed"].replace("{reason}", t["stalled"]) in status.inner_text()
    instead = status.locator("a.number-check__instead")
    assert instead.inner_text() == t["rules_instead"] and instead.evaluate("a => a.href") == server + "en/rules/"
    # Un-stalled, on a link too slow for any download to end within the stall timeout (the 9.6 MB
    # WebAssembly takes over 3 s at 3 MB/s), but that keeps sending.
    mode["now"] = "ok"
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send(
        "Network.emulateNetworkConditions",
        {"offline": False, "latency": 0, "downloadThroughput": 3e6, "uploadThroughput": 3e6},
    )
    status.locator("button", has_text=t["retry"]).click()
    page.wait_for_selector("#number-check:is([data-state=ready], [data-state=failed])", timeout=READY_MS)
    assert page.get_attribute("#number-check", "data-state") == "ready", status.inner_text()
    assert check_number(page, "4008001234") == ("danger", "prefix-400")
    context.close()


def test_a_webassembly_that_never_starts_ends_in_a_retry(browser, server):
    """Pyodide only logs a WebAssembly instantiation that failed, and waits for ever; the start's
    watchdog answers instead. No Python ever runs here."""
    context = browser.new_context(service_workers="block")
    serve_timeouts(context, "en/check/", startMs=1500)
    context.route(
        "**/pyodide.asm.wasm", lambda route: route.fulfill(body=GARBAGE_WASM, content_type="application/wasm")
    )
    page = context.new_page()
    page.goto(server + "en/check/")
    page.wait_for_selector("#number-check[data-state=failed]", timeout=30_000)
    t = strings("en")
    status = page.locator(".number-check__status")
    assert t["failed"].replace("{reason}", t["unresponsive"]) in status.inner_text()
    assert status.locator("button", has_text=t["retry"]).count() == 1
    context.close()


def test_the_page_hands_the_worker_one_config_with_absolute_urls(watched, server):
    """One object from the hook to the worker: the contract's keys, every URL made absolute."""
    watched.page.goto(server + "en/check/")
    config = watched.page.evaluate("CheckerClient.readConfig()")
    assert {
        "version",
        "workerURL",
        "serviceWorkerURL",
        "lazy",
        "download",
        "progressBytes",
        "runtime",
        "snapshot",
        "selftest",
        "rootURL",
        "scope",
        "timeouts",
        "preload",
    } <= set(config)
    assert {"indexURL", "zipURLs", "bootURL"} <= set(config["runtime"]) and {"cache", "prefix", "keyURL"} <= set(
        config["snapshot"]
    )
    assert config["rootURL"] == server and config["lazy"] is False and config["download"] > 1_000_000
    runtime = config["runtime"]
    for url in (
        config["workerURL"],
        config["snapshot"]["keyURL"],
        runtime["indexURL"],
        runtime["bootURL"],
        *runtime["zipURLs"],
    ):
        assert url.startswith(server + "assets/"), url
    assert config["serviceWorkerURL"] == server + "sw.js"
    assert config["snapshot"]["cache"].startswith(config["snapshot"]["prefix"]) and config["scope"] == "/#"
    # The self-test: its inputs, and the digest of CPython's answers to them, for this very source.
    answers = [checker.result_json(*args) for args in config["selftest"]["cases"]]
    assert config["selftest"]["sha256"] == answers_digest(answers) and len(answers) > len(checker.RULES)
    # The worker gets that same object as its name, so it starts before any message.
    watched.page.wait_for_selector("#number-check[data-state=ready]", timeout=READY_MS)
    (worker,) = [worker for worker in watched.page.workers if worker.url.startswith("blob:" + server)]
    assert json.loads(worker.evaluate("self.name")) == config


def test_plus_in_a_deep_link_is_a_plus(watched, server):
    watched.page.goto(server + "check/#n=+8695588")
    watched.page.wait_for_selector("#number-check-result[data-risk]:not([data-early=shown])", timeout=READY_MS)
    assert watched.verdict() == ("danger", "spoofed-service-number")
    assert watched.page.input_value("input[name=number]") == "+8695588"
    # A copied link has it percent-encoded, so that it reads the same everywhere.
    assert copied_link(watched.page) == server + "check/#n=%2B8695588&c=call"


# The verdict's heading, where it is and what has the focus.
GEOMETRY = """() => {
  const heading = document.querySelector("#number-check-result .verdict__head");
  const box = heading.getBoundingClientRect();
  return {
    top: box.top, bottom: box.bottom, left: box.left, right: box.right,
    header: document.querySelector(".md-header").getBoundingClientRect().bottom,
    width: innerWidth, height: innerHeight,
    focused: document.activeElement === heading,
    live: document.getElementById("number-check-result").getAttribute("aria-live"),
  };
}"""


@pytest.mark.parametrize(
    ("width", "height", "path", "words", "level"),
    [
        (390, 844, "check/", ("危险", "无法检查"), 2),
        (1280, 800, "en/check/", ("Danger", "Cannot check"), 2),
        (390, 844, "en/", ("Danger", "Cannot check"), 3),  # Home: the form is in a section of its own
    ],
)
def test_the_verdict_comes_into_view_with_its_heading_focused(browser, server, width, height, path, words, level):
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    page.goto(server + path)
    for (number, risk), word in zip((("4008001234", "danger"), ("call me", "error")), words, strict=True):
        page.evaluate("window.scrollTo(0, 0)")
        assert check_number(page, number)[0] == risk
        where = page.evaluate(GEOMETRY)
        # Below the sticky header, inside the viewport, focused, and still a live region.
        assert where["header"] <= where["top"] and where["bottom"] <= where["height"], where
        assert where["left"] >= 0 and where["right"] <= where["width"], where
        assert where["focused"] and where["live"] == "polite", where
        # The risk word is the first thing a screen reader reads (the icon is hidden from it).
        heading = page.locator("#number-check-result .verdict__head").aria_snapshot().splitlines()[0]
        assert heading.startswith(f'- heading "{word}') and f"[level={level}]" in heading, heading
        if risk == "danger":
            # This browser's speech engine has no voice: no Read it to me. Share is there.
            assert page.evaluate("speechSynthesis.getVoices().length") == 0
            assert page.locator(".verdict__read").is_hidden() and page.locator(".verdict__share").is_visible()
            if width == 390:
                assert small_targets(page) == []
    context.close()


# Where the verdict's first words are, and whether the reader sees them without scrolling.
FIRST_WORDS = """() => {
  const header = document.querySelector(".md-header").getBoundingClientRect().bottom;
  const box = (selector) => document.querySelector("#number-check-result " + selector).getBoundingClientRect();
  const seen = (r) => r.top >= header && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth && r.height > 0;
  return { lead: seen(box(".verdict__lead")), action: seen(box(".verdict__action")),
           why: document.querySelector("#number-check-result .verdict__why").open };
}"""


def test_a_frightened_reader_sees_the_verdict_and_what_to_do_first(browser, server):
    """At 390×844, in each language: the lead and the action in view after Check, the already-paid
    step among the steps, an answer to "What has already happened?" that opens on its own steps, and
    the Why collapsed, with the rules and the number as checked inside. One context: one cold start."""
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    number, text = "+8695588", "请把钱转到安全账户"  # the spoofed-95588 "safe account" call
    for path, lang in (("check/", "zh"), ("zh-Hant/check/", "zh-Hant"), ("en/check/", "en")):
        expected = json.loads(checker.result_json(number, "call", text, lang, "cn"))
        assert expected["risk"] == "danger"
        page.goto(server + path)
        page.evaluate("window.scrollTo(0, 0)")
        assert check_number(page, number, "call", text)[0] == "danger"
        result = page.locator("#number-check-result")
        assert result.locator(".verdict__lead").inner_text() == expected["lead"]
        assert result.locator(".verdict__action").inner_text() == expected["action"]
        where = page.evaluate(FIRST_WORDS)
        assert where == {"lead": True, "action": True, "why": False}, (lang, where)
        # The step for one who has already paid, with 110 to tap.
        steps = result.locator(".verdict__steps li")
        paid = [steps.nth(i).inner_text() for i in range(steps.count()) if "110" in steps.nth(i).inner_text()]
        assert paid and result.locator(".verdict__steps a[href='tel:110']").count() == 1, lang
        # "What has already happened?": closed answers; opening one shows its own steps, and no other's.
        answers = result.locator(".verdict__answer")
        assert answers.count() == 4 and not answers.first.locator("ol").is_visible()
        code = answers.nth(1)
        code.locator("summary").click()
        first = expected["aftermath"][1]["steps"][0]["text"]
        assert code.locator("ol li").first.is_visible() and first in code.locator("ol li").first.inner_text()
        assert not answers.first.locator("ol").is_visible()
        # Why: closed, with the rules (their titles link to their sections, no ids shown) and the number.
        why = result.locator(".verdict__why")
        assert not why.locator(".verdict__rules").is_visible()
        why.locator("summary").click()
        assert why.locator(".verdict__rules a").first.inner_text() == expected["matches"][0]["title"]
        assert expected["rules"][0] not in why.inner_text()
        assert "+8695588" in why.locator(".verdict__normalized").inner_text()
        assert "→" not in result.inner_text()
    context.close()


# checker/__init__.py of a wheel that throws for one number (a fault inside a check), and for
# another never returns: the worker's only thread is busy for ever, as in a loop that never ends.
FAULTY = "4008005555"
HANGS = "4008006666"
FAULT = f"""
_result_json = result_json
def result_json(number, *args):
    if number == {FAULTY!r}:
        raise RuntimeError("a fault the test put in")
    while number == {HANGS!r}:
        pass
    return _result_json(number, *args)
"""


def faulty_zip(site_dir) -> bytes:
    """The shipped checker zip with its compiled __init__ swapped for this checkout's source plus FAULT."""
    shipped = next((site_dir / "assets" / "python").glob("*/checker-*"))
    out = io.BytesIO()
    with zipfile.ZipFile(shipped) as source, zipfile.ZipFile(out, "w") as dest:
        for info in source.infolist():
            if info.filename != "checker/__init__.pyc":
                dest.writestr(info, source.read(info))
        dest.writestr("checker/__init__.py", (ROOT / "checker" / "__init__.py").read_text(encoding="utf-8") + FAULT)
    return out.getvalue()


def test_a_check_that_hangs_or_throws_is_shown_with_a_retry(browser, server, site_dir):
    # No service worker: what the retry fetches must be what this test routes.
    context = browser.new_context(service_workers="block")
    serve_timeouts(context, "en/check/", checkMs=3000)
    faulty = faulty_zip(site_dir)
    context.route("**/checker-*.zip.txt", lambda route: route.fulfill(body=faulty, content_type="text/plain"))
    page = context.new_page()
    page.goto(server + "en/check/")
    page.wait_for_selector("#number-check[data-snapshot=stored]", timeout=READY_MS)
    assert check_number(page, "4008001234") == ("danger", "prefix-400")  # it passed its self-test
    t = strings("en")
    result = page.locator("#number-check-result")
    # A check that never returns: the page ends the worker, and says so.
    assert check_number(page, HANGS) == ("failed", "")
    assert t["hung"] in result.inner_text() and result.locator("button", has_text=t["retry"]).count() == 1
    assert result.locator(".number-check__instead").count() == 0  # a first failure: Retry only
    # The next check starts a new worker, cold: the snapshot of the interpreter that hung is gone.
    assert check_number(page, FAULTY) == ("failed", "")
    assert page.get_attribute("#number-check", "data-start") == "cold"
    assert "ran into an error" in result.inner_text()
    assert page.evaluate("document.activeElement.matches('#number-check-result .verdict__head')")
    # A second failure in a row also offers the rule table.
    assert result.locator("a.number-check__instead").evaluate("a => a.href") == server + "en/rules/"
    context.unroute("**/checker-*.zip.txt")
    before = result.get_attribute("data-verdict-id")
    result.locator("button", has_text="Try again").click()
    page.wait_for_function(
        "before => document.querySelector('#number-check-result').dataset.verdictId !== before",
        arg=before,
        timeout=READY_MS,
    )
    assert (result.get_attribute("data-risk"), result.get_attribute("data-rules")) == ("danger", "prefix-400")
    # A new worker, started cold: the snapshot of the interpreter that threw was dropped.
    assert page.get_attribute("#number-check", "data-start") == "cold"
    context.close()


def test_where_is_remembered_on_this_device_and_carried_in_deep_links(watched, server):
    page = watched.page
    page.goto(server + "en/check/")
    watched.ready()
    assert page.input_value("select[name=where]") == "cn"  # this machine's time zone names no region
    page.select_option("select[name=where]", "gb")
    page.reload()
    watched.ready()
    assert page.input_value("select[name=where]") == "gb"
    assert page.evaluate("localStorage.getItem('/#where')") == "gb"
    assert watched.check("020 7946 0000")[1] == "local-number"
    assert copied_link(page) == server + "en/check/#n=020%207946%200000&c=call&w=gb"
    # A link says where its check was made (absent: mainland China), and leaves the choice alone.
    page.goto(server + "en/check/#n=95588")
    page.wait_for_selector("#number-check-result[data-risk]:not([data-early=shown])", timeout=READY_MS)
    assert page.input_value("select[name=where]") == "cn"
    assert page.evaluate("localStorage.getItem('/#where')") == "gb"
    assert not any("where" in url or "=gb" in url for url in watched.requests)


def test_where_reaches_the_checker_and_a_change_checks_again(watched, server):
    """The reader's place reaches the checker in the worker, and changes what it says."""
    number = "020 7946 0000"  # London, or Guangzhou
    london = json.loads(checker.result_json(number, "call", None, "en", "gb"))
    guangzhou = json.loads(checker.result_json(number, "call", None, "en", "cn"))
    assert london["normalized"] != guangzhou["normalized"]  # else this test proves nothing
    watched.page.goto(server + "en/check/#n=" + quote(number) + "&w=gb")
    watched.page.wait_for_selector("#number-check-result[data-risk]:not([data-early=shown])", timeout=READY_MS)
    assert watched.verdict() == (london["risk"], " ".join(london["rules"]))
    assert london["normalized"] in watched.page.text_content(".verdict__normalized")
    before = watched.page.get_attribute("#number-check-result", "data-verdict-id")
    watched.page.select_option("select[name=where]", "cn")
    watched.page.wait_for_function(
        "before => document.querySelector('#number-check-result').dataset.verdictId !== before", arg=before
    )
    assert guangzhou["normalized"] in watched.page.text_content(".verdict__normalized")


# The device's speech engine and share sheet, which headless Chromium lacks (it has no voices, and
# no navigator.share on Linux): they record what the page asks of them. window.__device.voices()
# gives the engine voices, as a device does late, with voiceschanged; .shareFails() makes the
# share sheet fail with that error from then on.
DEVICE = """(() => {
  const engine = new EventTarget();
  const calls = [], shared = [];
  let voices = [], failure = null;
  engine.getVoices = () => voices;
  engine.speak = (utterance) => calls.push({ speak: utterance.text, lang: utterance.lang });
  engine.cancel = () => calls.push({ cancel: true });
  Object.defineProperty(window, "speechSynthesis", { value: engine, configurable: true });
  Object.defineProperty(navigator, "share", { configurable: true, value: async (data) => {
    shared.push({ ...data });
    if (failure) throw new DOMException("the device's share sheet failed", failure);
  } });
  window.__device = {
    calls, shared,
    voices(langs) {
      voices = langs.map((lang) => ({ lang, name: lang }));
      engine.dispatchEvent(new Event("voiceschanged"));
    },
    shareFails(name) { failure = name; },
  };
})();"""

# What a reader taps on the Check page and Home: 44 × 44 CSS px at least.
TARGETS = """() => [...document.querySelectorAll(
    "#number-check fieldset label, #number-check button, #number-check select, #number-check input[name=number]," +
    " .verdict__actions a, .text-size__button")]
  .filter((node) => node.getClientRects().length)
  .map((node) => ({ what: node.outerHTML.slice(0, 60), ...node.getBoundingClientRect().toJSON() }))"""


def small_targets(page) -> list[dict]:
    targets = page.evaluate(TARGETS)
    assert len(targets) >= 5  # the radio rows, Check, the select, the header's button, the verdict's
    return [target for target in targets if target["width"] < 44 or target["height"] < 44]


def summary(verdict: dict, t: dict) -> str:
    """What Read it to me says and Share sends, as widget.js words it."""
    return t["summary"].format(risk=verdict["risk_label"], lead=verdict["lead"], action=verdict["action"])


def reads_aloud(page, t, summary, lang, others):
    """Read it to me speaks the summary in `lang`, stops on a second press, and is hidden while
    the device has no voice for the page's language (none at first, then only `others`)."""
    button = page.locator(".verdict__read")
    assert button.is_hidden()
    page.evaluate("window.__device.voices(['zh-CN', 'zh-HK', 'zh-TW', 'en-GB'])")
    assert button.inner_text() == t["read"]
    button.click()
    assert page.evaluate("window.__device.calls.at(-1)") == {"speak": summary, "lang": lang}
    assert button.inner_text() == t["read_stop"]
    button.click()
    assert page.evaluate("window.__device.calls.at(-1)") == {"cancel": True} and button.inner_text() == t["read"]
    page.evaluate("voices => window.__device.voices(voices)", others)
    assert button.is_hidden()


@pytest.mark.parametrize(
    ("zone", "path", "key", "locale", "voice", "others"),
    [
        # A student in London whose phone is in English: the page's Chinese is read by a Chinese voice.
        ("Europe/London", "check/", "gb", "en-GB", "zh-CN", ["zh-TW", "en-GB"]),
        # A Hong Kong reader's phone asks for Hong Kong's Chinese: Cantonese, not Taiwan's Mandarin.
        ("Asia/Hong_Kong", "zh-Hant/check/", "hk", "zh-HK", "zh-HK", ["zh-CN", "en-GB"]),
        # No voice of the reader's own en-US: any English one reads it.
        ("America/New_York", "en/check/", "us", "en-US", "en", ["zh-CN"]),
    ],
)
def test_a_reader_who_confirms_where_they_are_gets_its_numbers_to_tap(
    browser, server, zone, path, key, locale, voice, others
):
    """...and, at 390 × 844, can have the verdict read aloud, share it with family and tap every
    control of the form with a finger."""
    context = browser.new_context(
        viewport={"width": 390, "height": 844},
        timezone_id=zone,
        locale=locale,
        permissions=["clipboard-read", "clipboard-write"],
    )
    context.add_init_script(DEVICE)
    page = context.new_page()
    page.goto(server + path)
    page.wait_for_selector("#number-check[data-state=ready]", timeout=READY_MS)
    assert page.input_value("select[name=where]") == key  # guessed on the device, and said
    guess = page.locator(".number-check__guess")
    assert (
        guess.is_visible()
        and page.locator(f"select[name=where] option[value={key}]").inner_text() in guess.inner_text()
    )
    guess.locator("button").click()
    assert not guess.is_visible() and page.evaluate("localStorage.getItem('/#where')") == key
    lang = {"check/": "zh", "zh-Hant/check/": "zh-Hant", "en/check/": "en"}[path]
    expected = json.loads(checker.result_json("+86 10 12308", "call", None, lang, key))
    assert expected["risk"] == "danger"
    assert check_number(page, "+86 10 12308")[0] == "danger"
    links = page.locator("#number-check-result .verdict__steps li a[href^='tel:']")
    assert [links.nth(i).get_attribute("href") for i in range(links.count())] == [
        href for spans in expected["dial"] for _, _, href in spans
    ]
    assert links.last.is_visible() or links.last.evaluate("node => node.getBoundingClientRect().height > 0")
    t = strings(lang)
    said = summary(expected, t)
    reads_aloud(page, t, said, voice, others)
    # Share: the share sheet gets the verdict and the link to it, which only now holds the number.
    share = page.locator(".verdict__share")
    link = server + path + "#n=" + quote("+86 10 12308", safe="") + "&c=call&w=" + key
    share.click()
    page.wait_for_function("window.__device.shared.length === 1")
    text = t["share_text"].format(number=expected["normalized"], summary=said)
    assert page.evaluate("window.__device.shared[0]") == {"title": page.title(), "text": text, "url": link}
    assert (
        expected["risk_label"] in text
        and expected["lead"] in text
        and expected["action"] in text
        and page.url == server + path
    )
    assert t["share_note"] == page.inner_text(".verdict__share-note")
    # The reader closes the sheet: nothing else happens. It fails: the same is copied instead.
    page.evaluate("window.__device.shareFails('AbortError')")
    share.click()
    page.wait_for_function("window.__device.shared.length === 2")
    assert share.inner_text() == t["share"]
    page.evaluate("window.__device.shareFails('NotAllowedError')")
    share.click()
    page.wait_for_function(
        "text => document.querySelector('.verdict__share').textContent === text", arg=t["share_copied"]
    )
    assert page.evaluate("navigator.clipboard.readText()") == text + "\n" + link
    assert small_targets(page) == []
    context.close()


def test_a_copied_link_holds_the_check_and_says_so(watched, server):
    watched.page.goto(server + "en/check/")
    watched.ready()
    assert watched.check("106912345678", "sms", "点击 t.cn/abc")[0] == "danger"
    note = watched.page.inner_text(".verdict__note")
    assert "holds this number and the text" in note
    link = copied_link(watched.page)
    assert link == server + "en/check/#n=106912345678&c=sms&t=" + quote("点击 t.cn/abc", safe="")
    assert watched.page.url == server + "en/check/"  # copying leaves the address bar alone
    # This browser has no share sheet (Chromium on Linux): Share copies the verdict and the link.
    assert watched.page.evaluate("typeof navigator.share") == "undefined"
    t = strings("en")
    expected = json.loads(checker.result_json("106912345678", "sms", "点击 t.cn/abc", "en", "cn"))
    watched.page.click(".verdict__share")
    watched.page.wait_for_function(
        "text => document.querySelector('.verdict__share').textContent === text", arg=t["share_copied"]
    )
    text = t["share_text"].format(number=expected["normalized"], summary=summary(expected, t))
    assert watched.page.evaluate("navigator.clipboard.readText()") == text + "\n" + link


def test_half_an_emoji_in_either_field_still_gets_an_answer(watched, server):
    watched.page.goto(server + "en/check/")
    watched.ready()
    for field in ("number", "text"):
        before = watched.page.get_attribute("#number-check-result", "data-verdict-id")
        watched.page.evaluate(
            """([field]) => {
              document.querySelector("[name=number]").value = field === "number" ? "4008001234\\ud83d" : "4008001234";
              document.querySelector("[name=text]").value = field === "text" ? "call me \\ud83d" : "";
              document.querySelector("#number-check").requestSubmit();
            }""",
            [field],
        )
        watched.page.wait_for_function(
            "before => (document.querySelector('#number-check-result').dataset.verdictId ?? null) !== before",
            arg=before,
            timeout=READY_MS,
        )
        assert watched.page.get_attribute("#number-check-result", "data-risk") in ("danger", "error"), field


def test_the_shown_number_is_the_checked_number(watched, server):
    watched.page.goto(server + "en/check/#n=" + quote("\u202e88559"))
    watched.page.wait_for_selector("#number-check-result[data-risk]:not([data-early=shown])", timeout=READY_MS)
    shown = watched.page.locator("#number-check-result .verdict__number")
    assert shown.evaluate("node => node.localName") == "bdi"
    assert shown.inner_text().startswith("88559") and "\u202e" not in shown.inner_text()


def test_a_framed_check_page_runs_nothing_and_offers_itself_alone(browser, site_dir, tmp_path):
    with SiteServer(site_dir) as site, SiteServer(tmp_path) as other:
        (tmp_path / "frame.html").write_text(
            f'<!doctype html><title>x</title><iframe src="{site.url}en/check/#n=4008001234"></iframe>', encoding="utf-8"
        )
        context = browser.new_context()
        page = context.new_page()
        requests = []
        page.on("request", lambda request: requests.append(request.url))
        page.goto(other.url + "frame.html")
        frame = page.frame_locator("iframe")
        frame.locator("#number-check[data-state=framed]").wait_for(timeout=READY_MS)
        assert frame.locator("input[name=number]").is_disabled()
        assert "does not work inside another website" in frame.locator(".number-check__status").inner_text()
        assert frame.locator("#number-check-result[data-risk]").count() == 0
        assert not any("/assets/pyodide/" in url for url in requests)  # the checker never started
        context.close()


def test_the_worker_runs_under_the_pages_policy(browser, server, tmp_path):
    (tmp_path / "x.mjs").write_text("export const x = 1;\n", encoding="utf-8")
    with SiteServer(tmp_path) as other:
        context = browser.new_context()
        page = context.new_page()
        page.goto(server + "en/check/")
        page.wait_for_selector("#number-check[data-state=ready]", timeout=READY_MS)
        (worker,) = [worker for worker in page.workers if worker.url.startswith("blob:" + server)]
        reach = """async (url) => {
          const outcome = {};
          for (const [how, go] of [["fetch", () => fetch(url + "x.mjs")], ["import", () => import(url + "x.mjs")]]) {
            try { await go(); outcome[how] = "arrived"; } catch (error) { outcome[how] = error.name; }
          }
          return outcome;
        }"""
        assert worker.evaluate(reach, server) == {"fetch": "arrived", "import": "TypeError"}  # not a module
        assert worker.evaluate(reach, other.url) == {"fetch": "TypeError", "import": "TypeError"}
        context.close()


def test_with_site_data_blocked_the_form_still_checks(browser, server, tmp_path):
    """Blocked cookies and site data (a reader's setting) make even reading localStorage throw."""
    blocked = {"profile": {"default_content_setting_values": {"cookies": 2}}}
    context = with_preferences(browser.browser_type, tmp_path / "profile", blocked)
    page = context.pages[0]
    errors = []
    # The theme's own scripts throw here too (its palette and its bundle read localStorage bare).
    page.on("pageerror", lambda error: "/assets/checker/" in (error.stack or "") and errors.append(error.stack))
    page.goto(server + "en/check/")
    assert page.evaluate("() => { try { localStorage; return null; } catch (error) { return error.name; } }") == (
        "SecurityError"
    )
    page.select_option("select[name=where]", "gb")  # remembered nowhere, and no matter
    number = "020 7946 0000"
    expected = json.loads(checker.result_json(number, "call", None, "en", "gb"))
    assert check_number(page, number) == (expected["risk"], " ".join(expected["rules"]))
    assert not errors, errors
    context.close()


WECHAT = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Mobile/15E148 MicroMessenger/8.0.50(0x1800323b) NetType/WIFI Language/zh_CN"
)


@pytest.mark.parametrize(
    ("missing", "path", "lang", "agent"),
    [
        (NO_WEBASSEMBLY, "en/check/", "en", None),
        (NO_MODULE_WORKERS, "zh-Hant/check/", "zh-Hant", WECHAT),
        (NO_LOOKBEHIND, "", "zh", None),  # Home, whose checker waits to be used
    ],
    ids=["no-webassembly", "no-module-workers-in-wechat", "old-engine-home"],
)
def test_a_browser_that_cannot_run_the_checker_says_what_to_do(browser, server, missing, path, lang, agent):
    context = browser.new_context(**({"user_agent": agent} if agent else {}))
    context.add_init_script(missing)
    page = context.new_page()
    requests, errors = [], []
    page.on("request", lambda request: requests.append(request.url))
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(server + path)
    page.wait_for_selector("#number-check[data-state=unsupported]", timeout=30_000)
    t = strings(lang)
    status = page.locator(".number-check__status")
    text = status.inner_text()
    assert t["unsupported"] in text and (t["in_app"] in text) == (agent is not None)
    link = status.locator("a")
    assert (
        link.inner_text() == t["rules_instead"]
        and link.evaluate("a => a.href") == server + path.removesuffix("check/") + "rules/"
    )
    # No Retry that could never work, no engine's words, and nothing started.
    assert status.locator("button").count() == 0 and "WebAssembly" not in text and "Worker" not in text
    assert page.locator("input[name=number]").is_disabled()
    # client.js marks the start of every checker it makes.
    assert page.evaluate("performance.getEntriesByName('checker-start').length") == 0
    assert not any("pyodide" in url or "worker.js" in url for url in requests)
    assert not errors, errors
    context.close()


# ESTree's node types of ES5: esprima gives later syntax types of its own (ArrowFunctionExpression,
# TemplateLiteral, ClassDeclaration, SpreadElement, ForOfStatement, AwaitExpression, ...).
ES5_NODES = frozenset(
    re.findall(
        r"\w+",
        """Program ExpressionStatement BlockStatement EmptyStatement DebuggerStatement WithStatement
        ReturnStatement LabeledStatement BreakStatement ContinueStatement IfStatement SwitchStatement SwitchCase
        ThrowStatement TryStatement CatchClause WhileStatement DoWhileStatement ForStatement ForInStatement
        FunctionDeclaration VariableDeclaration VariableDeclarator ThisExpression ArrayExpression ObjectExpression
        Property FunctionExpression UnaryExpression UpdateExpression BinaryExpression AssignmentExpression
        LogicalExpression MemberExpression ConditionalExpression CallExpression NewExpression SequenceExpression
        Identifier Literal""",
    )
)


def es5_faults(node):
    """What in an ESTree syntax tree (esprima's) an ES5 engine could not parse."""
    if isinstance(node, list):
        for item in node:
            yield from es5_faults(item)
        return
    if not isinstance(node, dict) or "type" not in node:
        return  # a literal's {pattern, flags}, checked with it
    kind = node["type"]
    raw = str(node.get("raw", ""))
    if kind not in ES5_NODES:
        yield kind
    elif kind == "VariableDeclaration" and node["kind"] != "var":
        yield node["kind"]
    elif kind == "Property" and (node["shorthand"] or node["method"] or node["computed"]):
        yield "shorthand or computed property"
    elif kind.startswith("Function") and (
        node["generator"] or node["async"] or any(param["type"] != "Identifier" for param in node["params"])
    ):
        yield "generator, async function or parameter pattern"
    elif kind == "Literal" and "regex" in node:
        if set(node["regex"]["flags"]) - set("gim") or re.search(r"\(\?<|\\[pPk]", node["regex"]["pattern"]):
            yield "regular expression: " + raw
    elif kind == "Literal" and (re.match(r"0[bBoO]", raw) or "\\u{" in raw):
        yield "literal: " + raw
    elif node.get("operator") in ("**", "**="):
        yield node["operator"]
    for key, value in node.items():
        if key != "type":
            yield from es5_faults(value)


def syntax_tree(node, source: str) -> dict:
    script = (
        "process.stdout.write(JSON.stringify(require('esprima').parseScript(require('fs').readFileSync(0, 'utf8'))))"
    )
    run = subprocess.run([node, "-e", script], input=source, capture_output=True, text=True, check=True, cwd=ROOT)
    return json.loads(run.stdout)


def test_features_js_is_es5(node):
    """features.js must run where nothing else of the checker can: it is held to ES5 syntax by
    walking its syntax tree (esprima, which package-lock.json locks, parses up to ES2017)."""
    source = (ROOT / "overrides" / "assets" / "checker" / "features.js").read_text(encoding="utf-8")
    assert list(es5_faults(syntax_tree(node, source))) == []
    # The walk does see later syntax.
    later = "let a = () => `x`; var b = {c, d() {}}; var e = /(?<=f)g/; function h(i = 1) {} var j = 2 ** 3;"
    assert set(es5_faults(syntax_tree(node, later))) == {
        "let",
        "ArrowFunctionExpression",
        "TemplateLiteral",
        "TemplateElement",
        "AssignmentPattern",
        "shorthand or computed property",
        "regular expression: /(?<=f)g/",
        "generator, async function or parameter pattern",
        "**",
    }


def test_on_plain_http_the_checker_still_starts_and_answers(browser, site_dir):
    """Not a secure context (a custom domain served without HTTPS): no SubtleCrypto, no Cache
    Storage, no service worker. The self-test's answers are hashed by Python's own SHA-256."""
    context = browser.new_context()

    def serve(route):
        path = site_dir / urlsplit(route.request.url).path.lstrip("/")
        path = path / "index.html" if path.is_dir() else path
        route.fulfill(path=path) if path.is_file() else route.fulfill(status=404)

    context.route("http://checker.test/**", serve)
    page = context.new_page()
    page.goto("http://checker.test/en/check/")
    assert page.evaluate("[isSecureContext, 'caches' in self, 'serviceWorker' in navigator]") == [False] * 3
    page.wait_for_selector("#number-check[data-state=ready]", timeout=READY_MS)
    assert check_number(page, "4008001234") == ("danger", "prefix-400")
    context.close()


def test_search_finds_pages_in_the_readers_language_and_articles_before_the_rule_table(browser, server):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    for path, query in (("en/numbers/", "95"), ("zh-Hant/", "1069")):
        page.goto(server + path)
        page.click("label.md-header__button[for=__search]")
        page.fill("input.md-search__input", query)
        root = server + path.split("/")[0] + "/"
        # Results render as the search worker answers, once it has indexed the language's pages,
        # which on a busy machine takes as long as a checker's start: wait for the rule table's.
        page.wait_for_function(
            "root => [...document.querySelectorAll('.md-search-result__item > a')]"
            ".some(a => a.href.split('?')[0] === root + 'rules/')",
            arg=root,
            timeout=READY_MS,
        )
        found = page.eval_on_selector_all(
            ".md-search-result__list > .md-search-result__item > a", "links => links.map(a => a.href.split('?')[0])"
        )
        assert found and all(url.startswith(root) for url in found), found
        pages = list(dict.fromkeys(found))
        assert len(pages) > 2 and pages[-1] == root + "rules/", pages
    context.close()
