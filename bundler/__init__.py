"""The checker, bundled for the browser: its wheel and the pinned phonenumbers wheel (fetched,
verified against requirements.lock, trimmed), compiled into a runtime by the locked Pyodide
(node_modules/pyodide, checked against package-lock.json's integrity), with a self-test and
the size a first visit downloads. overrides/hooks/checker_assets.py puts the bundle into the
site; tests and bench use the same functions. No part of the wheel."""

from .bundle import PYODIDE_FILES, WIDGET_DIR, WIDGET_SCRIPTS, Bundle, bundle, download_size, scope
from .hosting import COMPRESSED, SERVED_AS, compressed, gzipped, transferred
from .runtime import Runtime, cache_key
from .runtime import build as build_runtime
from .selftest import selftest
from .wheels import (
    DEPENDENCY,
    NEVER_IMPORTED,
    build_wheel,
    fetch_wheel,
    locked_hashes,
    locked_version,
    runtime_sources,
    trim,
    wheel_prefix,
)

__all__ = [
    "COMPRESSED",
    "DEPENDENCY",
    "NEVER_IMPORTED",
    "PYODIDE_FILES",
    "SERVED_AS",
    "WIDGET_DIR",
    "WIDGET_SCRIPTS",
    "Bundle",
    "Runtime",
    "build_runtime",
    "build_wheel",
    "bundle",
    "cache_key",
    "compressed",
    "download_size",
    "fetch_wheel",
    "gzipped",
    "locked_hashes",
    "locked_version",
    "runtime_sources",
    "scope",
    "selftest",
    "transferred",
    "trim",
    "wheel_prefix",
]
