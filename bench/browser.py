"""Headless Chromium on the built site, served on 127.0.0.1 with text gzipped as GitHub Pages does.

- the Check page: navigation to checker ready and to the first verdict, cold (new profile)
  and warm (the same profile, back again), against a bare page that only starts Pyodide in
  a worker, each ratio from the same run;
- the verdict time once ready, and main-thread long tasks while the checker loads;
- every page's weight as transferred, and whether it fetched any of Pyodide.
Times are read off the page's own clock (performance marks the widget sets), not Playwright's.
"""

from __future__ import annotations

import shutil
import statistics
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from tests.chromium import READY_MS, launch
from tests.server import SiteServer

from .report import Figure, held

ROOT = Path(__file__).resolve().parent.parent
RUNS = 5
CHECK = "check/#n=4008001234"
KB = 1000

# A page that starts Pyodide in a module worker, exactly as the widget does, and nothing else.
BARE_PAGE = """<!doctype html><html lang="en"><meta charset="utf-8"><title>bare Pyodide</title>
<script type="module">
const worker = new Worker("worker.mjs", { type: "module" });
worker.onmessage = () => { performance.mark("pyodide-ready"); document.body.dataset.state = "ready"; };
</script><body></body></html>
"""
BARE_WORKER = """const indexURL = new URL("../{pyodide}", self.location).href;
const { loadPyodide } = await import(indexURL + "pyodide.mjs");
await loadPyodide({ indexURL });
postMessage("ready");
"""
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
NUMBERS = ["4008001234", "+86 10 12308", "95588", "00441234567890", "106912345678", "13812345678",
           "96110", "+1 212 555 0100", "0951-1234567", "call me"] * 3
ARTICLES = ("", "hotline-12308/", "numbers/", "scammed/", "prevention/", "card/", "about/")


def _mark(page, name: str) -> float:
    return page.evaluate("name => performance.getEntriesByName(name)[0].startTime", name)


def _cold_and_warm(browser, url: str) -> dict:
    context = browser.new_context()
    page = context.new_page()
    page.add_init_script(LONG_TASKS)
    page.goto(url + CHECK)
    page.wait_for_selector("#number-check-result[data-risk=danger]", timeout=READY_MS)
    run = {
        "cold_ready": _mark(page, "checker-ready"),
        "cold_verdict": _mark(page, "checker-verdict"),
        "long_tasks": page.evaluate("window.__longTasks"),
        "long_frames": page.evaluate("window.__longFrames"),
        "worker_started": _mark(page, "checker-start"),
    }
    assert page.get_attribute("#number-check", "data-start") == "cold"
    page.wait_for_selector("#number-check[data-snapshot=stored]", timeout=READY_MS)
    page.evaluate("navigator.serviceWorker.ready")
    page.goto("about:blank")
    page.goto(url + CHECK)
    page.wait_for_selector("#number-check-result[data-risk=danger]", timeout=READY_MS)
    assert page.get_attribute("#number-check", "data-start") == "snapshot"
    run["warm_ready"] = _mark(page, "checker-ready")
    run["warm_verdict"] = _mark(page, "checker-verdict")
    run["verdict_after_ready"] = page.evaluate(VERDICT_TIMES, NUMBERS)
    context.close()
    return run


def _bare(browser, url: str) -> float:
    context = browser.new_context()
    page = context.new_page()
    page.goto(url + "bench-bare/")
    page.wait_for_selector("body[data-state=ready]", state="attached", timeout=READY_MS)
    ready = _mark(page, "pyodide-ready")
    context.close()
    return ready


def _weight(browser, url: str, path: str, *, until_ready: bool = False) -> tuple[int, list[str]]:
    """Bytes transferred (headers and bodies, as encoded) for one visit, and the URLs fetched."""
    context = browser.new_context()
    page = context.new_page()
    requests = []
    page.on("requestfinished", lambda request: requests.append(request))
    page.goto(url + path)
    if until_ready:
        page.wait_for_selector("#number-check[data-state=ready]", timeout=READY_MS)
    page.wait_for_load_state("networkidle")
    total = 0
    for request in requests:
        sizes = request.sizes()
        total += sizes["responseBodySize"] + sizes["responseHeadersSize"]
    context.close()
    return total, [request.url for request in requests]


