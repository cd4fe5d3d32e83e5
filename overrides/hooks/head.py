"""MkDocs hook: the head of every page gets a Content-Security-Policy and loses hreflang links
(postbuild/csp.py, which says why)."""

from __future__ import annotations

from mkdocs.plugins import event_priority

from postbuild.csp import secure


# Last, after every plugin's (the i18n plugin's are at -100): the hashes must be those of the
# final HTML's inline scripts.
@event_priority(-200)
def on_post_page(output: str, page, config) -> str:
    return secure(output)


@event_priority(-200)  # last, as on_post_page
def on_post_template(output_content: str, template_name: str, config) -> str:
    # 404.html is rendered as a static template, not a page.
    return secure(output_content)
