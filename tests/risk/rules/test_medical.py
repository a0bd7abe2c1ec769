"""Medical-emergency detector: signs that need an ambulance now, against health questions."""

from __future__ import annotations

import pytest

from careguard.types import Category, RiskLevel

from .._assess import assess, category_evidence

L = RiskLevel
MED = Category.MEDICAL_EMERGENCY

POSITIVE = [
    ("I think I'm having a heart attack, my chest is crushing and my arm is numb", L.HIGH),
    ("I can't breathe, my throat is swelling up after eating peanuts", L.HIGH),
    ("I've been vomiting blood all morning", L.HIGH),
    ("my dad's face is drooping and his speech is slurred", L.HIGH),
    ("I fell and hit my head and now I'm confused and throwing up", L.HIGH),
    ("my baby isn't breathing properly and her lips are blue", L.HIGH),
    ("My mum collapsed and won't wake up", L.HIGH),
    ("my friend is having a seizure and won't stop shaking", L.HIGH),
    ("my husband isn't breathing", L.HIGH),
    ("I'm pregnant and bleeding really heavily and it won't stop", L.HIGH),
    ("my son swallowed a button battery", L.HIGH),
    ("I was stabbed and I'm losing a lot of blood", L.HIGH),
    ("my grandad fell and his hip is bent and he can't move", L.HIGH),
    ("I have the worst stomach pain of my life and I can't stand up", L.HIGH),
]


@pytest.mark.parametrize(("text", "level"), POSITIVE)
def test_when_signs_need_an_ambulance_then_high(text: str, level: RiskLevel) -> None:
    a = assess(text)
    assert a.level == level
    assert any(ev.category is MED for ev in a.evidence)


LOOK_ALIKES = [
    "my heart stopped when he proposed",  # an idiom (2026-12-07, sixth session: it was high)
    "how much ibuprofen can I take for a headache?",
    "what are the symptoms of a stroke?",
    "is it safe to take paracetamol with alcohol?",
    "how do you know if a cut needs stitches? sliced my finger cooking",
    "my phone is dead and my laptop is dying",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_when_a_health_question_is_general_then_no_emergency(text: str) -> None:
    a = assess(text)
    assert not category_evidence(a, MED)
    assert a.level == L.NONE


def test_when_an_overdose_is_taken_with_signs_of_poisoning_then_imminent() -> None:
    a = assess("took way too much coke and my heart is pounding and my chest hurts")
    assert a.level == L.IMMINENT
    assert a.cssrs == 0


# Signs that need an ambulance, told in the writer's own words.
CONSTRUCTIONS = [
    "the pain in my chest is spreading up into my jaw and i feel clammy",
    "my inhaler isn't helping and i can hardly get words out",
    "i'm 34 weeks pregnant with a pounding headache and blurred vision",
    "my grandmother fell and has been on the floor for hours",
    "terrible headache and a stiff neck, light hurts my eyes",
    "my toddler got into my sleeping tablets and i don't know how many are gone",
    "my resting heart rate is 35 and i feel faint",
    "my uncle has collapsed in the kitchen",
]


@pytest.mark.parametrize("text", CONSTRUCTIONS)
def test_when_emergency_signs_are_described_then_high(text: str) -> None:
    assert assess(text).level == L.HIGH


OTHERS = [
    "my son cut his leg on the fence and blood is pumping out",
    "my daughter has a purple rash that doesn't fade and she's very sleepy",
    "my wife's speech is suddenly slurred and her arm won't move",
    "my dad fell down the stairs and isn't moving",
]


@pytest.mark.parametrize("text", OTHERS)
def test_when_someone_close_shows_emergency_signs_then_a_concerned_other_at_high(
    text: str,
) -> None:
    a = assess(text)
    assert a.concerned_other
    assert a.level == L.HIGH


CONSTRUCTION_LOOK_ALIKES = [
    "my heart rate was 35 bpm higher during the run than usual",
    "the rash faded after a day, no worries",
    "we barely talk since she moved to leeds",
]


@pytest.mark.parametrize("text", CONSTRUCTION_LOOK_ALIKES)
def test_when_a_number_or_a_rash_is_harmless_then_no_emergency(text: str) -> None:
    a = assess(text)
    assert not category_evidence(a, MED)
    assert a.level == L.NONE
