"""A small reader of built pages, on the standard library's HTMLParser."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


@dataclass
class Page:
    lang: str = ""
    title: str = ""
    description: str = ""
    headings: list[tuple[str, str]] = field(default_factory=list)  # (tag, id) in the article
    heading_text: list[str] = field(default_factory=list)
    ids: set[str] = field(default_factory=set)
    links: list[str] = field(default_factory=list)  # href of <a> and <link>
    sources: list[str] = field(default_factory=list)  # src of scripts, images, …
    article_text: str = ""  # text of the article outside elements marked lang="zh…"
    rule_rows: list[str] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = Page()
        self.stack: list[tuple[str, bool, bool]] = []  # (tag, in_article, marked_zh)
        self.text: list[str] = []
        self.heading: list[str] | None = None
        self.in_title = False

    def _state(self) -> tuple[bool, bool]:
        return (self.stack[-1][1], self.stack[-1][2]) if self.stack else (False, False)

    def handle_starttag(self, tag, attrs):
        a = {k: v or "" for k, v in attrs}
        page = self.page
        if tag == "html":
            page.lang = a.get("lang", "")
        if tag == "title":
            self.in_title = True
        if tag == "meta" and a.get("name"):
            page.meta[a["name"]] = a.get("content", "")
        if tag == "meta" and a.get("http-equiv"):
            page.meta[a["http-equiv"]] = a.get("content", "")
        if "id" in a:
            page.ids.add(a["id"])
        if tag in ("a", "link") and "href" in a:
            page.links.append(a["href"])
        if "src" in a:
            page.sources.append(a["src"])
        if "data-rule" in a:
            page.rule_rows.append(a["data-rule"])
        in_article, marked = self._state()
        in_article = in_article or (tag == "article")
        marked = marked or (in_article and a.get("lang", "").startswith("zh"))
        if in_article and tag in ("h1", "h2", "h3", "h4") and not marked:
            # An h1's id is a slug of its title, which differs by language; sections share ids.
            page.headings.append((tag, "" if tag == "h1" else a.get("id", "")))
            self.heading = []
        if tag not in VOID:
            self.stack.append((tag, in_article, marked))

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False
        if tag in ("h1", "h2", "h3", "h4") and self.heading is not None:
            self.page.heading_text.append("".join(self.heading).strip())
            self.heading = None
        # Pop to the matching start tag; a stray end tag (HTML allows some) changes nothing.
        if any(entry[0] == tag for entry in self.stack):
            while self.stack.pop()[0] != tag:
                pass

    def handle_data(self, data):
        if self.in_title:
            self.page.title += data
        in_article, marked = self._state()
        if in_article and not marked:
            self.text.append(data)
            if self.heading is not None:
                self.heading.append(data)


def read(html: str) -> Page:
    reader = _Reader()
    reader.feed(html)
    reader.page.article_text = "".join(reader.text)
    reader.page.description = reader.page.meta.get("description", "")
    return reader.page


class _Text(HTMLParser):
    def __init__(self, skip: tuple[str, ...], other_lang: bool, foreign: str | None, description: bool):
        super().__init__(convert_charrefs=True)
        self.skip, self.other_lang, self.foreign, self.description = skip, other_lang, foreign, description
        self.lang, self.stack, self.skipping, self.parts = "", [], 0, []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.lang = attrs.get("lang", "")
        if self.description and tag == "meta" and attrs.get("name") == "description":
            self.parts.append(attrs.get("content") or "")
        if tag in VOID:
            return
        lang = attrs.get("lang")
        skip = tag in self.skip or (
            lang is not None and ((self.other_lang and lang != self.lang) or lang == self.foreign)
        )
        self.stack.append((tag, skip))
        self.skipping += skip

    def handle_endtag(self, tag):
        if any(entry[0] == tag for entry in self.stack):
            while True:
                name, skip = self.stack.pop()
                self.skipping -= skip
                if name == tag:
                    break

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)


def text(
    html: str,
    skip: tuple[str, ...] = ("script", "style", "svg"),
    *,
    other_lang: bool = False,
    foreign: str | None = None,
    description: bool = False,
) -> list[str]:
    """A page's text, in pieces: without the elements named in ``skip``, nor what is marked in
    another language than the page's (``other_lang``) or in ``foreign``; with its description
    first, if asked."""
    parser = _Text(skip, other_lang, foreign, description)
    parser.feed(html)
    return parser.parts
