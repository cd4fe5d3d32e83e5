"""The built site on 127.0.0.1, for the browser tests and bench/.

Served much as GitHub Pages serves it: .mjs as JavaScript, .wasm as WebAssembly and, when
asked, gzipped what Pages gzips (bundler/hosting.py), so that transferred sizes mean what they
would online. The directory can be swapped while serving, as a deploy swaps a site under its
readers. With a ``prefix`` ("call-guide/") the site is served under that path only, as GitHub
Pages serves a project site: the origin's root and every other path answer 404.
"""

from __future__ import annotations

import functools
import http.server
import sys
import threading
from pathlib import Path

from bundler.hosting import compressed, gzipped

INJECTED = "/__test__/inject.js"
OUTSIDE = "__outside_the_prefix__"
PAGES_MAX_AGE = 600  # seconds: the Cache-Control GitHub Pages sends with every file


class _Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".mjs": "text/javascript",
        ".wasm": "application/wasm",
    }

    def __init__(self, *args, site: SiteServer, **kwargs):
        self.site = site
        super().__init__(*args, directory=str(site.root), **kwargs)

    def translate_path(self, path):
        if not path.startswith("/" + self.site.prefix):
            return str(self.site.root / OUTSIDE)  # no file: another site's path
        return super().translate_path("/" + path.removeprefix("/" + self.site.prefix))

    def do_GET(self):
        self.site.requests.append(self.path)
        if self.site.inject is not None and self.path == INJECTED:
            return self._send(self.site.inject.encode(), "text/javascript")
        path = Path(self.translate_path(self.path))
        if path.is_dir() and self.path.split("?")[0].endswith("/"):
            path = path / "index.html"
        relative = path.relative_to(self.site.root).as_posix() if path.is_relative_to(self.site.root) else None
        if relative in self.site.files:
            return self._send(self.site.files[relative], self.guess_type(str(path)))
        if self.site.inject is not None and path.suffix == ".html" and path.is_file():
            page = path.read_bytes().replace(b"<head>", b'<head><script src="%s"></script>' % INJECTED.encode(), 1)
            return self._send(page, "text/html")
        wants_gzip = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (self.site.gzip and wants_gzip and compressed(path.name) and path.is_file()):
            return super().do_GET()
        self._send(gzipped(path.read_bytes()), self.guess_type(str(path)), encoding="gzip")

    def _send(self, body: bytes, content_type: str, encoding: str | None = None):
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        if encoding:
            self.send_header("Content-Encoding", encoding)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def end_headers(self):
        if self.site.max_age is not None:
            self.send_header("Cache-Control", f"max-age={self.site.max_age}")
        super().end_headers()

    def log_message(self, *args):
        pass


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        # A browser that hangs up mid-response (a test closing its page) is no error of ours.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class SiteServer:
    """``inject``: a script that every page runs first, before its own (served from this origin,
    so the pages' CSP lets it run): how a test takes a feature away from the browser. ``files``:
    other bytes for some of the site's files, by their path in the site (a broken download).
    ``prefix``: the path the site is served under, ending in "/" ("" for the origin's root).
    ``max_age``: the seconds a Cache-Control header lets the browser reuse every response for
    (GitHub Pages sends max-age=600, PAGES_MAX_AGE); None sends none, and the browser's HTTP cache
    keeps nothing it may reuse unasked. ``requests``: the path (and query) of every GET served."""

    def __init__(
        self,
        root: Path,
        *,
        gzip: bool = False,
        inject: str | None = None,
        files: dict | None = None,
        prefix: str = "",
        max_age: int | None = None,
    ):
        self.root, self.gzip, self.inject, self.files = Path(root).resolve(), gzip, inject, files or {}
        self.prefix = prefix
        self.max_age = max_age
        self.requests: list[str] = []
        self._httpd = _Server(("127.0.0.1", 0), functools.partial(_Handler, site=self))
        threading.Thread(target=self._httpd.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self._httpd.server_address[1]}/{prefix}"

    def close(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def __enter__(self) -> SiteServer:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
