"""Substance detector: loss of control, withdrawal and overdose, against ordinary drinking."""

from __future__ import annotations

import pytest

from careguard.types import Category, RiskLevel

from .._assess import assess, category_evidence

L = RiskLevel
SUB = Category.SUBSTANCE

POSITIVE = [
    ("2 days sober and my hands are shaking so bad i cant hold a cup", L.MODERATE),
    ("I can't stop drinking, I've had a bottle of vodka every day this week", L.MODERATE),
    ("I relapsed on heroin last night", L.MODERATE),
    ("I'm withdrawing from benzos and shaking so badly", L.MODERATE),
    ("I've been drinking every day since I lost my job and I can't stop", L.MODERATE),
    ("my drinking is getting out of hand", L.MODERATE),
    ("I'm on day 2 of alcohol withdrawal and I'm shaking and seeing things", L.MODERATE),
    ("I think I overdosed on heroin, I can barely breathe", L.IMMINENT),
    ("I've been binge drinking every night and blacking out", L.MODERATE),
    ("I need a drink as soon as I wake up or I start shaking", L.MODERATE),
    ("I've been using every day and I owe my dealer money I don't have", L.MODERATE),
    ("I mixed xanax and alcohol and I can't stay awake", L.IMMINENT),
    ("3 days without a drink and im shaking", L.MODERATE),
    ("i've been taking more than i should, the bottle is nearly empty", L.MODERATE),
    ("drinking way more than i should every night and i can't stop", L.MODERATE),
]


@pytest.mark.parametrize(("text", "level"), POSITIVE)
def test_when_use_is_out_of_control_then_substance_crisis(text: str, level: RiskLevel) -> None:
    a = assess(text)
    assert a.level == level
    assert category_evidence(a, SUB)
    assert a.cssrs == 0


LOOK_ALIKES = [
    "I stopped drinking on weeknights and started walking the dog",
    "one year since i stopped drinking 🥂",
    "had a couple of beers with friends tonight",
    "I quit smoking last year",
    "the troop withdrawal was announced today",
    "I'm withdrawing money from the cash machine",
    "we watched The Purge last night",
    "365 days. One whole year without a drink.",
    "I still check his location on my phone more than I should.",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_when_drinking_or_withdrawing_is_ordinary_then_no_crisis(text: str) -> None:
    a = assess(text)
    assert not category_evidence(a, SUB)
    assert a.level == L.NONE


# Dependence told through its routines: morning drinking, hiding, money gone, withdrawal signs.
CONSTRUCTIONS = [
    "i need a drink the moment i wake up or i can't function",
    "fourth day without booze and i'm shaking and hearing things",
    "i keep hiding bottles of vodka in the garage so my wife won't find them",
    "i'm through a bottle of wine before lunch most days now",
    "been drinking my rent money away again",
    "i blew my whole student loan on ket",
    "i'm doing coke most nights now and can't afford it",
    "i'm taking more of my diazepam than i'm supposed to",
    "i've tried but i still can't stop",
]


@pytest.mark.parametrize("text", CONSTRUCTIONS)
def test_when_dependence_shows_in_routines_then_substance_crisis(text: str) -> None:
    a = assess(text)
    assert a.level == L.MODERATE
    assert category_evidence(a, SUB)


def test_when_someone_close_drinks_from_waking_then_the_writer_is_a_concerned_other() -> None:
    a = assess("my husband drinks from the minute he wakes up")
    assert a.concerned_other
    assert a.level == L.MODERATE


CONSTRUCTION_LOOK_ALIKES = [
    "i need a coffee the moment i wake up lol",
    "i had a glass of wine with lunch on my birthday",
    "i'm taking more vitamin d than i used to",
]


@pytest.mark.parametrize("text", CONSTRUCTION_LOOK_ALIKES)
def test_when_a_habit_is_ordinary_then_no_substance_crisis(text: str) -> None:
    a = assess(text)
    assert not category_evidence(a, SUB)
    assert a.level == L.NONE
