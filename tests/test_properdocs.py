"""ProperDocs, the drop-in fork of MkDocs 1.x, builds the whole site from the same mkdocs.yml,
with the same theme, plugins and hooks: the way on past MkDocs' and Material's end of life
(README). It differs from MkDocs' build in the generator's name alone, and so in the digests
that sw.js holds of the pages."""

import hashlib
import json
import re

GENERATOR = re.compile(r'<meta name="generator" content="([^"]*)">')
BUILD = re.compile(r"const BUILD = (\{.*?\});", re.DOTALL)


def files_of(site):
    return {path.relative_to(site).as_posix(): path.read_bytes() for path in sorted(site.rglob("*")) if path.is_file()}


def unnamed(data: bytes) -> bytes:
    return GENERATOR.sub("", data.decode("utf-8")).encode("utf-8")


def test_properdocs_builds_the_same_site(build, site_dir, tmp_path):
    site = build(tmp_path / "site", generator="properdocs")
    ours, theirs = files_of(site_dir), files_of(site)
    assert ours.keys() == theirs.keys()
    generators = GENERATOR.findall(theirs["index.html"].decode("utf-8"))
    assert generators and generators[0].startswith("mkdocs-ProperDocs ")  # it was ProperDocs that ran
    for path, data in ours.items():
        if path.endswith(".html"):
            assert unnamed(theirs[path]) == unnamed(data), path
        elif path != "sw.js":
            assert theirs[path] == data, path
    # Its service worker is filled in as ours is, for its own files.
    build_ours, build_theirs = (json.loads(BUILD.search(files["sw.js"].decode()).group(1)) for files in (ours, theirs))
    for key in ("precache", "scope", "keep"):
        assert build_theirs[key] == build_ours[key], key
    assert build_theirs["version"] != build_ours["version"]
    for url, digest in build_theirs["files"].items():
        path = url + "index.html" if url == "" or url.endswith("/") else url
        assert digest == hashlib.sha256(theirs[path]).hexdigest(), url
