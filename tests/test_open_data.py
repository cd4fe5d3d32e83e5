"""rules.json, the rule table as open data: valid against its published schema, every example's
verdict what check() answers, and on the site, linked from the rule table in every language."""

import json
import posixpath

import jsonschema
import pytest

import checker
from checker import open_data

from .helpers import CODES, page_file, page_path
from .html import read

DATA = open_data.rules_json()
VALIDATOR = jsonschema.Draft202012Validator(
    open_data.schema(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
)
EXAMPLES = [
    pytest.param(rule["id"], example, id=f"{rule['id']}:{n}")
    for rule in DATA["rules"]
    for n, example in enumerate(rule["examples"])
]


def test_the_schema_is_a_valid_draft_2020_12_schema():
    jsonschema.Draft202012Validator.check_schema(open_data.schema())


def test_rules_json_validates_against_its_schema():
    errors = [f"{error.json_path}: {error.message}" for error in VALIDATOR.iter_errors(DATA)]
    assert not errors, errors[:5]


def test_the_schema_refuses_what_the_table_cannot_hold():
    rule = DATA["rules"][0]
    for broken in (
        {**rule, "risk": "maybe"},
        {**rule, "kind": "other"},
        {**rule, "extra": 1},
        {**rule, "examples": [{**rule["examples"][0], "channel": "fax"}]},
    ):
        assert not VALIDATOR.is_valid({**DATA, "rules": [broken]})


def test_it_holds_every_rule_in_table_order_and_the_package_version():
    assert [rule["id"] for rule in DATA["rules"]] == [rule.id for rule in checker.RULES]
    assert DATA["version"] == checker.__version__
    assert {rule["kind"] for rule in DATA["rules"]} == set(open_data.KINDS_OF_RULE)
    for rule, row in zip(DATA["rules"], checker.RULES, strict=True):
        assert len(rule["examples"]) == len(row.matches) + len(row.misses)
        assert [source["url"] for source in rule["sources"]] == [source.url for source in row.sources]


@pytest.mark.parametrize(("rule_id", "example"), EXAMPLES)
def test_every_examples_verdict_comes_out_of_check(rule_id, example):
    # Read from the JSON alone, as a consumer of the file would run it.
    verdict = checker.check(example["number"], channel=example["channel"], text=example["text"], where=example["where"])
    assert example["verdict"] == {"risk": verdict.risk, "rules": list(verdict.rules)}
    assert (rule_id in verdict.rules) is example["matches"]


def test_write_puts_both_files_in_a_directory(tmp_path):
    paths = open_data.write(tmp_path, "https://example.org/mirror/")
    data, schema = (json.loads(path.read_text(encoding="utf-8")) for path in paths)
    assert data["$schema"] == schema["$id"] == "https://example.org/mirror/rules.schema.json"
    assert [rule["id"] for rule in data["rules"]] == [rule["id"] for rule in DATA["rules"]]
    assert all(rule["page"]["en"].startswith("https://example.org/mirror/en/") for rule in data["rules"])


def test_the_site_publishes_both_and_the_rule_table_links_them(site_dir):
    data = json.loads((site_dir / "rules.json").read_text(encoding="utf-8"))
    base = data["$schema"].removesuffix("rules.schema.json")
    for name, text in open_data.files(base).items():
        assert (site_dir / name).read_text(encoding="utf-8") == text
    for lang in CODES:
        links = read(page_file(site_dir, lang, "rules").read_text(encoding="utf-8")).links
        page = "/" + page_path(lang, "rules")
        found = {posixpath.normpath(posixpath.join(page, link)) for link in links if "rules" in link and "json" in link}
        assert found == {"/rules.json", "/rules.schema.json"}, (lang, found)
