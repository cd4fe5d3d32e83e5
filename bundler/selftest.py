"""Known examples the browser's interpreter must answer exactly as CPython does before it
answers anyone (assets/checker/worker.js)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

# Rules by prefix and by text, a refused input, every language. Mainland numbers only: the
# first check needs their metadata anyway, while another country's costs a restored start some
# 130 ms more. Small, as the answers go into the page.
SELFTEST = (
    ("4008001234", "call", None, "en"),
    ("+86 10 12308", "call", None, "zh"),
    ("106912345678", "sms", "点击 t.cn/abc 领取", "zh"),
    ("call me", "call", None, "zh-Hant"),
)


def selftest(root: Path) -> list[dict]:
    """SELFTEST with the answers CPython gives, from a fresh interpreter: under `mkdocs serve`
    this process keeps the checker it imported first, while the wheel follows every edit."""
    program = (
        "import json, sys\n"
        f"sys.path.insert(0, {str(root)!r})\n"
        "import checker\n"
        f"print(json.dumps([{{'args': a, 'expected': checker.result_json(*a)}} for a in {SELFTEST!r}]))"
    )
    run = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True)
    return json.loads(run.stdout)
