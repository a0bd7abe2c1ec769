"""The rules-only engine end to end: spans, long posts, concerned others, input errors."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

from careguard.errors import InputError
from careguard.types import Assessment, Category, Reason, RiskLevel

from ._assess import ENGINE, assess, own_reasons

R = Reason
L = RiskLevel

SPANS = [
    ("I want to kill myself", "kill myself"),
    ("honestly I w4nt to k1ll mys3lf tonight", "k1ll mys3lf"),
    ("i want to k\u200bi\u200bl\u200bl myself", "k\u200bi\u200bl\u200bl myself"),
    ("ｉ ｗａｎｔ ｔｏ ｄｉｅ", "ｗａｎｔ ｔｏ ｄｉｅ"),
    ("kms", "kms"),
    ("I have been saving my pills, tonight is the night", "saving my pills"),
    ("My   friend   says she wants to die", "wants to die"),
    ("i'm gonna unalive tonight 💊", "💊"),
]


@pytest.mark.parametrize(("text", "expected"), SPANS)
def test_when_evidence_is_found_then_its_span_points_at_the_original_characters(
    text: str, expected: str
) -> None:
    a = assess(text)
    assert a.evidence
    for e in a.evidence:
        assert text[e.start : e.end] == e.text
    assert any(e.text == expected or expected in e.text for e in a.evidence)


def test_when_a_conversation_has_evidence_then_spans_point_into_their_own_turn() -> None:
    turns = [
        {"role": "user", "content": "hi"},
        {"role": "assistant", "content": "Hello, how are you?"},
        {"role": "user", "content": "tbh I wаnt to d!e"},
    ]
    a = assess(turns)
    assert a.evidence
    for e in a.evidence:
        content = turns[e.turn]["content"]
        assert content[e.start : e.end] == e.text


def test_when_a_risk_sentence_follows_5000_neutral_words_then_it_is_still_found() -> None:
    neutral = "We walked the dog along the river and talked about the weather and lunch. "
    filler = neutral * (5000 // len(neutral.split()) + 1)
    assert len(filler.split()) >= 5000
    text = filler + "I have the pills here and I am going to kill myself tonight."
    a = assess(text)
    assert a.level == L.IMMINENT
    start = text.index("kill myself")
    assert any(e.start >= start - 40 for e in a.evidence)


def test_when_the_writer_worries_about_a_friend_then_concerned_other_moderate_cssrs_zero() -> None:
    a = assess("my friend says she wants to die")
    assert a.concerned_other
    assert a.level == L.MODERATE
    assert a.cssrs == 0


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("My brother told me he has been thinking about killing himself.", L.MODERATE),
        ("I think my girlfriend is cutting herself again", L.MODERATE),
        ("my son hasn't eaten in days and keeps saying he's fat", L.MODERATE),
        ("my husband hears voices telling him people are after him", L.MODERATE),
        ("my dad said he bought a gun and wrote a note", L.HIGH),
        ("my partner is threatening to jump off the balcony", L.HIGH),
        ("My friend sent me a goodbye text and now her phone is off", L.HIGH),
        ("My best friend just told me she swallowed a bottle of pills", L.IMMINENT),
        ("my roommate took a bunch of pills and is really drowsy", L.IMMINENT),
        ("my teenage son told me he doesn't want to live anymore", L.MODERATE),
        ("my sister is self harming again and won't talk to anyone", L.MODERATE),
        ("I think my mum is being abused by her new partner", L.MODERATE),
        ("my brother keeps punching walls and breaking things when he drinks", L.MODERATE),
        ("my wife is locked in the bathroom and says she has pills", L.HIGH),
        ("my friend has been posting goodbye messages on instagram", L.HIGH),
        ("my dad overdosed last night and he's in hospital", L.HIGH),
    ],
)
def test_when_someone_the_writer_knows_is_at_risk_then_their_risk_is_triaged(
    text: str, level: RiskLevel
) -> None:
    a = assess(text)
    assert a.concerned_other
    assert a.level == level
    assert a.cssrs == 0


@pytest.mark.parametrize(
    "text",
    [
        "he should just kill himself lol",
        "the actor said he wanted to die after the show was cancelled",
    ],
)
def test_when_a_stranger_is_discussed_then_no_concerned_other(text: str) -> None:
    a = assess(text)
    assert not a.concerned_other
    assert a.level < L.MODERATE


@pytest.mark.parametrize("text", ["", "   ", "\n\t "])
def test_when_the_text_is_blank_then_input_error(text: str) -> None:
    with pytest.raises(InputError):
        ENGINE.assess(text)


@pytest.mark.parametrize(
    "turns",
    [[], [{"role": "assistant", "content": "hello"}], [{"role": "user", "content": "  "}]],
)
def test_when_a_conversation_has_no_user_text_then_input_error(turns: list[dict[str, str]]) -> None:
    with pytest.raises(InputError):
        ENGINE.assess(turns)


def test_when_assessed_then_the_assessment_is_complete_and_rules_only() -> None:
    a = assess("I have been saving my pills, tonight is the night")
    assert isinstance(a, Assessment)
    assert a.level == L.IMMINENT
    assert a.cssrs == 6
    assert set(a.categories) == set(Category)
    assert a.categories[Category.SUICIDAL_IDEATION] >= 0.9
    assert a.rationale
    assert a.rationale[0].startswith("imminent")
    assert not a.degraded
    assert a.engine_version.endswith("/rules")
    assert {R.PREPARATORY_ACT, R.TIMEFRAME} <= own_reasons(a)


def test_when_evidence_is_listed_then_it_is_sorted_by_turn_and_position() -> None:
    a = assess("i want to die. i have pills. tonight")
    keys = [(e.turn, e.start) for e in a.evidence]
    assert keys == sorted(keys)


def test_when_texts_are_assessed_together_then_each_result_is_what_it_gets_alone(
    engine,  # type: ignore[no-untyped-def]
) -> None:
    texts = [
        "hi",
        "I have been saving my pills and tonight is the night",
        "   ",
        "this exam is killing me",
        "lately i feel like a burden to everyone and i keep thinking about ending it. " * 30,
        "my friend says she wants to die",
    ]
    together = engine.assess_many(texts)
    alone = [engine.assess_many([text])[0] for text in texts]
    assert [a.model_dump() for a in together] == [a.model_dump() for a in alone]
    assert together[1].level is RiskLevel.IMMINENT
    assert together[2].errors[0].component == "input"


def test_when_threads_share_one_engine_then_each_gets_what_it_gets_alone(
    engine,  # type: ignore[no-untyped-def]
) -> None:
    """One loaded engine, four threads at once, texts that take every path (rules, heads,
    long windows, conversations, bad input): each result is the one a serial call gives."""
    texts: list[str | list[dict[str, str]]] = [
        "I have been saving my pills and tonight is the night",
        "this exam is killing me",
        "lately i feel like a burden to everyone and i keep thinking about ending it. " * 30,
        "my friend says she wants to die",
        "i dont see the point of anything anymore",
        "   ",
        [
            {"role": "user", "content": "i have a bottle of pills"},
            {"role": "assistant", "content": "I'm here with you. What is happening?"},
            {"role": "user", "content": "tonight i am taking them"},
        ],
    ]
    work = texts * 12
    serial = [engine.assess_many([t])[0] if isinstance(t, str) else engine.assess(t) for t in work]

    def one(item: str | list[dict[str, str]]) -> dict[str, object]:
        got = engine.assess_many([item])[0] if isinstance(item, str) else engine.assess(item)
        return got.model_dump()

    with ThreadPoolExecutor(max_workers=4) as pool:
        threaded = list(pool.map(one, work))
    assert threaded == [a.model_dump() for a in serial]
    assert serial[0].level is RiskLevel.IMMINENT
    assert serial[6].level is RiskLevel.IMMINENT


@pytest.mark.parametrize(
    ("text", "source", "counted"),
    [
        ("i want to die. tonight i will", "rule:suicide.intent_would_do", True),
        ("i am 15 and my dad hits me", "rule:abuse.child", True),
        ("tonight i think i will", "rule:suicide.intent_would_do", False),
    ],
)
def test_when_waiting_evidence_is_reported_then_its_note_says_whether_it_counted(
    text: str, source: str, counted: bool
) -> None:
    """Evidence that waits for other evidence loses its waiting note once it counts."""
    (ev,) = [e for e in assess(text).evidence if e.source == source]
    assert (ev.note is None) is counted, ev.note


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("i havent self harmed in 2 years and im proud", RiskLevel.LOW),
        ("i havent self harmed in 2 years but last night i cut again", RiskLevel.MODERATE),
    ],
)
def test_when_the_writer_only_denies_a_category_then_its_head_raises_nothing(
    engine,  # type: ignore[no-untyped-def]
    text: str,
    level: RiskLevel,
) -> None:
    """The self-harm head hears "self harmed" at 0.31; the rules read "haven't"."""
    assert engine.assess(text).level is level
