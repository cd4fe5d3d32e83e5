"""The checker's files, as bundler/ made them (Bundle.files), written into the built site."""

from __future__ import annotations

import shutil
from pathlib import Path


def copy(site: Path, files: dict[str, Path | bytes]) -> None:
    for dest, source in files.items():
        target = site / dest
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(source, bytes):
            target.write_bytes(source)
        else:
            shutil.copyfile(source, target)
