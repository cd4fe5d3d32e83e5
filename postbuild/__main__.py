"""`python -m postbuild SITE_DIR [--site-url URL]`: the site's own work over a site already
rendered with this theme (by MkDocs, ProperDocs or a successor), as `mkdocs build` does it
through the hooks: the checker's files, the rules as open data, each page's policy, then the
service worker, which hashes every file and so comes last."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

import bundler
from checker import open_data

from . import assets, csp, offline

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE = ROOT / "overrides" / offline.SERVICE_WORKER


def finish(site: Path, site_url: str) -> None:
    bundled = bundler.bundle(ROOT, site_url)
    assets.copy(site, bundled.files)
    open_data.write(site, site_url)
    for page in sorted(site.rglob("*.html")):
        page.write_text(csp.secure(page.read_text(encoding="utf-8")), encoding="utf-8")
    offline.write(site, TEMPLATE, bundled.config)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m postbuild", description=__doc__.split("\n\n")[0])
    parser.add_argument("site", type=Path, help="the built site's directory")
    # The same address the pages were built for: the caches and storage keys are named by its path.
    parser.add_argument(
        "--site-url", default=os.environ.get("SITE_URL"), help="the site's address (default: $SITE_URL)"
    )
    args = parser.parse_args(argv)
    if not args.site_url:
        parser.error("give the site's address: --site-url https://example.org/ (or set SITE_URL)")
    if not (args.site / "index.html").is_file():
        parser.error(f"{args.site} holds no built site (no index.html)")
    finish(args.site, args.site_url)


if __name__ == "__main__":
    main()
