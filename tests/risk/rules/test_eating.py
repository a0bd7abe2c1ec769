"""Eating-disorder detector: restriction, purging and compulsive exercise."""

from __future__ import annotations

import pytest

from careguard.types import Category, RiskLevel

from .._assess import assess, category_evidence

L = RiskLevel
ED = Category.EATING_DISORDER

POSITIVE = [
    ("I've been making myself throw up after every meal", L.MODERATE),
    ("I haven't eaten anything in four days and I still feel huge", L.MODERATE),
    ("I only allow myself 500 calories a day", L.MODERATE),
    ("I take laxatives every day to lose weight", L.MODERATE),
    ("I purge after every meal", L.MODERATE),
    ("I feel so guilty when I eat that I make myself sick", L.MODERATE),
    ("I've lost 10kg in a month by barely eating and I want to lose more", L.MODERATE),
    ("I've been restricting to 800 calories and exercising for hours", L.MODERATE),
    ("I binge and then make myself sick, every single day", L.MODERATE),
    ("I'm terrified of gaining weight, I count every calorie", L.MODERATE),
]


@pytest.mark.parametrize(("text", "level"), POSITIVE)
def test_when_eating_is_disordered_then_flagged(text: str, level: RiskLevel) -> None:
    a = assess(text)
    assert a.level == level
    assert category_evidence(a, ED)


LOOK_ALIKES = [
    "I'm fasting for Ramadan this month",
    "I'm starving, what's for dinner?",
    "eating disorders are more common than people think",
    "I skipped breakfast because I was running late",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_when_eating_talk_is_ordinary_then_nothing(text: str) -> None:
    a = assess(text)
    assert not category_evidence(a, ED)
    assert a.level == L.NONE


def test_when_an_eating_disorder_is_recovered_then_low() -> None:
    assert assess("I had an eating disorder in college, I'm recovered now.").level == L.LOW
