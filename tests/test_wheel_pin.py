"""The phonenumbers wheel the browser gets is the one requirements.lock pins, checked on every build."""

import os
import shutil
from importlib.metadata import version

import pytest

import bundler

from .helpers import ROOT

CACHED = ROOT / ".cache" / "wheels" / "phonenumberslite"


def test_the_locked_hashes_are_read_from_requirements_lock():
    hashes = bundler.locked_hashes(ROOT / "requirements.lock", "phonenumberslite")
    assert hashes and all(len(digest) == 64 for digest in hashes)


def test_a_cached_wheel_that_does_not_match_the_lock_stops_the_build(site_dir, tmp_path):
    # site_dir built once, so the real wheel is in the cache: copy it and change one byte.
    real = next(CACHED.glob(f"phonenumberslite-{version('phonenumberslite')}-*.whl"))
    tampered = tmp_path / "phonenumberslite" / real.name
    tampered.parent.mkdir()
    data = bytearray(real.read_bytes())
    data[len(data) // 2] ^= 1
    tampered.write_bytes(bytes(data))
    with pytest.raises(SystemExit) as stop:
        bundler.fetch_wheel(ROOT, tmp_path)
    message = str(stop.value)
    assert "does not match the sha256 that requirements.lock pins" in message and "\n" not in message


def test_the_real_wheel_passes(site_dir, tmp_path):
    real = next(CACHED.glob("phonenumberslite-*.whl"))
    (tmp_path / "phonenumberslite").mkdir()
    shutil.copy(real, tmp_path / "phonenumberslite" / real.name)
    assert bundler.fetch_wheel(ROOT, tmp_path).name == real.name


def test_an_offline_first_build_says_what_to_do(tmp_path, monkeypatch):
    # No index and no machine-wide pip configuration: as a machine with no network.
    monkeypatch.setenv("PIP_CONFIG_FILE", os.devnull)
    monkeypatch.setenv("PIP_NO_INDEX", "1")
    with pytest.raises(SystemExit) as stop:
        bundler.fetch_wheel(ROOT, tmp_path)
    message = str(stop.value)
    assert message.startswith("could not download phonenumberslite==") and "\n" not in message
