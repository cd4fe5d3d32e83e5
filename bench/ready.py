"""Time from navigation to checker ready, and to the first verdict, in headless Chromium.

    .venv/bin/python bench/ready.py [RUNS]     (after `make build`; serves site/ on 127.0.0.1)

Each run uses a fresh browser context (cold cache). Prints medians in milliseconds.
"""

from __future__ import annotations

import functools
import http.server
import statistics
import sys
import threading
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

SITE = Path(__file__).resolve().parent.parent / "site"


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, ".mjs": "text/javascript",
                      ".wasm": "application/wasm"}

    def log_message(self, *args):
        pass


def main(runs: int) -> None:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=str(SITE)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{httpd.server_address[1]}/check/#n=4008001234"
    ready, verdict = [], []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium",
            args=["--no-sandbox", "--disable-background-networking", "--disable-component-update"],
        )
        for _ in range(runs):
            context = browser.new_context()
            page = context.new_page()
            start = time.perf_counter()
            page.goto(url, wait_until="commit")
            page.wait_for_selector("#number-check[data-state=ready]", timeout=120_000)
            ready.append((time.perf_counter() - start) * 1000)
            page.wait_for_selector("#number-check-result[data-risk=danger]", timeout=120_000)
            verdict.append((time.perf_counter() - start) * 1000)
            context.close()
        browser.close()
    httpd.shutdown()
    httpd.server_close()
    print(f"runs: {runs} (cold cache each)")
    print(f"navigation -> checker ready:  median {statistics.median(ready):7.0f} ms  (min {min(ready):.0f}, max {max(ready):.0f})")
    print(f"navigation -> first verdict:  median {statistics.median(verdict):7.0f} ms")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
