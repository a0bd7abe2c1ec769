"""Eating-disorder detector: restriction, purging and compulsive exercise."""

from __future__ import annotations

import pytest

from careguard.types import Category, RiskLevel

from .._assess import assess, category_evidence

L = RiskLevel
ED = Category.EATING_DISORDER

POSITIVE = [
    ("hate that i ate dinner. going to run it off at midnight", L.MODERATE),
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
    "we went for dinner and then a run, it was nice",
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


# Hiding food, compensating, near-nothing meals, the vocabulary of restriction.
CONSTRUCTIONS = [
    "day 6 of <500 and new lows hit diff #edtwt",
    "ate under 800 cals today, ugw is so close",
    "i throw my lunch in the bin at school so nobody knows",
    "my mum thinks i'm eating but i hide it in my pockets",
    "i've been eating next to nothing and walking for hours",
    "i chew gum instead of eating most days",
    "i haven't eaten since sunday and i feel great",
    "i skip dinner as punishment if i eat a biscuit",
    "if i have a snack i have to burn it off on the treadmill",
    "i'm only eating about 500 calories a day",
    "what are the best tricks to suppress appetite? i need to get lighter",
    "how do i lose 6kg in two weeks for prom",
    "i purge in the bathroom at work",
    "my list of safe foods is getting shorter",
]


@pytest.mark.parametrize("text", CONSTRUCTIONS)
def test_when_restriction_is_hidden_or_compensated_then_flagged(text: str) -> None:
    a = assess(text)
    assert a.level == L.MODERATE
    assert category_evidence(a, ED)


CONSTRUCTION_LOOK_ALIKES = [
    "edtwt is so toxic, please stay safe everyone",
    "our dog stopped eating yesterday, should i call the vet?",
    "i've been eating nothing but pizza this week lol",
    "i need to run it off after that christmas dinner haha",
    "my cat stopped eating her dry food so we switched brands",
]


@pytest.mark.parametrize("text", CONSTRUCTION_LOOK_ALIKES)
def test_when_a_pet_or_a_treat_is_off_then_no_eating_disorder(text: str) -> None:
    a = assess(text)
    assert not category_evidence(a, ED)
    assert a.level == L.NONE
