"""Headless Chromium on the built site, served on 127.0.0.1 with what GitHub Pages compresses gzipped.

- the Check page: navigation to checker ready and to the first verdict, cold (new profile)
  and warm (the same profile, back again), against a bare page that runs the npm package's
  stock loadPyodide() in a worker, each ratio from the same run; the bytes a cold visit
  transfers to its first verdict, against the stock page's to Pyodide ready;
- the same cold first verdict, and stock, under Chromium's "Fast 4G" and "Slow 4G" network
  emulation with a 4x CPU slowdown (which Chromium applies to the page's main thread only,
  not to workers, where Pyodide runs);
- the warm first verdict against the page's own load (navigation to its load event), with the
  worker's steps of the warm start (the phases worker.js times, in the checker-ready mark's detail);
- the answer stored in advance (bundler/answers.py) for the Check page's input, under each of
  those emulations: navigation to it, and whether the checker's verdict that follows was the same;
  and the gzipped size of the files of stored answers (a page fetches one);
- the verdict time once ready, and main-thread long tasks while the checker loads;
- every page's weight as transferred, and whether it fetched any of Pyodide;
- at 8 Mbit/s (network only): an 8 s visit to an article, then the Check page's first verdict,
  with the intent to check shown (the Check link hovered: intent.js prefetches the runtime)
  and without, taking turns.
Times are read off the page's own clock (performance marks the widget sets), not Playwright's.
"""

from __future__ import annotations

import json
import shutil
import statistics
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from bundler.hosting import transferred
from support.chromium import READY_MS, launch
from support.runtime import CONFIG
from support.server import PAGES_MAX_AGE, SiteServer

from .report import Figure, held

ROOT = Path(__file__).resolve().parent.parent
RUNS = 5
EMULATED_RUNS = 3
CHECK = "check/#n=4008001234"
KB = 1000
MB = 1000 * KB
STOCK_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json")

# A page that starts the npm package's Pyodide, as it comes, in a module worker, and nothing else.
STOCK_PAGE = """<!doctype html><html lang="en"><meta charset="utf-8"><title>stock Pyodide</title>
<script type="module">
const worker = new Worker("worker.mjs", { type: "module" });
worker.onmessage = () => { performance.mark("pyodide-ready"); document.body.dataset.state = "ready"; };
</script><body></body></html>
"""
STOCK_WORKER = """const { loadPyodide } = await import("./pyodide/pyodide.mjs");
await loadPyodide();
postMessage("ready");
"""
# Chrome DevTools' presets as Chromium defines them (front_end/core/sdk/NetworkManager.ts):
# nominal throughput derated by 0.9 and latency multiplied, in bytes/s and ms.
NETWORKS = {
    "Fast 4G": {
        "offline": False,
        "downloadThroughput": 9e6 / 8 * 0.9,
        "uploadThroughput": 1.5e6 / 8 * 0.9,
        "latency": 60 * 2.75,
    },
    "Slow 4G": {
        "offline": False,
        "downloadThroughput": 1.6e6 / 8 * 0.9,
        "uploadThroughput": 750e3 / 8 * 0.9,
        "latency": 150 * 3.75,
    },
    # A home line or a good mobile one: issue 23's figures for the intent to check.
    "8 Mbit/s": {"offline": False, "downloadThroughput": 8e6 / 8, "uploadThroughput": 2e6 / 8, "latency": 40},
}
INTENT_LINK = "8 Mbit/s"
INTENT_ARTICLE = "numbers/"
INTENT_READ_S = 8  # how long the reader stays on the article
INTENT_RUNS = 3
TO_CHECK = "a.md-nav__link[href$='check/']"  # the navigation's link to the Check page
CPU_SLOWDOWN = 4
EMULATED_MS = 600_000
# Long tasks from the very start of the page: the observer goes in before any page script.
# Long animation frames say which scripts ran in them, to tell the checker's from the theme's.
LONG_TASKS = """window.__longTasks = [];
window.__longFrames = [];
new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push(e.duration); })
  .observe({ type: "longtask", buffered: true });
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    window.__longFrames.push({ duration: e.duration, scripts: e.scripts.map((s) => [s.sourceURL, s.duration]) });
  }
}).observe({ type: "long-animation-frame", buffered: true });
"""
VERDICT_TIMES = """async (numbers) => {
  const form = document.getElementById("number-check");
  const result = document.getElementById("number-check-result");
  const times = [];
  for (const number of numbers) {
    const before = result.dataset.verdictId;
    const changed = new Promise((done) => {
      const watch = new MutationObserver(() => {
        if (result.dataset.verdictId !== before) { watch.disconnect(); done(); }
      });
      watch.observe(result, { attributes: true });
    });
    const start = performance.now();
    form.elements.number.value = number;
    form.requestSubmit();
    await changed;
    times.push(performance.now() - start);
  }
  return times;
}"""
NUMBERS = [
    "4008001234",
    "+86 10 12308",
    "95588",
    "00441234567890",
    "106912345678",
    "13812345678",
    "96110",
    "+1 212 555 0100",
    "0951-1234567",
    "call me",
] * 3
ARTICLES = ("", "hotline-12308/", "numbers/", "scammed/", "prevention/", "card/", "about/")


