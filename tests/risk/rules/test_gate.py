"""Literal gates: skipping a rule because its literals are absent never loses a match."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from careguard.risk.detect import _matches
from careguard.risk.normalize import normalize
from careguard.risk.rules import _gate_table, all_rules
from careguard.risk.rules._gate import required_literals, split_alternatives

RULES = all_rules()


@pytest.mark.parametrize(
    ("pattern", "alternatives"),
    [
        ("a|b", ["a", "b"]),
        ("(?:a|b(?:c|d))", ["a", "b(?:c|d)"]),
        ("(?:a|b)c", ["(?:a|b)c"]),
        ("x|(?:y|z)", ["x", "y", "z"]),
        (r"[|]|\|", ["[|]", r"\|"]),
    ],
)
def test_when_a_pattern_has_top_level_alternatives_then_they_are_split(
    pattern: str, alternatives: list[str]
) -> None:
    assert split_alternatives(pattern) == alternatives


@pytest.mark.parametrize(
    ("pattern", "matches"),
    [
        (r"\bkill (?:myself|yourself)\b", ["kill myself", "kill yourself"]),
        (r"(?:want|wish) to die", ["want to die", "wish to die"]),
        (r"\w+ing", ["running", "sing"]),
        (r"(?:a|b)", ["a", "b"]),
        (r"i (?:\w+ ){0,3}?(?:end|ending) it(?= *$)", ["i will end it", "i ending it"]),
    ],
)
def test_when_a_pattern_is_analysed_then_every_match_contains_a_required_literal(
    pattern: str, matches: list[str]
) -> None:
    found = required_literals(pattern)
    for text in matches:
        assert re.search(pattern, text)
        assert found is None or any(lit in text for lit in found)


TEXTS = [
    "I have been saving my pills, tonight is the night",
    "my friend says she wants to die",
    "this exam is killing me lol",
    "I cut myself again last night",
    "what are the tallest bridges around here?",
    "I can't breathe and my lips are going blue",
]
_WORDS = st.sampled_from(
    [
        "i",
        "want",
        "to",
        "die",
        "kill",
        "myself",
        "pills",
        "tonight",
        "bridge",
        "my",
        "friend",
        "she",
        "he",
        "is",
        "not",
        "never",
        "cut",
        "hit",
        "me",
        "the",
        "a",
        "rope",
        "gun",
        "going",
        "will",
        "have",
        "been",
        "saving",
        "plan",
        "note",
        "goodbye",
        "lol",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.sampled_from(TEXTS), st.lists(_WORDS, min_size=1, max_size=25).map(" ".join)))
def test_when_rules_are_gated_then_every_rule_that_can_match_still_runs(text: str) -> None:
    norm = normalize(text).text
    gated = {rule.id for rule, _ in _matches(RULES, norm)}
    full = {rule.id for rule in RULES if rule.regex.search(norm)}
    assert gated == full


def test_when_rules_compile_then_every_branch_is_a_valid_regex() -> None:
    for rule in RULES:
        assert rule.branches
        for branch in rule.branches:
            assert isinstance(branch.regex, re.Pattern)


def test_when_the_package_ships_then_its_gate_table_is_the_rules_own() -> None:
    """Every branch's gate is in ``_gates.json`` and equals its parse tree's, nothing stale."""
    expected = _gate_table.build(_gate_table.branch_patterns())
    shipped = _gate_table.shipped()
    assert shipped == expected, (
        f"{_gate_table.GATES_FILE} is out of date with the rules: run "
        f"`{_gate_table.REWRITE_COMMAND}` and commit the file"
    )


def test_when_a_pattern_is_not_in_the_table_then_its_gate_is_worked_out() -> None:
    pattern = r"\b(?:a pattern no rule has written (?:yet|so far))\b"
    assert _gate_table.digest(pattern) not in _gate_table.shipped()
    assert _gate_table.gate(pattern) == required_literals(pattern)
    assert _gate_table.gate(pattern) is not None
