"""Properties: more risk never lowers the assessment; neutral text never lowers it; any
text gets an assessment (only blank text is an InputError)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from careguard.errors import InputError
from careguard.types import Assessment

from ._assess import ENGINE

RISK = [
    "i wish i could stop existing",
    "I wouldn't mind if I never woke up again.",
    "everyone would be better off without me",
    "I feel completely hopeless about the future",
    "I want to kill myself.",
    "i keep thinking about ending my life",
    "lately suicide feels like the only way out",
    "kms",
    "lowkey wanna unalive",
    "I keep imagining jumping off the multistorey car park",
    "I've been thinking about hanging myself",
    "I'm going to kill myself.",
    "I have a plan to kill myself next week.",
    "I've been stockpiling my mum's sleeping pills for weeks.",
    "I tried to kill myself last week and nobody knows.",
    "I attempted years ago, I'm doing well now",
    "just got fired. which bridges here are the tallest?",
    "This is my goodbye. I love you all and I'm sorry.",
    "I cut myself again last night",
    "my friend says she wants to die",
    "I don't know why I want to die",
    "I'm not suicidal, just exhausted",
    "I've had the worst week, everything keeps going wrong",
    "k1ll mys3lf",
    "I have been saving my pills, tonight is the night",
    "my boyfriend hits me when he's drunk",
    "I haven't eaten anything in four days and I still feel huge",
    "the voices are telling me to hurt people",
    "I'm having a panic attack and I can't breathe",
]
PLAN_AND_TIME = [
    "I have a plan and I am going to do it tonight.",
    "My plan is to kill myself tomorrow.",
    "I've decided, I'm going to end my life tonight.",
    "I've picked the date, it will be this weekend.",
]
MEANS = [
    "I have a bottle of pills in my drawer.",
    "There is a gun in the house.",
    "I've got a rope in the garage.",
    "I have about 60 of my pills left.",
]
NEUTRAL = [
    "We walked the dog along the river.",
    "The weather was grey and a bit windy.",
    "My neighbour painted her fence blue.",
    "I had pasta for lunch with my colleague.",
    "The bus was late again.",
    "Tomorrow I need to buy milk and bread.",
    "My cousin is visiting next month.",
    "The library closes at six on Sundays.",
    "I watered the plants in the kitchen.",
    "There was a long queue at the post office.",
    "ok",
    "Anyway.",
    "Thanks for reading.",
]

JOIN = st.sampled_from([" ", ". ", "\n", ", and "])


def _not_lower(before: Assessment, after: Assessment) -> None:
    assert after.level >= before.level
    assert after.cssrs >= before.cssrs


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(RISK), st.sampled_from(PLAN_AND_TIME), JOIN)
def test_when_a_plan_and_a_timeframe_are_added_then_cssrs_and_level_never_drop(
    text: str, plan: str, join: str
) -> None:
    _not_lower(ENGINE.assess(text), ENGINE.assess(text + join + plan))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(RISK), st.sampled_from(MEANS), JOIN)
def test_when_means_are_added_then_cssrs_and_level_never_drop(
    text: str, means: str, join: str
) -> None:
    _not_lower(ENGINE.assess(text), ENGINE.assess(text + join + means))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(RISK + NEUTRAL), st.lists(st.sampled_from(NEUTRAL), min_size=1, max_size=6))
def test_when_neutral_text_is_appended_then_the_level_never_drops(
    text: str, tail: list[str]
) -> None:
    before = ENGINE.assess(text)
    # A new sentence: glued onto an unfinished one, "wanna unalive" + "the weather ..."
    # would be a different sentence, not the same one with neutral text after it.
    sep = " " if text.rstrip()[-1:] in ".!?" else ". "
    after = ENGINE.assess(text + sep + " ".join(tail))
    assert after.level >= before.level


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_when_any_text_is_assessed_then_an_assessment_comes_back(text: str) -> None:
    if not text.strip():
        with pytest.raises(InputError):
            ENGINE.assess(text)
        return
    a = ENGINE.assess(text)
    assert isinstance(a, Assessment)
    assert not a.degraded, a.errors
    clean = text.replace("\x00", "")
    for e in a.evidence:
        assert clean[e.start : e.end] == e.text


_CHATTY = st.text(
    alphabet=st.sampled_from(list("abcdefghijklmnopqrstuvwxyz013457@$! .,'\u200b😂💊🔪")),
    min_size=1,
    max_size=200,
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_CHATTY, st.sampled_from(RISK))
def test_when_chat_noise_surrounds_risk_then_assess_never_fails(noise: str, text: str) -> None:
    for item in (noise + " " + text, text + " " + noise):
        a = ENGINE.assess(item)
        assert not a.degraded, a.errors
        for e in a.evidence:
            assert item[e.start : e.end] == e.text