def _mark(page, name: str) -> float:
    return page.evaluate("name => performance.getEntriesByName(name)[0].startTime", name)


def _mark_if(page, name: str) -> float | None:
    return page.evaluate("name => performance.getEntriesByName(name)[0]?.startTime ?? null", name)


# The checker's own verdict has landed: a stored answer (checker-answer) may show before it.
VERDICT = "() => performance.getEntriesByName('checker-verdict').length > 0"


def _emulate(context, page, network: str | None, cpu: int = CPU_SLOWDOWN) -> None:
    if network:
        session = context.new_cdp_session(page)
        session.send("Network.enable")
        session.send("Network.emulateNetworkConditions", NETWORKS[network])
        session.send("Emulation.setCPUThrottlingRate", {"rate": cpu})


class _Transfer:
    """Bytes a page transfers (headers and bodies as encoded, its workers' requests included)
    up to a moment of its own clock."""

    def __init__(self, page):
        self.page, self.requests = page, []
        page.on("requestfinished", lambda request: self.requests.append(request))

    def until(self, mark: str) -> int:
        self.page.wait_for_load_state("networkidle")
        # Playwright's times are epoch milliseconds; the mark is relative to the page's time origin.
        end = self.page.evaluate(
            "name => performance.timeOrigin + performance.getEntriesByName(name)[0].startTime", mark
        )
        total = 0
        for request in self.requests:
            if request.timing["startTime"] + request.timing["responseEnd"] <= end:
                sizes = request.sizes()
                total += sizes["responseBodySize"] + sizes["responseHeadersSize"]
        return total


def _cold(browser, url: str, network: str | None = None, timeout: int = READY_MS) -> tuple[dict, object, object]:
    context = browser.new_context()
    page = context.new_page()
    _emulate(context, page, network)
    page.add_init_script(LONG_TASKS)
    transfer = _Transfer(page)
    page.goto(url + CHECK, timeout=timeout)
    page.wait_for_function(VERDICT, timeout=timeout)
    run = {
        "cold_ready": _mark(page, "checker-ready"),
        "cold_verdict": _mark(page, "checker-verdict"),
        "worker_started": _mark(page, "checker-start"),
        "answer": _mark_if(page, "checker-answer"),
        "early": page.get_attribute("#number-check-result", "data-early"),  # "same" if it was the verdict
    }
    assert page.get_attribute("#number-check-result", "data-risk") == "danger"
    assert page.get_attribute("#number-check", "data-start") == "cold"
    return run, context, (page, transfer)


# The warm start's steps as the worker times them (worker.js, timed()), in the order they run;
# some overlap: the import and the read run side by side.
WARM_PHASES = {
    "read": "snapshot read from Cache Storage",
    "import": "pyodide.asm.mjs import",
    "sha256": "snapshot SHA-256",
    "wasm": "wasm fetch, compile and instantiate",
    "init": "module init",
    "loadPyodide": "loadPyodide (wasm, init, restore)",
    "boot": "startChecker (loadPyodide, zips, import)",
    "selftest": "self-test",
}


def _warm(page) -> dict:
    """The warm visit's own load, its start's phases, and check to verdict, off the page's clock."""
    return {
        "warm_load": page.evaluate("performance.getEntriesByType('navigation')[0].loadEventEnd"),
        "warm_phases": page.evaluate("performance.getEntriesByName('checker-ready')[0].detail") or {},
        "warm_check": _mark(page, "checker-verdict") - _mark(page, "checker-ready"),
    }


