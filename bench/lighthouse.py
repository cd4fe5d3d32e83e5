"""Lighthouse (npm lighthouse, pinned in package-lock.json) on every page, mobile (its default).

The built site is served on 127.0.0.1 with text gzipped as GitHub Pages does, and each run
launches Debian's Chromium afresh. Targets: accessibility, best practices and SEO 100
on every page; performance at least 95 on the pages without the checker. The Check page's
performance is recorded as it is, and compared with two copies of it: Material's bundle script
deferred, and left out altogether (what trimming it could buy at most).

Lighthouse's mobile preset slows the CPU 4× on the assumption of a fast desktop host (benchmark
index 1500–2000); on a slower or busy host it warns, and performance (total blocking time above
all) reads lower. So performance is the median of RUNS runs, made in turns over the pages, and
the host's benchmark index is recorded with every run so that the figures can be read against it.
The other three categories do not depend on the host: they come from the first run.

Issue 23's target is Home and two article pages in each language (TARGET) at performance 95 or
more. Beside them, in the same turns, an article page as it is and stripped of Material's bundle:
the control that shows the ceiling this host allows a page of this site.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from support.chromium import ARGS, CHROMIUM
from support.server import SiteServer

from .report import Figure, held

ROOT = Path(__file__).resolve().parent.parent
CLI = ROOT / "node_modules" / "lighthouse" / "cli" / "index.js"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
RUNS = 3  # Lighthouse's own advice is the median of several runs
BUNDLE = re.compile(r'<script src="([^"]*assets/javascripts/bundle\.[0-9a-f]+\.min\.js)"></script>')
LANGUAGES = {"zh": "", "zh-Hant": "zh-Hant/", "en": "en/"}  # each language's URL prefix
TARGET = [prefix + page for prefix in LANGUAGES.values() for page in ("", "hotline-12308/", "numbers/")]
# Copies of a page, each beside its source at the same depth, so that every relative link in it
# still resolves: the Check page with Material's bundle script deferred and left out, and an
# article page as it is and without the bundle (the stripped control).
VARIANTS = {
    "check/": ("check/", lambda html: html),
    "check-deferred/": ("check/", lambda html: BUNDLE.sub(r'<script src="\1" defer></script>', html)),
    "check-trimmed/": ("check/", lambda html: BUNDLE.sub("", html)),
    "hotline-12308/": ("hotline-12308/", lambda html: html),
    "hotline-12308-stripped/": ("hotline-12308/", lambda html: BUNDLE.sub("", html)),
}


def _lighthouse(url: str, categories=CATEGORIES) -> dict:
    """One Lighthouse run: the scores, the performance metrics and the host's benchmark index."""
    flags = " ".join(["--headless=new", *ARGS])
    run = subprocess.run(
        [
            "node",
            str(CLI),
            url,
            "--quiet",
            "--output=json",
            "--output-path=stdout",
            f"--only-categories={','.join(categories)}",
            f"--chrome-flags={flags}",
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "CHROME_PATH": CHROMIUM},
        check=True,
    )
    report = json.loads(run.stdout)
    audits = report["audits"]
    return {
        "scores": {name: round(report["categories"][name]["score"] * 100) for name in categories},
        # What kept a score below 100, so that a miss can be read without rerunning.
        "failed": sorted(
            {
                ref["id"]
                for name in categories
                for ref in report["categories"][name]["auditRefs"]
                if ref["weight"] and audits[ref["id"]]["score"] is not None and audits[ref["id"]]["score"] < 1
            }
        ),
        "ms": {
            metric: audits[metric]["numericValue"]
            for metric in ("first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "speed-index")
        },
        "benchmark_index": report["environment"]["benchmarkIndex"],
    }


def _variant_site(site: Path, tmp: Path) -> Path:
    copy = tmp / "site"
    shutil.copytree(site, copy)
    for path, (source, change) in VARIANTS.items():
        html = (site / source / "index.html").read_text(encoding="utf-8")
        assert BUNDLE.search(html), (
            f"Material's bundle script is not where bench/lighthouse.py looks for it in {source}"
        )
        (copy / path).mkdir(exist_ok=True)
        (copy / path / "index.html").write_text(change(html), encoding="utf-8")
    return copy


def _page(runs: list[dict]) -> dict:
    """A page's figures from its runs: the first run's scores, performance and TBT as medians."""
    return {
        "scores": {**runs[0]["scores"], "performance": statistics.median(r["scores"]["performance"] for r in runs)},
        "failed": runs[0]["failed"],
        "tbt_ms": statistics.median(r["ms"]["total-blocking-time"] for r in runs),
        "runs": runs,
    }


def _pages(site: Path) -> tuple[list[str], set[str]]:
    """Every page of the built site (its URL below the root), and those that hold the checker."""
    urls, checker = [], set()
    for page in sorted(site.rglob("index.html")):
        folder = page.parent.relative_to(site).as_posix()
        urls.append(url := "" if folder == "." else folder + "/")
        if "widget.js" in page.read_text(encoding="utf-8"):
            checker.add(url)
    return urls, checker


def _language(url: str) -> str:
    return next(code for code, prefix in reversed(LANGUAGES.items()) if url.startswith(prefix))


def run(site: Path, only_target: bool = False) -> tuple[list[Figure], dict]:
    """Every page (or, with only_target, the TARGET pages alone), then the variants."""
    urls, checker_pages = _pages(site)
    if only_target:
        urls = [url for url in urls if url in TARGET]
    runs: dict[str, list[dict]] = {url or "/": [] for url in urls}
    with SiteServer(site, gzip=True) as server:
        for turn in range(RUNS):  # in turns over the pages, so that the host's bad moments are shared
            for url in urls:
                runs[url or "/"].append(_lighthouse(server.url + url, CATEGORIES if turn == 0 else ("performance",)))
    variants: dict[str, list[dict]] = {path: [] for path in VARIANTS}
    with tempfile.TemporaryDirectory() as tmp, SiteServer(_variant_site(site, Path(tmp)), gzip=True) as server:
        for _ in range(RUNS):
            for path in VARIANTS:
                variants[path].append(_lighthouse(server.url + path, ("performance",)))
    pages = {url: _page(page_runs) for url, page_runs in runs.items()}

    def lowest(category: str, urls) -> float:
        return min(pages[url or "/"]["scores"][category] for url in urls)

    articles = [url for url in urls if url not in checker_pages]
    figures = [
        held(
            "Lighthouse",
            "accessibility",
            "accessibility, lowest of every page",
            lowest("accessibility", urls),
            "",
            100,
            at_most=False,
        ),
        held(
            "Lighthouse",
            "best-practices",
            "best practices, lowest of every page",
            lowest("best-practices", urls),
            "",
            100,
            at_most=False,
        ),
        held("Lighthouse", "seo", "SEO, lowest of every page", lowest("seo", urls), "", 100, at_most=False),
        held(
            "Lighthouse",
            "performance-articles",
            "performance (median), lowest of the pages without the checker",
            lowest("performance", articles),
            "",
            95,
            at_most=False,
        ),
        Figure(
            "Lighthouse",
            "performance-home",
            "performance (median), Home (its checker loads when used)",
            lowest("performance", [prefix for prefix in LANGUAGES.values() if prefix in urls]),
            "",
        ),
    ]
    if all(url in urls for url in TARGET):
        figures.append(
            held(
                "Lighthouse",
                "performance-target",
                "performance (median), lowest of Home and two article pages in each language",
                lowest("performance", TARGET),
                "",
                95,
                at_most=False,
            )
        )
    for code in LANGUAGES:
        medians = [pages[url or "/"]["scores"]["performance"] for url in articles if _language(url) == code]
        figures.append(
            Figure(
                "Lighthouse",
                f"performance-articles:{code}",
                f"performance (median), {code} pages without the checker: median of {len(medians)} (lowest)",
                statistics.median(medians),
                f"({min(medians):g})",
            )
        )
    for path, label in (
        ("check/", "Check page"),
        ("check-deferred/", "Check page, Material's script deferred"),
        ("check-trimmed/", "Check page, without Material's script"),
        ("hotline-12308/", "hotline-12308/ beside its control"),
        ("hotline-12308-stripped/", "hotline-12308/ stripped of Material's script (control)"),
    ):
        variant = _page(variants[path])
        figures += [
            Figure(
                "Lighthouse",
                f"performance:{path}",
                f"performance (median), {label}",
                variant["scores"]["performance"],
                "",
            ),
            Figure("Lighthouse", f"tbt:{path}", f"total blocking time (median), {label}", variant["tbt_ms"], "ms"),
        ]
    # The host's index beside each group of figures, since the machine may be busier in one.
    for id, label, groups in (
        ("benchmark-index", "the pages' runs", runs.values()),
        ("benchmark-index:variants", "the variants' runs", variants.values()),
    ):
        figures.append(
            Figure(
                "Lighthouse",
                id,
                f"host CPU benchmark index, median of {label} (Lighthouse expects ≥ 1000)",
                statistics.median(r["benchmark_index"] for page_runs in groups for r in page_runs),
                "",
            )
        )
    return figures, {"pages": pages, "check_variants": variants, "lighthouse": _version()}


def _version() -> str:
    return json.loads((CLI.parent.parent / "package.json").read_text(encoding="utf-8"))["version"]


def table(raw: dict) -> str:
    """The four scores of every page (performance and TBT: medians), and what kept any below 100."""
    rows = [["page", *CATEGORIES, "TBT ms", "below 100 in the first run because of"]]
    for url, page in raw["pages"].items():
        rows.append(
            [
                url,
                *(f"{page['scores'][name]:g}" for name in CATEGORIES),
                f"{page['tbt_ms']:.0f}",
                " ".join(page["failed"]),
            ]
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip() for row in rows]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(lines)


if __name__ == "__main__":
    from .report import table as figure_table

    # --target: only the pages of issue 23's target and the variants (a quicker A/B on a busy host).
    figures, raw = run(ROOT / "site", only_target="--target" in sys.argv[1:])
    print(table(raw))
    print()
    print(figure_table(figures))
