"""The runtime the site ships (bundler/runtime.py): compiled, trimmed, served compressed,
and announced at the size a first visit really transfers. Parity is in test_pyodide_parity.py."""

import hashlib
import importlib.util
import io
import json
import shutil
import subprocess
import urllib.request
import zipfile

import pytest

import bundler
import checker
from bundler import runtime
from checker.languages import CODES
from checker.refusals import result_cases
from support.runtime import site_runtime
from support.server import SiteServer

from .helpers import ROOT

STOCK = ROOT / "node_modules" / "pyodide"


def shipped_zips(site_dir):
    return [*(site_dir / "assets" / "pyodide").glob("*/python_stdlib-*"), *(site_dir / "assets" / "python").glob("*/*")]


def deflated(data: bytes) -> bytes:
    """The same zip with every entry deflated at level 9: what serving it as .zip would cost."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as dest,
    ):
        for info in source.infolist():
            dest.writestr(info.filename, source.read(info))
    return out.getvalue()


def served_size(url: str) -> int:
    request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip"})
    with urllib.request.urlopen(request) as response:
        return len(response.read())


def test_pyodide_ships_a_compiled_stdlib_of_what_the_checker_needs_and_no_lock_file(site_dir):
    pyodide_dir = next((site_dir / "assets" / "pyodide").iterdir())
    assert not (pyodide_dir / "python_stdlib.zip").exists() and not (pyodide_dir / "pyodide-lock.json").exists()
    (stdlib,) = pyodide_dir.glob("python_stdlib-*")
    assert stdlib.name == f"python_stdlib-{hashlib.sha256(stdlib.read_bytes()).hexdigest()[:16]}.zip.txt"
    names = zipfile.ZipFile(stdlib).namelist()
    # Pyodide's own start needs these; the checker needs json, re, dataclasses; its CLI argparse.
    for module in (
        "_pyodide/_base",
        "pyodide/__init__",
        "encodings/__init__",
        "encodings/utf_8",
        "json/encoder",
        "re/_compiler",
        "dataclasses",
        "argparse",
    ):
        assert module + ".pyc" in names
    stock = zipfile.ZipFile(STOCK / "python_stdlib.zip").namelist()
    assert set(names) < {name + "c" for name in stock if name.endswith(".py")}
    assert len(names) < len(stock) / 3


def test_the_stdlib_holds_exactly_the_modules_the_build_recorded(site_dir):
    built = bundler.build_runtime(ROOT, bundler.runtime_sources(ROOT), ROOT / bundler.WIDGET_DIR / "boot.mjs")
    (stdlib,) = (site_dir / "assets" / "pyodide").glob("*/python_stdlib-*")
    assert built.stdlib == stdlib.read_bytes()  # the site ships what the (cached) build made
    assert built.report["python"].startswith("3.14")
    assert zipfile.ZipFile(stdlib).namelist() == sorted(name + "c" for name in built.report["stdlib"])
    assert built.report["checked"] > len(result_cases())  # the rule examples ran too
    # Only phonenumberslite's modules without their data could not be imported.
    assert built.report["unimportable"] == ["phonenumbers.carrier", "phonenumbers.geocoder", "phonenumbers.timezone"]


def test_every_module_is_bytecode_of_pyodides_python(site_dir):
    magics = set()
    for path in shipped_zips(site_dir):
        with zipfile.ZipFile(path) as archive:
            assert not [name for name in archive.namelist() if name.endswith(".py")], path.name
            for info in archive.infolist():
                if info.filename.endswith(".pyc"):
                    header = archive.read(info)[:8]
                    magics.add(header[:4])
                    # Unchecked hash-based: no timestamp (reproducible), never checked against a source.
                    assert int.from_bytes(header[4:8], "little") == 0b01, info.filename
    assert len(magics) == 1  # one Python compiled them all: Pyodide's 3.14, not this CPython
    assert magics != {importlib.util.MAGIC_NUMBER}


def test_zips_are_stored_and_served_gzipped_for_less_than_deflated(site_dir):
    with SiteServer(site_dir, gzip=True) as server:
        for path in shipped_zips(site_dir):
            data = path.read_bytes()
            assert {info.compress_type for info in zipfile.ZipFile(path).infolist()} == {zipfile.ZIP_STORED}
            sent = served_size(server.url + path.relative_to(site_dir).as_posix())
            print(f"{path.name}: stored {len(data):,}, served {sent:,}, deflated {len(deflated(data)):,}")
            assert sent < len(deflated(data)) < len(data)


def test_download_is_what_a_first_visit_transfers_and_less_than_stock(site_dir):
    assets = bundler.bundle(ROOT, "http://127.0.0.1:8000/").config
    runtime_config = assets["runtime"]
    files = [runtime_config["indexURL"] + name for name in bundler.PYODIDE_FILES]
    files += [runtime_config["stdLibURL"], *runtime_config["zipURLs"]]
    files += [f"assets/checker/{name}" for name in bundler.WIDGET_SCRIPTS]
    # and one file of stored answers (bundler/answers.py), for its language and place: at most the largest.
    stored = [
        path.relative_to(site_dir).as_posix() for path in (site_dir / assets["answers"]["baseURL"]).rglob("*.json")
    ]
    with SiteServer(site_dir, gzip=True) as server:
        sent = sum(served_size(server.url + path) for path in files)
        sent += max(served_size(server.url + path) for path in stored)
    assert assets["download"] == sent
    stock = sum(
        bundler.transferred(name, (STOCK / name).read_bytes())
        for name in ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json")
    )
    print(f"first visit: {sent:,} bytes, stock Pyodide alone {stock:,}")
    assert sent < stock - 1_000_000
    # The Check page tells the reader that figure.
    assert f"{sent / 1e6:.1f} MB" in (site_dir / "check" / "index.html").read_text(encoding="utf-8")


def test_cache_key_follows_the_lock_the_checker_and_the_build(tmp_path):
    (tmp_path / "node_modules").symlink_to(ROOT / "node_modules")
    shutil.copyfile(ROOT / "package-lock.json", tmp_path / "package-lock.json")
    boot = ROOT / bundler.WIDGET_DIR / "boot.mjs"
    sources = {"checker-0.1.0.zip.txt": b"one", "phonenumberslite-9.0.42.zip.txt": b"two"}
    key = bundler.cache_key(tmp_path, sources, boot)
    assert bundler.cache_key(tmp_path, dict(sources), boot) == key
    assert bundler.cache_key(tmp_path, {**sources, "checker-0.1.0.zip.txt": b"one!"}, boot) != key
    lock = json.loads((tmp_path / "package-lock.json").read_text())
    lock["packages"]["node_modules/pyodide"]["integrity"] = "sha512-another"
    (tmp_path / "package-lock.json").write_text(json.dumps(lock))
    assert bundler.cache_key(tmp_path, sources, boot) != key
    lock["packages"]["node_modules/pyodide"]["version"] = "0.0.1"
    (tmp_path / "package-lock.json").write_text(json.dumps(lock))
    with pytest.raises(SystemExit, match="npm ci"):
        bundler.cache_key(tmp_path, sources, boot)


def test_a_cached_runtime_is_reused_only_as_it_was_built(node, tmp_path):
    sources, boot = bundler.runtime_sources(ROOT), ROOT / bundler.WIDGET_DIR / "boot.mjs"
    good = bundler.build_runtime(ROOT, sources, boot)
    key = bundler.cache_key(ROOT, sources, boot)
    names = {runtime.STDLIB, runtime.REPORT, *(f"zips/{name}" for name in sources)}
    cache = tmp_path / key
    shutil.copytree(ROOT / ".cache" / "runtime" / key, cache)
    # What build() reuses is what was built; anything else is built again (_cached gives None).
    reused = runtime._cached(cache, names)
    assert reused[runtime.STDLIB] == good.stdlib
    assert {name: reused[f"zips/{name}"] for name in sources} == good.zips
    stdlib, checker_zip = cache / "stdlib.zip", cache / "zips" / next(iter(sources))
    for tamper in (
        lambda: stdlib.write_bytes(stdlib.read_bytes().replace(b"argparse", b"argparsf", 1)),  # edited
        lambda: checker_zip.write_bytes(checker_zip.read_bytes()[:-1]),  # truncated
        lambda: (cache / "report.json").unlink(),  # missing
        lambda: (cache / "zips" / "extra.zip.txt").write_bytes(b""),  # extra
        lambda: (cache / "manifest.json").write_text("[]"),  # a manifest that lists nothing
    ):
        shutil.rmtree(cache)
        shutil.copytree(ROOT / ".cache" / "runtime" / key, cache)
        tamper()
        assert runtime._cached(cache, names) is None


def wasm(*sections: tuple[int, bytes]) -> bytes:
    """A WebAssembly binary of the given (id, contents) sections."""
    return b"\0asm\1\0\0\0" + b"".join(bytes([section, len(body)]) + body for section, body in sections)


def test_the_heap_pyodide_starts_with_is_read_from_its_memory_section():
    # A type section first, then one memory of 480 pages (LEB128 e0 03), with a maximum.
    assert bundler.runtime.initial_heap(wasm((1, b"\1\x60\0\0"), (5, b"\1\1\xe0\3\x80\x80\1"))) == 480 * 65536
    with pytest.raises(SystemExit, match="defines no memory"):
        bundler.runtime.initial_heap(wasm((1, b"\1\x60\0\0")))
    assert bundler.runtime.initial_heap((STOCK / "pyodide.asm.wasm").read_bytes()) % 65536 == 0


@pytest.fixture(scope="module")
def snapshots(site_dir, node, tmp_path_factory):
    """What tests/pyodide/snapshot.mjs reports of the site's runtime's snapshots."""
    runtime_file = tmp_path_factory.mktemp("snapshots") / "runtime.json"
    runtime_file.write_text(json.dumps(site_runtime(site_dir)), encoding="utf-8")
    run = subprocess.run(
        [node, ROOT / "tests" / "pyodide" / "snapshot.mjs", runtime_file], capture_output=True, text=True, timeout=600
    )
    assert run.returncode == 0, run.stderr[-3000:]
    return json.loads(run.stdout)


def test_a_snapshot_at_the_edge_of_the_heap_restores_and_a_larger_one_is_never_kept(snapshots):
    edge = snapshots
    assert 0 < edge["memory"] <= edge["heapBytes"] and edge["kept"]
    assert edge["keptAtEdge"] and edge["droppedBelow"]
    assert json.loads(edge["restored"])["risk"] == "danger"
    assert "RangeError" in edge["oversized"]  # what the guard spares every warm start


def test_a_snapshot_is_stored_as_its_non_zero_pages_and_comes_back_byte_for_byte(snapshots):
    snapshot = snapshots
    print(f"snapshot: {snapshot['raw']:,} bytes, stored {snapshot['stored']:,}")
    assert snapshot["raw"] > snapshot["memory"] > 0
    assert snapshot["stored"] < snapshot["raw"] / 2  # most of a fresh heap is zeros
    assert snapshot["denseExact"] and snapshot["sparseExact"]
    assert "cut short" in snapshot["cutShort"]
    assert "to spare" in snapshot["spare"]
    assert "not a stored snapshot" in snapshot["unstored"]


def test_the_runtime_build_refuses_a_snapshot_larger_than_the_heap_in_one_line(node, tmp_path, monkeypatch):
    monkeypatch.setattr(bundler.runtime, "initial_heap", lambda wasm: 65536)
    sources = bundler.runtime_sources(ROOT)
    with pytest.raises(SystemExit) as stop:
        bundler.runtime._make(
            STOCK, sources, ROOT / "overrides" / "assets" / "checker" / "boot.mjs", tmp_path / "cache"
        )
    assert str(stop.value).startswith("runtime.mjs: the memory snapshot holds ")
    assert "more than the 65536 Pyodide starts with" in str(stop.value) and "\n" not in str(stop.value)
    assert not (tmp_path / "cache").exists()


def test_the_self_test_runs_every_rule_in_every_language_from_both_places():
    """A snapshot that restores but gets one rule wrong must fail it: four answers let some through."""
    from bundler.selftest import LONGEST, cases

    inputs = cases()
    verdicts = [json.loads(checker.result_json(*args)) for args in inputs]
    fired = {rule for verdict in verdicts for rule in verdict.get("rules", ())}
    assert fired == {rule.id for rule in checker.RULES}
    assert sum("error" in verdict for verdict in verdicts) >= 5  # refusals too
    assert {lang for *_, lang, _ in inputs} == set(CODES)
    assert {"cn", "abroad"} <= {where for *_, where in inputs}
    # Every input goes into the page: short, and only what JSON carries as it is.
    assert all(isinstance(value, str) and len(value) <= LONGEST for args in inputs for value in args if value)
