"""Abuse detector: violence and control suffered, children at risk, against play and sport."""

from __future__ import annotations

import pytest

from careguard.types import Category, RiskLevel

from .._assess import assess, category_evidence

L = RiskLevel
AB = Category.ABUSE

POSITIVE = [
    ("my boyfriend hits me when he's drunk", L.MODERATE),
    ("my husband pushed me down the stairs last night", L.MODERATE),
    ("my girlfriend slaps me when she's angry", L.MODERATE),
    ("my wife controls all our money and won't let me see my friends", L.MODERATE),
    ("my partner won't let me leave the house without him", L.MODERATE),
    ("my husband threatens to kill me if I leave", L.HIGH),
    ("my partner strangled me last night", L.HIGH),
    ("he raped me and I don't know what to do", L.HIGH),
    ("my ex keeps threatening to kill me", L.HIGH),
    ("he hit me again and said he'd kill me if I tell anyone", L.HIGH),
    ("my partner keeps threatening to hurt me if I tell anyone", L.MODERATE),
    ("he hides my insulin when he's angry with me", L.MODERATE),
    (
        "my husband makes me ask permission to spend money and checks my phone every night",
        L.MODERATE,
    ),
    ("my ex is stalking me and turned up at my house at 3am", L.MODERATE),
    ("my dad gets drunk and throws things at us", L.MODERATE),
    ("the bruises are fading but i'm still scared to go home", L.MODERATE),
    ("afraid to go home tonight, he said just wait till i see you", L.MODERATE),
    # A parent named as a name (2026-12-07, sixth session: it was none).
    ("mum locks me in the cupboard when she drinks", L.MODERATE),
    ("he forced me to drink until i passed out", L.MODERATE),
]


@pytest.mark.parametrize(("text", "level"), POSITIVE)
def test_when_the_writer_is_abused_then_abuse_is_flagged(text: str, level: RiskLevel) -> None:
    a = assess(text)
    assert a.level == level
    assert category_evidence(a, AB)


CHILD = [
    "My dad beats me and my little sister",
    "I'm 14 and my uncle touches me when no one is around",
    "my stepdad hits me with a belt and I'm only 12",
    "my neighbour's kids are left alone for days and look starving",
    "my mother hits me with whatever she can find, I'm 15",
    "I think my little cousin is being abused, she has bruises everywhere",
]


@pytest.mark.parametrize("text", CHILD)
def test_when_a_child_is_hurt_or_neglected_then_high(text: str) -> None:
    assert assess(text).level == L.HIGH


LOOK_ALIKES = [
    # Urging and favours (2026-12-07, sixth session: they were moderate).
    "my mum pushed me to apply for the job",
    "my coach pushes me to do better",
    "my dad forced me to go to the dentist",
    "my mum grabbed me a coffee",
    "my friends have been great, they dragged me out to play pool last night",
    "my sister dragged me to the gym again",
    "my little brother hit me with a pillow lol",
    "the ball hit me in the face at practice",
    "i feel like i got hit by a truck, this cold is brutal",
    "sexual assault is a crime that often goes unreported",
    "my boss will kill me if I'm late again",
    "went for a walk, took my meds, ate a proper lunch",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_when_hitting_is_play_sport_or_a_topic_then_no_abuse(text: str) -> None:
    a = assess(text)
    assert not category_evidence(a, AB)
    assert a.level == L.NONE


def test_when_bruises_come_from_sport_then_fear_of_home_is_no_abuse() -> None:
    a = assess("bruises from rugby are healing and im scared to go home and face my exam results")
    assert not category_evidence(a, AB)
    assert a.level < L.MODERATE


def test_when_someone_else_is_abused_then_the_writer_is_a_concerned_other() -> None:
    a = assess("my sister's ex keeps beating her up")
    assert a.concerned_other
    assert a.level == L.MODERATE
    assert a.cssrs == 0


# Control through money, phones, images and accounts; force told mid-sentence; hiding.
CONSTRUCTIONS = [
    ("my girlfriend screamed at me for an hour and shoved me into the door", L.MODERATE),
    ("my dad throws plates at me when he's been drinking", L.MODERATE),
    ("is it normal for ur mum to throw stuff at you when she's drunk?", L.MODERATE),
    ("my husband won't let me have my own bank card", L.MODERATE),
    ("i have to ask him for money to buy shampoo", L.MODERATE),
    ("my partner takes my wages every payday", L.MODERATE),
    ("he goes through my phone every night while i sleep", L.MODERATE),
    ("my ex posted intimate photos of me online", L.MODERATE),
    ("he keeps making fake accounts to message me after i block him", L.MODERATE),
    ("my supervisor sends me sexual texts and says i'll lose my shifts if i tell", L.MODERATE),
    ("he's banging on the door and i'm hiding in the wardrobe", L.HIGH),
    ("he tried to strangle me on saturday", L.HIGH),
]


@pytest.mark.parametrize(("text", "level"), CONSTRUCTIONS)
def test_when_control_or_force_is_described_then_abuse_is_flagged(
    text: str, level: RiskLevel
) -> None:
    a = assess(text)
    assert a.level == level
    assert category_evidence(a, AB)


# A child touched in secret, groomed online, left without food, or hurt and told to keep quiet.
CHILD_CONSTRUCTIONS = [
    "my stepdad comes into the bathroom and touches me and says it's our secret",
    "an older guy from a game keeps asking my 11 year old son for pictures",
    "my little sister and i haven't had any food in two days, dad is gone",
    "my neighbour leaves her baby alone in the flat all evening",
    "the boy next door had bruises on his arms and his mum told him not to tell",
]


@pytest.mark.parametrize("text", CHILD_CONSTRUCTIONS)
def test_when_a_child_is_groomed_neglected_or_silenced_then_high(text: str) -> None:
    assert assess(text).level == L.HIGH


CONSTRUCTION_LOOK_ALIKES = [
    "my sister goes through my wardrobe every weekend to borrow clothes",
    "my mate posted photos of me from the wedding lol",
    "he's going to kill me if i forget his birthday again",
    "my dad threw a ball at me during the game and i caught it",
]


@pytest.mark.parametrize("text", CONSTRUCTION_LOOK_ALIKES)
def test_when_borrowing_posting_or_a_threat_is_ordinary_then_no_abuse(text: str) -> None:
    a = assess(text)
    assert not category_evidence(a, AB)
    assert a.level == L.NONE


# A writer's age counts only beside abuse they describe, in the same turn or another one.
AGE = [
    ([{"role": "user", "content": "i am 16"}], False),
    ([{"role": "user", "content": "im 15 and i hate school"}], False),
    (
        [
            {"role": "user", "content": "i am 15"},
            {"role": "assistant", "content": "thank you for telling me"},
            {"role": "user", "content": "my stepdad hits me when he drinks"},
        ],
        True,
    ),
]


@pytest.mark.parametrize(("turns", "counts"), AGE)
def test_when_a_writer_gives_a_young_age_then_it_counts_only_beside_abuse(
    turns: list[dict[str, str]], counts: bool
) -> None:
    a = assess(turns)
    age = [e for e in a.evidence if e.source == "rule:abuse.minor_age"]
    assert age, "the age is shown as evidence either way"
    assert (a.level >= L.HIGH) is counts
    if not counts:
        assert all(e.note and e.note.startswith("waiting:") for e in age)
