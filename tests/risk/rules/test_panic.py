"""Panic detector: acute attacks, against a passing fright and definitional questions."""

from __future__ import annotations

import pytest

from careguard.types import Category, RiskLevel

from .._assess import assess, category_evidence

L = RiskLevel
PANIC = Category.PANIC

POSITIVE = [
    "I'm having a panic attack and I can't breathe",
    "my heart is racing and I feel like I'm going to die, this keeps happening",
    "I'm shaking and hyperventilating in the bathroom at work",
    "another panic attack, third one today",
    "I can't breathe and my hands are tingling, I think I'm dying",
    "I feel like I'm going to pass out, my chest is so tight and my heart is pounding",
    "I keep having panic attacks at night and I can't calm down",
]


@pytest.mark.parametrize("text", POSITIVE)
def test_when_panic_is_acute_then_moderate(text: str) -> None:
    a = assess(text)
    assert a.level == L.MODERATE
    assert category_evidence(a, PANIC)


LOOK_ALIKES = [
    "I panicked a bit when I couldn't find my keys",
    "what's the difference between a panic attack and a heart attack?",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_when_fear_is_passing_or_asked_about_then_no_panic(text: str) -> None:
    a = assess(text)
    assert not category_evidence(a, PANIC)
    assert a.level == L.NONE


@pytest.mark.parametrize(
    "text",
    [
        "I had a panic attack at work yesterday, I'm ok now",
        "Had a panic attack in the dentist's chair last month. Going back Thursday. Any tips?",
        "had my first panic attack in a shop last week, it passed in 15 minutes",
    ],
)
def test_when_a_panic_attack_is_over_then_only_distress(text: str) -> None:
    assert assess(text).level <= L.LOW