def _cold_and_warm(browser, url: str) -> dict:
    run, context, (page, transfer) = _cold(browser, url)
    run["long_tasks"] = page.evaluate("window.__longTasks")
    run["long_frames"] = page.evaluate("window.__longFrames")
    page.wait_for_selector("#number-check[data-snapshot=stored]", timeout=READY_MS)
    # The service worker keeps the runtime once asked (widget.js keepOffline), so that the warm
    # visit is a repeat visit's: everything from the service worker.
    page.wait_for_selector("#number-check[data-offline=kept]", state="attached", timeout=READY_MS)
    run["cold_bytes"] = transfer.until("checker-verdict")
    page.evaluate("navigator.serviceWorker.ready")
    page.goto("about:blank")
    page.goto(url + CHECK)
    page.wait_for_function(VERDICT, timeout=READY_MS)
    assert page.get_attribute("#number-check-result", "data-risk") == "danger"
    assert page.get_attribute("#number-check", "data-start") == "snapshot"
    run["warm_ready"] = _mark(page, "checker-ready")
    run["warm_verdict"] = _mark(page, "checker-verdict")
    page.wait_for_function("() => performance.getEntriesByType('navigation')[0].loadEventEnd > 0")
    run.update(_warm(page))
    run["verdict_after_ready"] = page.evaluate(VERDICT_TIMES, NUMBERS)
    context.close()
    return run


def _stock(browser, url: str, network: str | None = None, timeout: int = READY_MS) -> dict:
    context = browser.new_context()
    page = context.new_page()
    _emulate(context, page, network)
    transfer = _Transfer(page)
    page.goto(url + "bench-stock/", timeout=timeout)
    page.wait_for_selector("body[data-state=ready]", state="attached", timeout=timeout)
    run = {"ready": _mark(page, "pyodide-ready"), "bytes": transfer.until("pyodide-ready")}
    context.close()
    return run


def _emulated(browser, url: str, network: str) -> dict:
    """Cold first verdicts and stock Pyodide ready under one network emulation, taking turns."""
    ours, stock, answers, early = [], [], [], []
    for _ in range(EMULATED_RUNS):
        stock.append(_stock(browser, url, network, EMULATED_MS)["ready"])
        run, context, _ = _cold(browser, url, network, EMULATED_MS)
        context.close()
        ours.append(run["cold_verdict"])
        answers.append(run["answer"])
        early.append(run["early"])
    return {"verdict": ours, "stock": stock, "answer": answers, "early": early}


def _stored_answers(site: Path, emulated: dict) -> list[Figure]:
    """The answer stored in advance for the Check page's input, under each emulation: navigation
    to it (Slow 4G's held to 3 s), the checker's verdict that follows, and whether every run's
    verdict was that very answer; and the size of the files, as Pages sends them."""
    config = json.loads(CONFIG.search((site / "check" / "index.html").read_text(encoding="utf-8")).group(1))
    sizes = [transferred(p.name, p.read_bytes()) for p in (site / config["answers"]["baseURL"]).rglob("*.json")]
    figures = [
        held(
            "Chromium",
            "answers-largest",
            "stored answers: largest file (one a page fetches)",
            max(sizes) / KB,
            "KB",
            20,
        ),
        Figure("Chromium", "answers-total", f"stored answers: all {len(sizes)} files", sum(sizes) / KB, "KB"),
    ]
    for network, times in emulated.items():
        condition = f"{network}, CPU {CPU_SLOWDOWN}x"
        shown = [t for t in times["answer"] if t is not None]
        answer = statistics.median(shown) if len(shown) == len(times["answer"]) else float("inf")
        name = f"{condition}: Check page, cold: navigation to the stored answer"
        figures += [
            held("Chromium", f"{network}-answer", name, answer, "ms", 3000)
            if network == "Slow 4G"
            else Figure("Chromium", f"{network}-answer", name, answer, "ms"),
            held(
                "Chromium",
                f"{network}-answer-same",
                f"{condition}: runs whose verdict was the stored answer, byte for byte",
                times["early"].count("same"),
                f"of {len(times['early'])}",
                len(times["early"]),
                at_most=False,
            ),
        ]
    return figures


def _weight(browser, url: str, path: str) -> tuple[int, list[str]]:
    """Bytes transferred (headers and bodies, as encoded) for one visit, and the URLs fetched."""
    context = browser.new_context()
    page = context.new_page()
    requests = []
    page.on("requestfinished", lambda request: requests.append(request))
    page.goto(url + path)
    page.wait_for_load_state("networkidle")
    total = 0
    for request in requests:
        sizes = request.sizes()
        total += sizes["responseBodySize"] + sizes["responseHeadersSize"]
    context.close()
    return total, [request.url for request in requests]


