"""Every rule's own examples: each `matches` example yields the rule, each `misses` one does not."""

import pytest

import checker

CASES = [
    pytest.param(rule.id, example, expected, id=f"{rule.id}:{'match' if expected else 'miss'}:{example}")
    for rule in checker.RULES
    for expected, examples in ((True, rule.matches), (False, rule.misses))
    for example in examples
]


@pytest.mark.parametrize(("rule_id", "example", "expected"), CASES)
def test_example(rule_id, example, expected):
    verdict = checker.check(example.number, channel=example.channel, text=example.text, where=example.where)
    assert (rule_id in verdict.rules) is expected, verdict


def test_every_rule_has_both_kinds_of_example():
    for rule in checker.RULES:
        assert rule.matches and rule.misses, rule.id
