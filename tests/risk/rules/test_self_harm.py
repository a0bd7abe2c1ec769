"""Self-harm detector: current self-injury, urges and hiding it, against everyday cuts."""

from __future__ import annotations

import pytest

from careguard.types import Category, RiskLevel

from .._assess import assess, category_evidence

L = RiskLevel
SH = Category.SELF_HARM

POSITIVE = [
    ("cut again for the first time since summer. i just hate myself", L.MODERATE),
    ("I cut myself again last night", L.MODERATE),
    ("i used to cut myself, and honestly i want to again", L.MODERATE),
    ("I've been burning my arm with a lighter", L.MODERATE),
    ("the urge to self harm is really strong tonight", L.MODERATE),
    ("I relapsed and cut after 3 months clean", L.MODERATE),
    ("I hit myself when I get angry at myself", L.MODERATE),
    ("I burn myself with cigarettes when it gets too much", L.MODERATE),
    ("I've started scratching my arms until they bleed", L.MODERATE),
    ("I bang my head against the wall when I'm overwhelmed", L.MODERATE),
    ("I'm 3 weeks clean from self harm but I really want to relapse", L.MODERATE),
    ("I wear long sleeves so nobody sees the cuts", L.MODERATE),
    ("hurting myself is the only thing that calms me down", L.MODERATE),
    ("I carved his name into my arm", L.MODERATE),
    ("I'm not suicidal, I just cut to feel something", L.MODERATE),
    ("I cut too deep and it won't stop bleeding", L.HIGH),
    # Online, "i" is often dropped; the rest of the text says whose wound it is.
    ("cut way too deep this time and it wont stop bleeding. i dont know what to do", L.HIGH),
]


@pytest.mark.parametrize(("text", "level"), POSITIVE)
def test_when_someone_hurts_themself_then_self_harm_is_flagged(text: str, level: RiskLevel) -> None:
    a = assess(text)
    assert a.level == level
    assert category_evidence(a, SH)
    assert a.categories[SH] >= 0.5


LOOK_ALIKES = [
    "i used to cut my hair really short and i want to again",
    "reminder that self harm isnt just cutting. learn the signs #mentalhealthawareness",
    "I cut myself shaving this morning",
    "I cut my hair really short",
    "burned my hand on the oven lol",
    "cut it out, you're being ridiculous",
    "we need to cut costs this quarter",
    "I'm scratching my head over this bug",
    "the budget cuts hit our department hard",
    "I cut a lot of people out of my life this year",
    "i cut a lot of onions for the stew",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_when_a_cut_or_burn_is_ordinary_then_no_self_harm(text: str) -> None:
    a = assess(text)
    assert not category_evidence(a, SH)
    assert a.level == L.NONE


@pytest.mark.parametrize(
    "text",
    [
        "I used to cut when I was 15",
        "i used to cut a lot back in school",
        "I was a cutter in my teens, I got help",
        "former self harmer here, it does get easier",
        "3 months sh free today and so proud",
        "365 days today without cutting",
    ],
)
def test_when_self_harm_is_in_the_past_then_level_is_low(text: str) -> None:
    a = assess(text)
    assert a.level == L.LOW
    assert not category_evidence(a, SH)


@pytest.mark.parametrize("text", ["i cut a lot lately and hide it", "i am a cutter and i hate it"])
def test_when_the_writer_cuts_now_without_an_object_then_self_harm(text: str) -> None:
    a = assess(text)
    assert a.level == L.MODERATE
    assert category_evidence(a, SH)


# Constructions beyond "cut myself": other means, on purpose, the kit, the hiding, the care.
CONSTRUCTIONS = [
    "i scald my hands under the hot tap when the guilt gets too loud",
    "i banged my head on the wall until it went quiet",
    "i smashed the bedroom window on purpose and now my hand is full of glass",
    "i keep ripping my hair out when i'm stressed, there's a thin patch now",
    "i use my compass on my ankles in maths so nobody sees",
    "i keep a tin of blades in my wardrobe",
    "i got the blades out of my shaving razor last night",
    "the cuts on my thighs are still fresh so i'm skipping swimming",
    "how do i treat my burns so they don't scar?",
    "my mum asked about the marks and i said it was the cat",
    "cut again. 60 days gone",
    "i cut in the bathroom at work today",
    # "sh" is how people write self-harm online.
    "the urge to sh is so strong tonight",
    "anyone else sh when they're angry?",
    # Real posts say it sideways: the care taken, the relapse, the permission, the routine.
    "i'm always careful not to cut near the veins and i keep everything clean",
    "relapsed on saturday after six weeks without cutting",
    "i only let myself cut when nothing else works",
    "been thinking about relapsing into self harm all evening",
    "just wanting to cut because it's the one thing that works",
    "most nights i get home, cry, cut and go to bed",
    "i couldn't bring myself to cut that deep",
]


@pytest.mark.parametrize("text", CONSTRUCTIONS)
def test_when_self_harm_is_told_without_cut_myself_then_it_is_flagged(text: str) -> None:
    a = assess(text)
    assert a.level == L.MODERATE
    assert category_evidence(a, SH)


CONSTRUCTION_LOOK_ALIKES = [
    "i hit the ball on purpose to annoy my brother",
    "i cut my finger on purpose to get the splinter out lol",
    "i hit him on purpose in the game",
    "i use a razor on my legs every other day",
    "my kid cut in line at the shop today",
    "sh, be quiet, the baby is asleep",
    "i let myself cut loose on fridays",
    "relapsed on the diet after six weeks without sugar",
    "i was careful not to cut the wire when i opened the box",
]


@pytest.mark.parametrize("text", CONSTRUCTION_LOOK_ALIKES)
def test_when_on_purpose_or_a_blade_is_ordinary_then_no_self_harm(text: str) -> None:
    a = assess(text)
    assert not category_evidence(a, SH)
    assert a.level == L.NONE
