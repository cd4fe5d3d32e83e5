"""node_modules/pyodide is what package-lock.json's integrity locks, checked file by file on every build."""

import json

import pytest

import bundler
from bundler import npm

from .helpers import ROOT

LOCKED = json.loads((ROOT / "package-lock.json").read_text())["packages"]["node_modules/pyodide"]


def test_a_changed_file_of_node_modules_pyodide_stops_the_build_in_one_line_naming_it(node, tmp_path):
    # A checkout whose node_modules/pyodide links every installed file; the tarball is the real cache's.
    (ROOT / ".cache" / "npm").mkdir(parents=True, exist_ok=True)
    (tmp_path / ".cache").mkdir()
    (tmp_path / ".cache" / "npm").symlink_to(ROOT / ".cache" / "npm")
    (tmp_path / "package-lock.json").write_bytes((ROOT / "package-lock.json").read_bytes())
    installed = tmp_path / "node_modules" / "pyodide"
    installed.mkdir(parents=True)
    for path in (ROOT / "node_modules" / "pyodide").iterdir():
        (installed / path.name).symlink_to(path)
    assert npm.verified(tmp_path, tmp_path / ".cache" / "npm") == installed
    shipped = installed / "pyodide.asm.mjs"
    data = shipped.read_bytes()
    shipped.unlink()
    shipped.write_bytes(data + b"\n")
    with pytest.raises(SystemExit) as stop:
        bundler.bundle(tmp_path, "")
    message = str(stop.value)
    assert message.startswith("node_modules/pyodide/pyodide.asm.mjs is not the file of pyodide ")
    assert "integrity" in message and "npm ci" in message and "\n" not in message
    shipped.unlink()  # a file of the package gone is caught as well
    with pytest.raises(SystemExit, match=r"^node_modules/pyodide/pyodide\.asm\.mjs is not"):
        npm.verified(tmp_path, tmp_path / ".cache" / "npm")


def test_a_cached_tarball_that_does_not_match_the_lock_stops_the_build(tmp_path):
    (tmp_path / f"pyodide-{LOCKED['version']}.tgz").write_bytes(b"not the tarball")
    with pytest.raises(SystemExit) as stop:
        npm.tarball(LOCKED, tmp_path)
    message = str(stop.value)
    assert "does not match the integrity that package-lock.json locks for pyodide" in message and "\n" not in message
