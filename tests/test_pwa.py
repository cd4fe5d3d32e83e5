"""The site as an installable app (issue 21): manifests, icons, link previews and share pictures
(webapp/, overrides/hooks/app.py), and the app's offline start (overrides/sw.js)."""

import io
import json
import math
from html.parser import HTMLParser
from urllib.parse import urljoin

import pytest
from PIL import Image

import webapp
from checker.languages import BY_CODE, CODES, localized
from checker.ui import APP
from support.chromium import READY_MS, with_preferences
from support.server import SiteServer
from webapp import icons, share

from .helpers import PREFIXES, ROOT

ICON = (ROOT / "overrides" / "assets" / "icon.svg").read_text(encoding="utf-8")
COLOURS = webapp.palette((ROOT / "overrides" / "assets" / "site.css").read_text(encoding="utf-8"))
SITE_URL = "http://127.0.0.1:8000/"  # mkdocs.yml's default, which the tests' builds keep
SHARE = (1200, 630)


class Head(HTMLParser):
    """A page's <html lang>, its meta tags (by property or name, each with every content it has)
    and its links (by rel)."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.lang, self.meta, self.links = None, {}, {}
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.lang = attrs.get("lang")
        elif tag == "meta" and (key := attrs.get("property") or attrs.get("name")):
            self.meta.setdefault(key, []).append(attrs.get("content"))
        elif tag == "link" and "rel" in attrs:
            self.links.setdefault(attrs["rel"], []).append(attrs.get("href"))


def image(data: bytes) -> Image.Image:
    return Image.open(io.BytesIO(data))


def language_of(path: str) -> str:
    """The language of a built page, by its path below the site root."""
    return next((code for code in CODES if PREFIXES[code] and path.startswith(PREFIXES[code])), "zh")


# The fast tier: the icons and the fonts, with no site.


def test_the_icons_have_their_sizes_and_the_maskable_one_keeps_to_its_safe_zone():
    rendered = icons.render(ICON, COLOURS["background"])
    assert set(rendered) == set(icons.ICONS)
    for path, (size, purpose) in icons.ICONS.items():
        picture = image(rendered[path])
        assert picture.format == "PNG" and picture.size == (size, size), path
        if purpose != "any":  # opaque: iOS would fill a transparent ground with black
            assert picture.convert("RGBA").getextrema()[3] == (255, 255), path
    # Every pixel outside the central circle of 80 % is the background: a launcher's mask may
    # cut there. And the drawing is there, inside it (so this test can fail).
    maskable = image(rendered[icons.DIRECTORY + "maskable-512.png"]).convert("RGB")
    ground = Image.new("RGB", (1, 1), COLOURS["background"]).getpixel((0, 0))
    radius, centre, drawn = 0.4 * 512, 256, 0
    for y in range(512):
        for x in range(512):
            outside = math.hypot(x + 0.5 - centre, y + 0.5 - centre) > radius
            if maskable.getpixel((x, y)) != ground:
                assert not outside, (x, y)
                drawn += 1
    assert drawn > 0.1 * 512 * 512


def test_the_palette_is_the_stylesheets():
    assert COLOURS == {"theme": "#b71c1c", "background": "#fff"}
    with pytest.raises(ValueError, match="--md-primary-fg-color"):
        webapp.palette("[data-md-color-primary='other'] { --md-primary-fg-color: #000; }")


def test_a_missing_font_stops_the_build_saying_which_package(monkeypatch, tmp_path):
    monkeypatch.setitem(share.FILES, "bold", tmp_path / "NotoSansCJK-Bold.ttc")
    with pytest.raises(share.MissingFont, match=r"NotoSansCJK-Bold\.ttc is missing: .*apt-get install fonts-noto-cjk"):
        share.font("bold", "Noto Sans CJK TC", 40)


# The site tier: the built site's files and tags.


def test_each_language_has_a_manifest_for_its_home(site_dir):
    css = (ROOT / "overrides" / "assets" / "site.css").read_text(encoding="utf-8")
    for code in CODES:
        prefix = PREFIXES[code]
        home = Head((site_dir / prefix / "index.html").read_text(encoding="utf-8"))
        (href,) = home.links["manifest"]
        manifest_url = urljoin(SITE_URL + prefix, href)
        assert manifest_url == SITE_URL + prefix + "manifest.webmanifest"
        data = json.loads((site_dir / prefix / "manifest.webmanifest").read_text(encoding="utf-8"))
        # Its Home, the whole site, in its own language and name: the site's, as its pages give it.
        assert urljoin(manifest_url, data["start_url"]) == SITE_URL + prefix
        assert urljoin(manifest_url, data["id"]) == SITE_URL + prefix
        assert urljoin(manifest_url, data["scope"]) == SITE_URL
        # Its language tag in full (zh-Hans), where the theme's <html lang> says "zh".
        assert data["lang"] == BY_CODE[code].html and data["lang"].split("-")[0] == home.lang.split("-")[0]
        assert data["dir"] == "ltr"
        assert [data["name"]] == home.meta["og:site_name"]
        assert data["short_name"] == localized(APP, code)["short_name"] and len(data["short_name"]) <= 12
        assert data["display"] == "standalone"
        assert [data["theme_color"]] == home.meta[
            "theme-color"
        ] and f"--md-primary-fg-color: {data['theme_color']};" in css
        assert data["background_color"] == COLOURS["background"]
        for icon in data["icons"]:
            path = urljoin(manifest_url, icon["src"]).removeprefix(SITE_URL)
            with Image.open(site_dir / path) as picture:
                assert f"{picture.width}x{picture.height}" == icon["sizes"] and icon["type"] == "image/png"
        sizes = {(icon["sizes"], icon["purpose"]) for icon in data["icons"]}
        assert {("192x192", "any"), ("512x512", "any"), ("512x512", "maskable")} <= sizes
        (apple,) = home.links["apple-touch-icon"]
        with Image.open(site_dir / urljoin(SITE_URL + prefix, apple).removeprefix(SITE_URL)) as picture:
            assert picture.size == (180, 180)
    assert (site_dir / "assets" / "icon.svg").read_text(encoding="utf-8") == ICON  # the favicon is the source


def test_every_page_has_link_preview_tags_in_its_language(site_dir):
    pages = sorted(p for p in site_dir.rglob("*.html") if p.name != "404.html")  # 404 has no address
    assert len(pages) >= 3 * 12
    locales = {code: BY_CODE[code].locale for code in CODES}
    for file in pages:
        path = file.relative_to(site_dir).as_posix().removesuffix("index.html")
        code = language_of(path)
        head = Head(file.read_text(encoding="utf-8"))
        meta = {key: values for key, values in head.meta.items() if key.startswith(("og:", "twitter:"))}
        single = {key: values[0] for key, values in meta.items() if key != "og:locale:alternate"}
        assert all(len(meta[key]) == 1 for key in single), path
        assert single["og:url"] == SITE_URL + path == head.links["canonical"][0], path
        assert single["og:type"] == "website" and single["og:locale"] == locales[code], path
        assert sorted(meta["og:locale:alternate"]) == sorted(set(locales.values()) - {locales[code]}), path
        assert single["og:title"] and single["og:title"] == single["twitter:title"], path
        # The theme's own description tag, cut where a '"' in it ends its unescaped attribute.
        assert single["og:description"] == single["twitter:description"], path
        assert single["og:description"].startswith(head.meta["description"][0]), path
        assert (
            single["og:site_name"]
            == json.loads((site_dir / PREFIXES[code] / "manifest.webmanifest").read_text())["name"]
        )
        assert single["twitter:card"] == "summary_large_image", path
        assert single["og:image"] == single["twitter:image"] == f"{SITE_URL}assets/app/share-{code}.png", path
        assert (
            single["og:image:alt"] == single["twitter:image:alt"] and single["og:site_name"] in single["og:image:alt"]
        )
        assert (int(single["og:image:width"]), int(single["og:image:height"])) == SHARE, path


def test_each_language_has_its_share_picture_in_its_scripts_face(site_dir):
    faces = {"zh": "Noto Sans CJK SC", "zh-Hant": "Noto Sans CJK TC", "en": "Noto Sans CJK SC"}
    for code in CODES:
        data = (site_dir / "assets" / "app" / f"share-{code}.png").read_bytes()
        picture = image(data)
        assert picture.size == SHARE and picture.format == "PNG"
        assert picture.text["Font"].startswith(faces[code]) and "Generated" in picture.text["Comment"]
    # Drawn again from the same words, the zh-Hant picture is the TC face's, pixel for pixel,
    # and not the SC face's, whose forms of the same characters differ.
    home = Head((site_dir / "zh-Hant" / "index.html").read_text(encoding="utf-8"))
    words = localized(APP, "zh-Hant")
    language = webapp.Language(
        "zh-Hant", "zh-Hant/", "zh-Hant", "zh_TW", home.meta["og:site_name"][0], "", "", words["promise"], "", "Hant"
    )
    built = image((site_dir / "assets" / "app" / "share-zh-Hant.png").read_bytes()).convert("RGB")
    again = image(share.render(language, COLOURS, ICON)).convert("RGB")
    in_sc = image(share.render(language, COLOURS, ICON, family="Noto Sans CJK SC")).convert("RGB")
    assert built.tobytes() == again.tobytes()
    assert built.tobytes() != in_sc.tobytes()


def test_the_service_worker_precaches_the_app_but_not_the_runtime(site_dir):
    from .test_offline import build_of, config_of

    build = build_of(site_dir)
    app = {f"{prefix}manifest.webmanifest" for prefix in PREFIXES.values()}
    app |= {path.relative_to(site_dir).as_posix() for path in (site_dir / "assets" / "app").iterdir()}
    assert app <= set(build["precache"]) and len(app) == 3 + 4 + 3
    assert "assets/register-sw.js" in build["precache"]
    config = config_of(site_dir)
    assert {config["workerURL"], *config["runtime"]["zipURLs"]} <= set(build["runtime"])
    assert not any("pyodide" in path or path.startswith("assets/python/") for path in build["precache"])


# The browser tier: Chromium installs it, and it starts offline.


def test_chromium_can_install_each_language_and_it_starts_offline(browser, site_dir, tmp_path):
    # A profile of its own: Chromium installs no app from an incognito context (Playwright's).
    context = with_preferences(browser.browser_type, tmp_path / "profile", {})
    page = context.new_page()
    with SiteServer(site_dir) as server:
        for code in CODES:
            home = server.url + PREFIXES[code]
            context.set_offline(False)
            page.goto(home)
            page.evaluate("navigator.serviceWorker.ready")  # registered from the page, and installed
            page.wait_for_function("navigator.serviceWorker.controller !== null", timeout=READY_MS)
            cdp = context.new_cdp_session(page)
            manifest = cdp.send("Page.getAppManifest")
            assert manifest["url"] == home + "manifest.webmanifest" and manifest["errors"] == [], manifest["errors"]
            assert cdp.send("Page.getInstallabilityErrors")["installabilityErrors"] == []
            start = urljoin(manifest["url"], json.loads(manifest["data"])["start_url"])
            title = page.inner_text("h1")
            # Launched with no network after that one visit: Home, from the service worker.
            context.set_offline(True)
            assert page.goto(start).from_service_worker
            assert page.inner_text("h1") == title
            assert page.evaluate("document.documentElement.lang").split("-")[0] == BY_CODE[code].html.split("-")[0]
            # It kept no Pyodide: the reader has shown no intent to check a number.
            kept = page.evaluate(KEPT)
            assert server.url + PREFIXES[code] in kept
            assert not any("pyodide" in url or "/assets/python/" in url for url in kept)
    context.close()


# Every URL in this origin's Cache Storage.
KEPT = """(async () => (await Promise.all((await caches.keys()).map(async (name) =>
  (await (await caches.open(name)).keys()).map((r) => r.url)))).flat())()"""