def _phase_figures(runs: list[dict]) -> list[Figure]:
    """The warm start's phases, each a median over the runs, and check to verdict."""
    figures = [
        Figure(
            "Chromium",
            f"warm-phase:{name}",
            f"warm phase: {label}",
            statistics.median(r["warm_phases"][name] for r in runs),
            "ms",
        )
        for name, label in WARM_PHASES.items()
        if all(name in r["warm_phases"] for r in runs)
    ]
    check = statistics.median(r["warm_check"] for r in runs)
    return [*figures, Figure("Chromium", "warm-phase:check", "warm phase: check to verdict", check, "ms")]


def _after_article(browser, url: str, intent: bool) -> float:
    """An 8 s visit to an article (hovering the Check link if `intent`), then the Check page:
    navigation to its first verdict, at INTENT_LINK with no CPU slowdown."""
    context = browser.new_context()
    page = context.new_page()
    _emulate(context, page, INTENT_LINK, cpu=1)
    page.goto(url + INTENT_ARTICLE)
    if intent:
        page.hover(TO_CHECK)
    page.wait_for_timeout(INTENT_READ_S * 1000)
    page.goto(url + CHECK)
    page.wait_for_function(VERDICT, timeout=EMULATED_MS)  # the checker's own, not a stored answer
    assert page.get_attribute("#number-check", "data-start") == "cold"
    verdict = _mark(page, "checker-verdict")
    context.close()
    return verdict


def _intent(browser, url: str) -> dict:
    """First verdicts after an article visit, with and without intent shown, taking turns."""
    runs = {"intent": [], "none": []}
    for _ in range(INTENT_RUNS):
        for key in runs:
            runs[key].append(_after_article(browser, url, intent=key == "intent"))
    return runs


def _intent_figures(runs: dict) -> list[Figure]:
    condition = f"{INTENT_LINK}, {INTENT_READ_S} s on an article"
    return [
        Figure(
            "Chromium",
            "intent-verdict",
            f"{condition}, Check link hovered: Check page's first verdict",
            statistics.median(runs["intent"]),
            "ms",
        ),
        Figure(
            "Chromium",
            "no-intent-verdict",
            f"{condition}, no intent shown: Check page's first verdict",
            statistics.median(runs["none"]),
            "ms",
        ),
        held(
            "Chromium",
            "intent-ratio",
            f"{condition}: first verdict with intent / without",
            statistics.median(a / b for a, b in zip(runs["intent"], runs["none"], strict=True)),
            "×",
            0.4,
        ),
    ]


