"""node_modules/pyodide, checked against package-lock.json's integrity on every build.

npm ci checks the package's tarball when it installs it, and nothing checks the files after:
an edited pyodide.asm.mjs would be shipped, and would compile the runtime. So the build gets the
locked tarball once into .cache/npm/ (`npm pack`, from npm's cache when npm ci filled it),
checks its sha512 against the lock's integrity on every build, and compares every file the
tarball holds with node_modules/pyodide's, byte for byte.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import shutil
import subprocess
import tarfile
from pathlib import Path

PACKAGE = "pyodide"


def locked(root: Path) -> dict:
    """package-lock.json's entry for pyodide ({"version", "integrity", …}), once node_modules is
    known to hold that version."""
    entry = json.loads((root / "package-lock.json").read_text())["packages"][f"node_modules/{PACKAGE}"]
    installed = json.loads((root / "node_modules" / PACKAGE / "package.json").read_text())["version"]
    if installed != entry["version"]:
        raise SystemExit(
            f"node_modules/{PACKAGE} is {installed} but package-lock.json locks {entry['version']}: run `npm ci`"
        )
    return entry


def integrity(data: bytes, algorithm: str) -> str:
    """Subresource Integrity, as package-lock.json writes it: "sha512-<base64>"."""
    return f"{algorithm}-{base64.b64encode(hashlib.new(algorithm, data).digest()).decode()}"


def tarball(entry: dict, cache: Path) -> bytes:
    """The tarball of the lock's ``entry``, fetched once into ``cache`` and checked on every build."""
    path = cache / f"{PACKAGE}-{entry['version']}.tgz"
    if not path.is_file():
        if not shutil.which("npm"):
            raise SystemExit(f"checking node_modules/{PACKAGE} needs npm on the PATH")
        cache.mkdir(parents=True, exist_ok=True)
        spec = f"{PACKAGE}@{entry['version']}"
        fetch = subprocess.run(
            ["npm", "pack", spec, "--prefer-offline", "--silent", "--pack-destination", "."],
            cwd=cache,
            capture_output=True,
            text=True,
        )
        if fetch.returncode != 0 or not path.is_file():
            raise SystemExit(
                f"could not fetch {spec}'s tarball to check node_modules/{PACKAGE} against "
                f"(is the npm registry reachable?): connect once and build again, or put it at {path}"
            )
    data = path.read_bytes()
    if integrity(data, entry["integrity"].partition("-")[0]) != entry["integrity"]:
        raise SystemExit(
            f"{path} does not match the integrity that package-lock.json locks for {PACKAGE}: delete it and build again"
        )
    return data


def verified(root: Path, cache: Path) -> Path:
    """node_modules/pyodide, once each file of the locked tarball is found there unchanged."""
    npm = root / "node_modules" / PACKAGE
    if not (npm / "package.json").is_file():
        raise SystemExit(f"node_modules/{PACKAGE} is missing: run `npm ci` (make build does it)")
    entry = locked(root)
    with tarfile.open(fileobj=io.BytesIO(tarball(entry, cache)), mode="r:gz") as archive:
        for member in archive:
            name = member.name.removeprefix("package/")
            if member.isfile() and not _same(npm / name, archive.extractfile(member).read()):
                raise SystemExit(
                    f"node_modules/{PACKAGE}/{name} is not the file of {PACKAGE} {entry['version']} "
                    "that package-lock.json's integrity locks: run `npm ci`"
                )
    return npm


def _same(path: Path, data: bytes) -> bool:
    return path.is_file() and path.read_bytes() == data
