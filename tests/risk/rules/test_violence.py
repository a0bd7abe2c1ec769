"""Violence detector: thoughts, threats and plans to hurt someone, against idioms."""

from __future__ import annotations

import pytest

from careguard.types import Category, RiskLevel

from .._assess import assess, category_evidence

L = RiskLevel
HO = Category.HARM_TO_OTHERS

POSITIVE = [
    ("I keep having urges to hurt people", L.MODERATE),
    ("sometimes I fantasise about strangling my boss", L.MODERATE),
    ("I want to beat the crap out of my coworker", L.MODERATE),
    ("when people laugh at me i picture hurting them", L.MODERATE),
    ("I want to kill my stepfather", L.HIGH),
    ("I'm going to stab him tomorrow at school", L.HIGH),
    ("I swear I'm going to kill him if he touches her again", L.HIGH),
    ("I'm going to make them all pay for what they did", L.HIGH),
    ("i'm outside his house right now with a knife", L.IMMINENT),
    ("I'm so angry I could kill someone right now", L.MODERATE),
    ("I bought a knife to deal with the guys who jumped me", L.HIGH),
    ("I'm going to shoot everyone at my school", L.HIGH),
]


@pytest.mark.parametrize(("text", "level"), POSITIVE)
def test_when_someone_means_to_hurt_others_then_harm_to_others_is_flagged(
    text: str, level: RiskLevel
) -> None:
    a = assess(text)
    assert a.level == level
    assert category_evidence(a, HO)


LOOK_ALIKES = [
    "I'm going to kill this workout",
    "let's shoot some hoops after class",
    "i'm gonna kill my brother, he ate my leftovers again",
    "I'm going to murder this burger",
    "i'm going to strangle my printer",
    "we killed it at the gig last night",
    "the school shooting was all over the news",
    "he hit him with a chair in the movie",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_when_violent_words_are_figurative_or_news_then_nothing_is_escalated(text: str) -> None:
    a = assess(text)
    assert not category_evidence(a, HO)
    assert a.level < L.MODERATE


def test_when_a_parent_fears_hurting_their_baby_then_a_child_is_at_risk() -> None:
    a = assess("I'm scared I'm going to shake my baby, he won't stop screaming")
    assert a.level == L.HIGH
