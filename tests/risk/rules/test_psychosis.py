"""Psychosis and mania detector: voices, delusions, no sleep and grandiosity."""

from __future__ import annotations

import pytest

from careguard.types import Category, RiskLevel

from .._assess import assess, category_evidence

L = RiskLevel
PM = Category.PSYCHOSIS_MANIA

POSITIVE = [
    ("i havent slept in like 5 days and everything is so clear", L.MODERATE),
    ("I know the neighbours have put cameras in my light fittings to watch me", L.MODERATE),
    ("God is sending me signs through the radio", L.MODERATE),
    ("people on tv are talking about me", L.MODERATE),
    ("my mum isnt really my mum. same face but something is off. shes been replaced", L.MODERATE),
    ("someone is controlling my thoughts", L.MODERATE),
    ("I'm being followed everywhere I go and they're poisoning my water", L.MODERATE),
    ("I haven't slept in four days and I feel invincible", L.MODERATE),
    ("the walls are whispering my name and I know they're watching me", L.MODERATE),
    ("I'm receiving messages from the universe that I need to save everyone", L.MODERATE),
    (
        "I've been up for three days straight and I've never felt better, "
        "I'm starting four businesses",
        L.MODERATE,
    ),
    ("the voices are telling me to hurt people", L.HIGH),
    ("everyone acts so normal around me when i know i'm already dead", L.MODERATE),
    ("i've not been sleeping for weeks but i have endless energy and new abilities", L.MODERATE),
    ("been up for the last three nights designing my new empire of cafes", L.MODERATE),
    ("the voice keeps telling me to jump off the balcony", L.HIGH),
]


@pytest.mark.parametrize(("text", "level"), POSITIVE)
def test_when_perception_or_mood_loses_touch_then_psychosis_or_mania(
    text: str, level: RiskLevel
) -> None:
    a = assess(text)
    assert a.level == level
    assert category_evidence(a, PM)


LOOK_ALIKES = [
    "i was diagnosed with manic depression years ago",
    "i'm dead lol, that video",
    "i know i'm actually dead serious about this job",
    "I heard a voice calling me from downstairs, it was my mum",
    "hearing voices from upstairs every night, they argue about the stove",
    "my manager has been replaced by a new guy",
    "the tv is too loud, can you turn it down",
    "I couldn't sleep last night, the neighbours were partying",
    "I feel on top of the world after that exam",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_when_a_voice_or_a_high_is_ordinary_then_nothing(text: str) -> None:
    a = assess(text)
    assert not category_evidence(a, PM)
    assert a.level < L.MODERATE


# Perceptions only the writer has, media about them, impostors; mania told as no sleep and genius.
CONSTRUCTIONS = [
    ("the presenters on the news keep talking about me", L.MODERATE),
    ("i hear whispers at night that nobody else can hear", L.MODERATE),
    ("there's a woman at the end of my bed that only i can see", L.MODERATE),
    ("the voices are back since i stopped my meds", L.MODERATE),
    ("my neighbours have hidden cameras in the smoke alarm", L.MODERATE),
    ("five nights awake and i've never felt better, i'm writing a symphony", L.MODERATE),
    ("i haven't slept since tuesday but i don't need it, i'm a genius", L.MODERATE),
    ("my partner says i'm talking too fast and spending too much", L.MODERATE),
    ("i've cracked the theory of everything and need to tell the prime minister", L.MODERATE),
]


@pytest.mark.parametrize(("text", "level"), CONSTRUCTIONS)
def test_when_reality_or_mood_slips_in_other_words_then_flagged(
    text: str, level: RiskLevel
) -> None:
    a = assess(text)
    assert a.level == level
    assert category_evidence(a, PM)


@pytest.mark.parametrize(
    "text",
    [
        "i stayed up all night gaming, never felt better lol",
        "only i can see the funny side of this",
    ],
)
def test_when_a_late_night_or_a_view_is_ordinary_then_no_psychosis(text: str) -> None:
    a = assess(text)
    assert not category_evidence(a, PM)
    assert a.level < L.MODERATE
