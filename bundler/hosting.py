"""How GitHub Pages serves the site's files: what it gzips, and so what a visit transfers.

Pages compresses a response by its type (mime-db's "compressible", WebAssembly too); zips and
wheels go as they are. support/server.py serves the built site for the tests the same way.
"""

from __future__ import annotations

import gzip

# Suffixes of the types Pages gzips.
COMPRESSED = (".html", ".css", ".js", ".mjs", ".json", ".svg", ".xml", ".txt", ".wasm")
GZIP_LEVEL = 6
# The suffix that makes Pages send a zip gzipped (text/plain) while it stays a zip: gzip over a
# stored zip also compresses across files, which deflate inside a zip cannot (1.00 MB for the
# stdlib instead of 1.06 MB deflated, 0.20 MB for phonenumbers instead of 0.40 MB). zipimport
# reads any file name, and stored entries need no inflating.
SERVED_AS = ".zip.txt"


def compressed(name: str) -> bool:
    return name.endswith(COMPRESSED)


def gzipped(data: bytes) -> bytes:
    return gzip.compress(data, GZIP_LEVEL, mtime=0)


def transferred(name: str, data: bytes) -> int:
    """The bytes Pages sends for a file: gzipped if its type is one it compresses."""
    return len(gzipped(data)) if compressed(name) else len(data)
