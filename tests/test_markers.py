"""The docs' markers and the rules' sections, checked on docs/ as the build checks them, without a build."""

import re
from types import SimpleNamespace

import jinja2
import pytest
from mkdocs.exceptions import PluginError

import checker

from .helpers import ROOT, load_hook

DOCS = ROOT / "docs"
markers, rules_table, checker_assets = load_hook("markers"), load_hook("rules_table"), load_hook("checker_assets")
who_to_call = load_hook("who_to_call")
TEMPLATES = jinja2.Environment(loader=jinja2.FileSystemLoader(ROOT / "overrides"))


class Page:
    url = "check/"
    meta: dict = {}

    class file:
        locale = "en"


class Config:
    extra = {"checker": {"version": "0", "download": 5_000_000}}

    class theme:
        get_env = staticmethod(lambda: TEMPLATES)


def expand(markdown: str) -> str:
    """``markdown`` as the build expands it, with every hook's markers."""
    owners = {**rules_table.MARKERS, **checker_assets.MARKERS, **who_to_call.MARKERS}
    renderers = {
        name: lambda argument, render=render: render(argument, Page, Config) for name, render in owners.items()
    }
    return markers.expand(markdown, "docs/x.en.md", renderers)


def test_every_rule_has_its_section_on_its_page_in_every_written_language():
    missing = rules_table.missing_sections(rules_table.docs_sources(DOCS))
    assert not missing, "\n".join(missing)


def test_a_missing_section_is_named_with_the_marker_to_add():
    rule = checker.RULES_BY_ID["script-etc"]
    pages = rules_table.docs_sources(DOCS)
    path = f"{rule.page}.en.md"
    pages[path] = re.sub(rf"^#+ .*\{{#{rule.id}\}}\n", "", pages[path], flags=re.M)
    assert rules_table.missing_sections(pages) == [
        f"rule 'script-etc' has no section on docs/{path}: add a heading `### … {{#script-etc}}` "
        "with <!-- checker:sources script-etc --> under it"
    ]


def test_the_build_stops_on_that_same_line():
    pages = rules_table.docs_sources(DOCS)
    pages["more-scams.en.md"] = re.sub(r"^#+ .*\{#script-etc\}\n", "", pages["more-scams.en.md"], flags=re.M)
    files = SimpleNamespace(
        documentation_pages=lambda: [
            SimpleNamespace(src_uri=path, page=SimpleNamespace(markdown=markdown)) for path, markdown in pages.items()
        ]
    )
    with pytest.raises(PluginError) as stop:
        rules_table.on_env(None, None, files)
    assert str(stop.value) == rules_table.missing_sections(pages)[0] and "\n" not in str(stop.value)


def test_a_hook_stops_on_the_first_problem_and_counts_the_others():
    markers.stop([])  # nothing to stop on
    with pytest.raises(PluginError, match=r"^one$"):
        markers.stop(["one"])
    with pytest.raises(PluginError, match=r"^one \(and 2 more\)$"):
        markers.stop(["one", "two", "three"])


def test_a_rule_on_a_page_that_does_not_exist_is_named():
    pages = {name: text for name, text in rules_table.docs_sources(DOCS).items() if not name.startswith("prevention.")}
    missing = rules_table.missing_sections(pages)
    assert missing and all("there is no docs/prevention." in line for line in missing)


def test_a_sections_marker_gives_every_section_of_its_group():
    ids = rules_table.sections_in("# Kinds\n\n<!-- checker:sections kinds -->\n", "docs/x.en.md")
    assert ids == {rule.id for rule in rules_table.GROUPS["kinds"]}


def test_every_marker_in_docs_is_of_the_grammar():
    found = [
        name
        for path in sorted(DOCS.glob("*.md"))
        for _, name, _ in markers.find(path.read_text(encoding="utf-8"), path.name)
    ]
    assert set(found) == {
        "widget",
        "rules-table",
        "sources",
        "sections",
        "contacts",
        "print-button",
        "qr",
        "cites",
        "scenario",
    }


@pytest.mark.parametrize(
    ("marker", "says"),
    [
        (
            "<!-- checker:nothing -->",
            "there is no marker 'nothing': use one of checker:contacts, checker:rules-table, checker:sections, "
            "checker:sources, checker:widget",
        ),
        ("<!-- checker:sources no-such-rule -->", "checker.RULES has no rule 'no-such-rule': give one of its ids"),
        ("<!-- checker:sources -->", "checker.RULES has no rule '': give one of its ids"),
        ("<!-- checker:sections kind -->", "it takes one of: kinds, demands"),
        ("<!-- checker:rules-table all -->", "it takes no argument"),
        ("<!-- checker:widget large -->", "it takes nothing or `compact`"),
    ],
)
def test_an_unknown_marker_or_argument_stops_the_build_with_one_line(marker, says):
    with pytest.raises(markers.MarkerError) as stop:
        expand(f"Text\n\n{marker}\n")
    assert str(stop.value) == f"docs/x.en.md: {marker}: {says}"


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("<!-- checker-widget -->", "<!-- checker:widget -->"),
        ("<!-- checker-widget:compact -->", "<!-- checker:widget compact -->"),
        ("<!-- rules-table -->", "<!-- checker:rules-table -->"),
        ("<!-- rule-sources script-etc -->", "<!-- checker:sources script-etc -->"),
        ("<!-- rule-sections kinds -->", "<!-- checker:sections kinds -->"),
    ],
)
def test_an_old_style_marker_says_what_to_write(old, new):
    with pytest.raises(markers.MarkerError) as stop:
        expand(f"Text\n\n{old}\n")
    assert str(stop.value) == f"docs/x.en.md: {old} is an old-style marker: write {new}"


def test_a_malformed_marker_stops_the_build():
    with pytest.raises(markers.MarkerError, match="is malformed: write <!-- checker:NAME -->"):
        expand("<!-- checker: widget -->")


def test_markers_are_replaced_and_the_rest_kept():
    markdown = expand("A\n\n<!-- checker:sources script-etc -->\n\nB <!-- a comment --> C\n")
    assert markdown.startswith('A\n\n<ul class="rule-sources" data-sources="script-etc">')
    assert markdown.endswith("</ul>\n\nB <!-- a comment --> C\n")
