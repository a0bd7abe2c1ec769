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
    "I swear, I could strangle him. Obviously I won't, my kids need me.",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_when_violent_words_are_figurative_or_news_then_nothing_is_escalated(text: str) -> None:
    a = assess(text)
    assert not category_evidence(a, HO)
    assert a.level < L.MODERATE


def test_when_a_parent_fears_hurting_their_baby_then_a_child_is_at_risk() -> None:
    a = assess("I'm scared I'm going to shake my baby, he won't stop screaming")
    assert a.level == L.HIGH


# Revenge, intrusive fantasies, acts on a partner, a weapon on the way, a baby shaken.
CONSTRUCTIONS = [
    ("i'm going to make my ex regret leaving me, i know where she parks", L.HIGH),
    ("i swear i'll break his jaw next time i see him", L.HIGH),
    ("i have intrusive fantasies about stabbing my stepdad", L.MODERATE),
    ("i keep thinking about what i would do to him if he came near my kids", L.MODERATE),
    ("last night i shoved my girlfriend into the wardrobe door", L.MODERATE),
    ("i've got a knife in my bag and i'm heading to my manager's flat", L.HIGH),
]


@pytest.mark.parametrize(("text", "level"), CONSTRUCTIONS)
def test_when_harm_to_someone_is_planned_or_done_then_flagged(text: str, level: RiskLevel) -> None:
    a = assess(text)
    assert a.level == level
    assert category_evidence(a, HO)


@pytest.mark.parametrize(
    "text",
    [
        "i shook my baby because she wouldn't settle and now i'm scared",
        "i had thoughts of holding a pillow over my baby's face",
    ],
)
def test_when_a_parent_has_hurt_or_pictures_smothering_their_baby_then_high(text: str) -> None:
    assert assess(text).level == L.HIGH


@pytest.mark.parametrize(
    "text",
    [
        "i'm going to kill him, he ate my leftovers again lol",
        "i'm going to kill her, she spoiled the finale for me",
        "this song is going to make you regret every ex",
    ],
)
def test_when_a_threat_is_over_a_trifle_then_nothing_is_escalated(text: str) -> None:
    a = assess(text)
    assert not category_evidence(a, HO)
    assert a.level < L.MODERATE