def run(site: Path) -> tuple[list[Figure], dict]:
    with tempfile.TemporaryDirectory() as tmp:
        served = Path(tmp) / "site"
        shutil.copytree(site, served)
        pyodide = next((served / "assets" / "pyodide").iterdir()).relative_to(served).as_posix() + "/"
        (served / "bench-bare").mkdir()
        (served / "bench-bare" / "index.html").write_text(BARE_PAGE)
        (served / "bench-bare" / "worker.mjs").write_text(BARE_WORKER.replace("{pyodide}", pyodide))
        with SiteServer(served, gzip=True) as server, sync_playwright() as playwright:
            browser = launch(playwright)
            runs, bare = [], []
            for _ in range(RUNS):  # taking turns, so both see the same machine
                bare.append(_bare(browser, server.url))
                runs.append(_cold_and_warm(browser, server.url))
            weights = {}
            for lang in ("", "en/"):
                for path in ARTICLES:
                    weights[lang + path] = _weight(browser, server.url, lang + path)
            check_weight = _weight(browser, server.url, "check/", until_ready=True)
            browser.close()

    def median(key: str) -> float:
        return statistics.median(run[key] for run in runs)

    cold_ratio = statistics.median(r["cold_ready"] / b for r, b in zip(runs, bare, strict=True))
    warm_ratio = statistics.median(r["warm_ready"] / r["cold_ready"] for r in runs)
    after_ready = [t for r in runs for t in r["verdict_after_ready"]]
    long_tasks = [t for r in runs for t in r["long_tasks"]]
    # Time the checker's own script (widget.js) spent in any long frame, per frame.
    ours = [sum(d for source, d in frame["scripts"] if "/assets/checker/" in source)
            for r in runs for frame in r["long_frames"]]
    fetched_pyodide = [path for path, (_, urls) in weights.items() if any("/assets/pyodide/" in u for u in urls)]
    figures = [
        Figure("Chromium", "bare page: navigation to Pyodide ready", statistics.median(bare), "ms"),
        Figure("Chromium", "Check page: worker started after navigation", median("worker_started"), "ms"),
        Figure("Chromium", "Check page, cold: navigation to checker ready", median("cold_ready"), "ms"),
        Figure("Chromium", "Check page, cold: navigation to first verdict", median("cold_verdict"), "ms"),
        held("Chromium", "cold ready / bare Pyodide ready", cold_ratio, "×", 1.2),
        Figure("Chromium", "Check page, warm: navigation to checker ready", median("warm_ready"), "ms"),
        Figure("Chromium", "Check page, warm: navigation to first verdict", median("warm_verdict"), "ms"),
        held("Chromium", "warm ready / cold ready", warm_ratio, "×", 0.3),
        held("Chromium", f"verdict after ready (median of {len(after_ready)})", statistics.median(after_ready), "ms", 50),
        Figure("Chromium", "verdict after ready, slowest", max(after_ready), "ms"),
        held("Chromium", "main-thread long tasks while the checker loads (cold)", len(long_tasks), "tasks", 0),
        Figure("Chromium", "longest main-thread task while loading", max(long_tasks, default=0), "ms"),
        held("Chromium", "longest run of the checker's script in a long frame", max(ours, default=0), "ms", 50),
        held("Chromium", "article pages that fetch any of Pyodide", len(fetched_pyodide), "pages", 0),
    ]
    for path, (size, _) in weights.items():
        figures.append(held("Chromium", f"weight: /{path}", size / KB, "KB", 250))
    figures.append(Figure("Chromium", "weight: /check/ until the checker is ready", check_weight[0] / KB, "KB"))
    raw = {"runs": runs, "bare": bare, "weights": {path: size for path, (size, _) in weights.items()},
           "check_weight": check_weight[0], "pages_fetching_pyodide": fetched_pyodide,
           "chromium": browser.version}
    return figures, raw


if __name__ == "__main__":
    from .report import table

    print(table(run(ROOT / "site")[0]))
