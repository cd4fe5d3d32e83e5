"""The two wheels the browser's checker is made of: ``checker`` from this checkout, and the
pinned ``phonenumberslite``, checked against requirements.lock and trimmed to what is imported."""

from __future__ import annotations

import hashlib
import io
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
import zipfile
from importlib.metadata import version
from pathlib import Path

from .hosting import SERVED_AS

DEPENDENCY = "phonenumberslite"
# Files of the phonenumberslite wheel that the checker never imports: the short-number
# metadata (only shortnumberinfo's functions read it; its package __init__ is imported, so it
# stays), type stubs, and the wheel's RECORD, which no longer fits the trimmed zip.
# tests/test_trim.py checks that no input in the test cases reaches them.
NEVER_IMPORTED = re.compile(r"phonenumbers/shortdata/region_\w+\.py|.+\.pyi|.+/py\.typed|.+\.dist-info/RECORD")
# A wheel's METADATA: its headers, then the description (the checker's is README.md, which no
# browser reads; shipping it would make every README edit a new download).
METADATA = re.compile(r".+\.dist-info/METADATA")
# zip entries get this fixed time, so the same input always gives the same bytes and URL.
ZIP_TIME = (1980, 1, 1, 0, 0, 0)


def digest(*items: Path | bytes) -> str:
    """A short sha256 over files and bytes: the names under which the site serves its files."""
    sha = hashlib.sha256()
    for item in items:
        sha.update(item if isinstance(item, bytes) else item.read_bytes())
    return sha.hexdigest()[:16]


def wheel_prefix(root: Path) -> str:
    """The start of the checker wheel's file name: its distribution name as wheels spell it."""
    name = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"]["name"]
    return re.sub(r"[-_.]+", "_", name).lower() + "-"


def build_wheel(root: Path, cache: Path) -> Path:
    """The checker wheel, built once per source state; hatchling's wheels are reproducible."""
    # Everything that goes into the wheel, README.md included (it is the METADATA description).
    sources = sorted((root / "checker").rglob("*.py")) + [
        root / name for name in ("pyproject.toml", "README.md", "LICENSE")
    ]
    out = cache / "checker" / digest(*sources)
    pattern = f"{wheel_prefix(root)}*-py3-none-any.whl"
    wheels = list(out.glob(pattern))
    if not wheels:
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run(
                [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", tmp, str(root)],
                check=True,
                capture_output=True,
            )
            out.mkdir(parents=True, exist_ok=True)
            for wheel in Path(tmp).glob("*.whl"):
                shutil.copy2(wheel, out / wheel.name)
        wheels = list(out.glob(pattern))
    return wheels[0]


def locked_hashes(lock: Path, name: str) -> set[str]:
    """The sha256 digests requirements.lock pins for ``name``: its wheel's is one of them."""
    block = re.search(rf"^{re.escape(name)}==\S+((?:\s*\\\s*--hash=sha256:[0-9a-f]{{64}})+)", lock.read_text(), re.M)
    if not block:
        raise SystemExit(f"{lock.name} pins no hashes for {name}: run `make lock`")
    return set(re.findall(r"sha256:([0-9a-f]{64})", block.group(1)))


def locked_version(lock: Path, name: str) -> str:
    """The exact version requirements.lock pins for ``name``; pyproject.toml gives only a range."""
    pin = re.search(rf"^{re.escape(name)}==(\S+)", lock.read_text(), re.M)
    if not pin:
        raise SystemExit(f"{lock.name} pins no version of {name}: run `make lock`")
    return pin.group(1)


def fetch_wheel(root: Path, cache: Path) -> Path:
    """The wheel of the phonenumberslite version requirements.lock pins, downloaded once and
    checked against the lock's hashes on every build, cache hits included."""
    pinned = locked_version(root / "requirements.lock", DEPENDENCY)
    # CPython's answers (the self-test's, the rule table's) must come from the same version.
    if version(DEPENDENCY) != pinned:
        raise SystemExit(
            f"this Python has {DEPENDENCY} {version(DEPENDENCY)}, but requirements.lock pins {pinned}: "
            "run `make .venv/.installed` (or `make build`) to install the lock"
        )
    out = cache / DEPENDENCY
    pattern = f"{DEPENDENCY}-{pinned}-*.whl"
    if not list(out.glob(pattern)):
        fetch = subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "download",
                "--quiet",
                "--no-deps",
                "--only-binary",
                ":all:",
                "--retries",
                "1",
                "--timeout",
                "20",
                "--dest",
                str(out),
                f"{DEPENDENCY}=={pinned}",
            ],
            capture_output=True,
            text=True,
        )
        if fetch.returncode != 0 or not list(out.glob(pattern)):
            raise SystemExit(
                f"could not download {DEPENDENCY}=={pinned} for the browser (is PyPI reachable?): "
                f"connect once and build again, or put its wheel into {out}/"
            )
    wheel = next(out.glob(pattern))
    expected = locked_hashes(root / "requirements.lock", DEPENDENCY)
    if hashlib.sha256(wheel.read_bytes()).hexdigest() not in expected:
        raise SystemExit(
            f"{wheel} does not match the sha256 that requirements.lock pins: delete it and build "
            f"again, or run `make lock` if {DEPENDENCY} was upgraded on purpose"
        )
    return wheel


def trim(wheel: bytes) -> bytes:
    """The wheel's files minus NEVER_IMPORTED, its METADATA without the description, as a
    reproducible zip (runtime.py compiles it)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(wheel)) as source, zipfile.ZipFile(out, "w") as dest:
        for info in sorted(source.infolist(), key=lambda i: i.filename):
            if not (info.is_dir() or NEVER_IMPORTED.fullmatch(info.filename)):
                data = source.read(info)
                if METADATA.fullmatch(info.filename):
                    data = data.split(b"\n\n", 1)[0] + b"\n"
                dest.writestr(zipfile.ZipInfo(info.filename, ZIP_TIME), data)
    return out.getvalue()


def runtime_sources(root: Path) -> dict[str, bytes]:
    """The zips runtime.py compiles, by the names the site serves them under."""
    cache = root / ".cache" / "wheels"
    wheel = build_wheel(root, cache)
    phonenumbers = fetch_wheel(root, cache)
    # The site names the checker's zip by its import name, whatever the distribution is called.
    return {
        f"checker-{wheel.name.split('-')[1]}{SERVED_AS}": trim(wheel.read_bytes()),
        f"{DEPENDENCY}-{phonenumbers.name.split('-')[1]}{SERVED_AS}": trim(phonenumbers.read_bytes()),
    }
