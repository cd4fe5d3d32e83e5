"""The same site at an origin's root (a custom domain, a <user>.github.io repository, a mirror)
and under a path of it (a project site, https://<user>.github.io/call-guide/): nothing changes
but SITE_URL. Its links resolve, its service worker's scope is the site's path, and every cache
and storage key it makes is named under that path."""

import json
import re
from urllib.parse import unquote, urljoin, urlsplit

import pytest
from mkdocs.utils.yaml import yaml_load

from support.chromium import READY_MS, check_number
from support.server import SiteServer

from .helpers import FORK, ROOT
from .html import read

with open(ROOT / "mkdocs.yml", encoding="utf-8") as config:
    SITE_URL = yaml_load(config)["site_url"]  # MkDocs' loader: it knows the !ENV tag

# The default test build is at its origin's root; the fork's is under a path.
ORIGINS = {"root": SITE_URL, "sub-path": FORK["SITE_URL"]}
CONFIG = re.compile(r'<script id="checker-config" type="application/json">([^<]*)</script>')
BUILD = re.compile(r"const BUILD = (\{.*?\});", re.DOTALL)


@pytest.fixture(params=ORIGINS, scope="module")
def origin(request, site_dir, fork_site_dir):
    """(the built site, its address, its path). Both builds are named, so the tests' tier is site."""
    address = ORIGINS[request.param]
    return site_dir if request.param == "root" else fork_site_dir, address, urlsplit(address).path


def test_one_build_is_at_a_root_and_one_under_a_path():
    assert {urlsplit(address).path for address in ORIGINS.values()} == {"/", "/call-guide/"}


def test_every_link_of_every_page_resolves_under_the_sites_path(origin):
    site, address, path = origin
    checked = 0
    for html_file in site.rglob("*.html"):
        page = read(html_file.read_text(encoding="utf-8"))
        # Where the page is served: 404.html at any missing path, so its links are absolute.
        url = urljoin(address, html_file.relative_to(site).as_posix().removesuffix("index.html"))
        for href in page.links + page.sources:
            parts = urlsplit(urljoin(url, href))
            if href.startswith(("mailto:", "tel:", "data:")) or parts.netloc != urlsplit(address).netloc:
                continue
            assert parts.path.startswith(path), f"{html_file.relative_to(site)} -> {href}"
            target = site / unquote(parts.path.removeprefix(path))
            if target.is_dir():
                target = target / "index.html"
            assert target.is_file(), f"{html_file.relative_to(site)} -> {href}"
            checked += 1
    assert checked > 1000


def test_the_canonical_address_and_sitemap_are_the_sites(origin):
    site, address, _ = origin
    assert urljoin(address, "en/check/") in read((site / "en" / "check" / "index.html").read_text("utf-8")).links
    locations = re.findall(r"<loc>([^<]*)</loc>", (site / "sitemap.xml").read_text(encoding="utf-8"))
    assert locations and all(location.startswith(address) for location in locations)


def test_the_service_worker_and_the_checker_keep_to_the_sites_path(origin):
    site, _, path = origin
    build = json.loads(BUILD.search((site / "sw.js").read_text(encoding="utf-8")).group(1))
    config = json.loads(CONFIG.search((site / "check" / "index.html").read_text(encoding="utf-8")).group(1))
    scope = path + "#"
    assert build["scope"] == config["scope"] == scope
    assert build["cache"].startswith(scope) and all(name.startswith(scope) for name in build["keep"])
    assert config["snapshot"]["prefix"].startswith(scope) and config["snapshot"]["cache"].startswith(scope)
    # Every URL it names is relative (to the site root; rootURL to the page), and a file of the site.
    urls = [
        value
        for part in (config, config["runtime"], config["snapshot"])
        for key, value in part.items()
        if key.endswith("URL") and value and key not in ("rootURL", "keyURL")
    ] + config["runtime"]["zipURLs"]
    assert config["rootURL"] == "../"
    for url in urls:
        assert not urlsplit(url).scheme and not url.startswith("/"), url
        assert (site / url.partition("?")[0]).exists(), url


def test_served_at_its_path_the_checker_and_service_worker_work_there(browser, origin):
    site, _, path = origin
    with SiteServer(site, prefix=path.lstrip("/")) as server:
        context = browser.new_context()
        page = context.new_page()
        page.goto(server.url + "check/")
        page.wait_for_selector("#number-check[data-state=ready]", timeout=READY_MS)
        assert check_number(page, "4008001234")[0] == "danger"
        registered = page.evaluate("navigator.serviceWorker.ready.then((registration) => registration.scope)")
        assert registered == server.url
        page.wait_for_selector("#number-check[data-snapshot=stored]", timeout=READY_MS)
        names = page.evaluate("caches.keys()")
        assert names and all(name.startswith(path + "#") for name in names), names
        # Material names its own keys under the site's path too ("/call-guide/.__palette").
        stored = page.evaluate("Object.keys(localStorage)")
        assert stored and all(key.startswith((path + "#", path + ".__")) for key in stored), stored
        # The header's link home, and the page in the other languages, as the page links them.
        for link in ("header a.md-logo", "a[hreflang=en]", "a[hreflang=zh-Hant]"):
            href = page.eval_on_selector(link, "(a) => a.href")
            assert href.startswith(server.url) and page.request.get(href).ok, (link, href)
        context.close()
