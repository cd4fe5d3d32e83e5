"""The site's own work over the built HTML, with no MkDocs: the checker's files (assets.py), each
page's Content-Security-Policy (csp.py) and the service worker (offline.py). The MkDocs hooks in
overrides/hooks/ call these during `mkdocs build`; `python -m postbuild SITE_DIR` runs them over
a site another generator rendered with the same theme. No part of the checker's wheel."""