def run(site: Path) -> tuple[list[Figure], dict]:
    with tempfile.TemporaryDirectory() as tmp:
        served = Path(tmp) / "site"
        shutil.copytree(site, served)
        stock_dir = served / "bench-stock"
        (stock_dir / "pyodide").mkdir(parents=True)
        for name in STOCK_FILES:
            shutil.copyfile(ROOT / "node_modules" / "pyodide" / name, stock_dir / "pyodide" / name)
        (stock_dir / "index.html").write_text(STOCK_PAGE)
        (stock_dir / "worker.mjs").write_text(STOCK_WORKER)
        # Pages' Cache-Control: the worker's requests reuse the page's preloads and prefetches.
        with SiteServer(served, gzip=True, max_age=PAGES_MAX_AGE) as server, sync_playwright() as playwright:
            browser = launch(playwright)
            runs, stock = [], []
            for _ in range(RUNS):  # taking turns, so both see the same machine
                stock.append(_stock(browser, server.url))
                runs.append(_cold_and_warm(browser, server.url))
            emulated = {network: _emulated(browser, server.url, network) for network in NETWORKS}
            intent = _intent(browser, server.url)
            weights = {}
            for lang in ("", "en/"):
                for path in ARTICLES:
                    weights[lang + path] = _weight(browser, server.url, lang + path)
            version = browser.version
            browser.close()

    def median(key: str) -> float:
        return statistics.median(run[key] for run in runs)

    def ratio(ours: list[float], theirs: list[float]) -> float:
        return statistics.median(a / b for a, b in zip(ours, theirs, strict=True))

    stock_ready = [s["ready"] for s in stock]
    after_ready = [t for r in runs for t in r["verdict_after_ready"]]
    long_tasks = [t for r in runs for t in r["long_tasks"]]
    # Time the checker's own script (widget.js) spent in any long frame, per frame.
    ours = [
        sum(d for source, d in frame["scripts"] if "/assets/checker/" in source)
        for r in runs
        for frame in r["long_frames"]
    ]
    fetched_pyodide = [path for path, (_, urls) in weights.items() if any("/assets/pyodide/" in u for u in urls)]
    figures = [
        Figure(
            "Chromium",
            "stock-ready",
            "stock page: navigation to Pyodide ready (npm package's loadPyodide())",
            statistics.median(stock_ready),
            "ms",
        ),
        Figure(
            "Chromium", "worker-started", "Check page: worker started after navigation", median("worker_started"), "ms"
        ),
        Figure("Chromium", "cold-ready", "Check page, cold: navigation to checker ready", median("cold_ready"), "ms"),
        Figure(
            "Chromium", "cold-verdict", "Check page, cold: navigation to first verdict", median("cold_verdict"), "ms"
        ),
        Figure(
            "Chromium",
            "cold-ready-ratio",
            "cold ready / stock Pyodide ready",
            ratio([r["cold_ready"] for r in runs], stock_ready),
            "×",
        ),
        held(
            "Chromium",
            "cold-verdict-ratio",
            "cold first verdict / stock Pyodide ready",
            ratio([r["cold_verdict"] for r in runs], stock_ready),
            "×",
            0.6,
        ),
        Figure(
            "Chromium",
            "stock-bytes",
            "stock page: transferred to Pyodide ready",
            statistics.median(s["bytes"] for s in stock) / MB,
            "MB",
        ),
        held(
            "Chromium",
            "cold-bytes",
            "Check page, cold: transferred to first verdict",
            median("cold_bytes") / MB,
            "MB",
            5.5,
        ),
    ]
    for network, times in emulated.items():
        condition = f"{network}, CPU {CPU_SLOWDOWN}x"
        figures += [
            Figure(
                "Chromium",
                f"{network}-stock-ready",
                f"{condition}: stock page, navigation to Pyodide ready",
                statistics.median(times["stock"]),
                "ms",
            ),
            Figure(
                "Chromium",
                f"{network}-cold-verdict",
                f"{condition}: Check page, cold: navigation to first verdict",
                statistics.median(times["verdict"]),
                "ms",
            ),
            Figure(
                "Chromium",
                f"{network}-cold-verdict-ratio",
                f"{condition}: cold first verdict / stock Pyodide ready",
                ratio(times["verdict"], times["stock"]),
                "×",
            ),
        ]
    figures += _stored_answers(site, emulated)
    figures += [
        Figure("Chromium", "warm-ready", "Check page, warm: navigation to checker ready", median("warm_ready"), "ms"),
        Figure(
            "Chromium", "warm-verdict", "Check page, warm: navigation to first verdict", median("warm_verdict"), "ms"
        ),
        held(
            "Chromium",
            "warm-cold-ratio",
            "warm ready / cold ready",
            statistics.median(r["warm_ready"] / r["cold_ready"] for r in runs),
            "×",
            0.3,
        ),
        held(
            "Chromium",
            "verdict-after-ready",
            f"verdict after ready (median of {len(after_ready)})",
            statistics.median(after_ready),
            "ms",
            50,
        ),
        Figure("Chromium", "warm-load", "Check page, warm: navigation to the load event", median("warm_load"), "ms"),
        held(
            "Chromium",
            "warm-load-ratio",
            "warm first verdict / the page's own load",
            statistics.median(r["warm_verdict"] / r["warm_load"] for r in runs),
            "×",
            2,
        ),
        *_phase_figures(runs),
        Figure("Chromium", "verdict-after-ready-max", "verdict after ready, slowest", max(after_ready), "ms"),
        held(
            "Chromium",
            "long-tasks",
            "main-thread long tasks while the checker loads (cold)",
            len(long_tasks),
            "tasks",
            0,
        ),
        Figure("Chromium", "longest-task", "longest main-thread task while loading", max(long_tasks, default=0), "ms"),
        held(
            "Chromium",
            "longest-own-script",
            "longest run of the checker's script in a long frame",
            max(ours, default=0),
            "ms",
            50,
        ),
        held(
            "Chromium",
            "articles-fetching-pyodide",
            "article pages that fetch any of Pyodide",
            len(fetched_pyodide),
            "pages",
            0,
        ),
    ]
    figures += _intent_figures(intent)
    for path, (size, _) in weights.items():
        figures.append(held("Chromium", f"weight:{path}", f"weight: /{path}", size / KB, "KB", 250))
    raw = {
        "runs": runs,
        "stock": stock,
        "emulated": emulated,
        "intent": intent,
        "networks": NETWORKS,
        "cpu_slowdown": CPU_SLOWDOWN,
        "weights": {path: size for path, (size, _) in weights.items()},
        "pages_fetching_pyodide": fetched_pyodide,
        "chromium": version,
    }
    return figures, raw


if __name__ == "__main__":
    from .report import table

    print(table(run(ROOT / "site")[0]))
