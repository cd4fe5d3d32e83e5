"""The head of every page gets a Content-Security-Policy and loses hreflang links.

Material fetches "sitemap.xml" relative to each <link rel="alternate" hreflang> in the head;
with per-page alternates from the i18n plugin those requests all fail (404, console errors).
The language switcher in the header keeps its per-page links, so nothing is lost but a hint.

Scripts may come only from the site itself, plus the theme's own inline scripts, each allowed
by its SHA-256 hash (computed here, so a theme update cannot silently break or widen it).
'wasm-unsafe-eval' lets Pyodide compile WebAssembly; nothing may connect anywhere else.
"""

from __future__ import annotations

import base64
import hashlib
import re

# Inline scripts that run; JSON data blocks (Material's and the checker's configuration) never
# do, so they need no hash.
INLINE_SCRIPT = re.compile(r'<script(?![^>]*\bsrc=)(?![^>]*type="application/json")[^>]*>(.*?)</script>', re.DOTALL)
ALTERNATE = re.compile(r'<link rel="alternate" href="[^"]*" hreflang="[^"]*">\s*')
CHARSET = re.compile(r"<meta charset=[\"']?utf-8[\"']?\s*/?>", re.IGNORECASE)
POLICY_META = re.compile(r'<meta http-equiv="Content-Security-Policy" content="[^"]*">')

POLICY = (
    "default-src 'self'; "
    "script-src 'self' 'wasm-unsafe-eval' {hashes}; "
    "worker-src 'self' blob:; "  # the checker's worker starts from a blob: (client.js)
    "connect-src 'self'; "
    "img-src 'self' data:; "
    "style-src 'self' 'unsafe-inline'; "
    "font-src 'self' data:; "
    "object-src 'none'; "
    "base-uri 'self'; "
    "form-action 'self'"
)


def policy_for(html: str) -> str:
    hashes = sorted(
        {
            "'sha256-" + base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode() + "'"
            for body in INLINE_SCRIPT.findall(html)
        }
    )
    return POLICY.format(hashes=" ".join(hashes))


def secure(output: str) -> str:
    """A page's final HTML with its policy, and without hreflang links. A policy it already has
    is replaced: a site that MkDocs finished can be finished again (python -m postbuild)."""
    output = POLICY_META.sub("", ALTERNATE.sub("", output))
    meta = f'<meta http-equiv="Content-Security-Policy" content="{policy_for(output)}">'
    # It must come before any script it governs: right after the charset.
    return CHARSET.sub(lambda match: match.group(0) + meta, output, count=1)
