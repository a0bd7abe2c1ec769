"""Conversations: risk pooled across turns, answers to risk questions, windows."""

from __future__ import annotations

import itertools

import pytest

from careguard.risk.conversation import affirmed_answers, windows
from careguard.risk.normalize import normalize
from careguard.types import Reason, RiskLevel

from ._assess import assess, own_reasons

R = Reason
L = RiskLevel


def user(text: str) -> dict[str, str]:
    return {"role": "user", "content": text}


def bot(text: str) -> dict[str, str]:
    return {"role": "assistant", "content": text}


def test_when_pills_and_a_time_come_in_different_turns_then_imminent() -> None:
    turns = [
        user("I can't cope anymore"),
        bot("I'm sorry you're going through this. Can you tell me more?"),
        user("I have a bottle of sleeping pills in my drawer"),
        bot("Thank you for telling me. Are you thinking about ending your life?"),
        user("I want to die"),
        bot("When are you thinking of doing this?"),
        user("tonight"),
    ]
    a = assess(turns)
    assert a.level == L.IMMINENT
    assert {R.MEANS_ACCESS, R.DESIRE} <= own_reasons(a)
    assert R.TIMEFRAME in {e.reason for e in a.evidence if e.turn == 6}
    assert {e.turn for e in a.evidence} >= {2, 4, 6}


def test_when_the_writer_echoes_a_friends_wish_turns_later_then_it_is_their_own() -> None:
    turns = [
        user("my friend wants to die"),
        bot("That sounds really hard. How are you doing with it?"),
        user("honestly so do i, i have the pills here"),
    ]
    a = assess(turns)
    assert a.concerned_other
    assert a.cssrs == 3
    assert R.MEANS_ACCESS in own_reasons(a)
    assert any(e.source == "rule:suicide.echo_wish" and e.turn == 2 for e in a.evidence)


def test_when_the_time_comes_in_a_long_later_turn_then_it_completes_the_risk() -> None:
    turns = [
        user("I want to die. I've been saving up my sleeping pills for weeks"),
        bot("I'm really glad you told me. Can you say more about what's been happening?"),
        user(
            "my flatmate is away at her parents and work doesn't need me until monday, so "
            "nobody is around tonight. the house is really quiet and I've been sitting here "
            "going over everything that went wrong this year"
        ),
    ]
    a = assess(turns)
    assert a.level == L.IMMINENT
    assert R.TIMEFRAME in {e.reason for e in a.evidence if e.turn == 2}


def test_when_a_long_turn_names_pills_with_no_risk_anywhere_then_nothing_counts() -> None:
    turns = [
        user("can you help me plan my week? I keep forgetting things"),
        bot("Of course. What do you need to fit in?"),
        user(
            "gym on monday and wednesday, dentist on thursday at 3, and I need to remember "
            "to pick up my allergy tablets from the pharmacy tonight before it closes, then "
            "dinner with my parents on saturday"
        ),
    ]
    a = assess(turns)
    assert a.level == L.NONE
    assert not own_reasons(a)


@pytest.mark.parametrize(
    "retraction",
    ["jk I'm fine", "lol never mind, I'm ok now", "forget it, I'm not going to do anything"],
)
def test_when_a_later_turn_takes_risk_back_then_the_level_does_not_decay(retraction: str) -> None:
    turns = [
        user("I'm going to kill myself tonight, I have the pills"),
        bot("I'm really worried about you. Are you safe right now?"),
        user(retraction),
    ]
    first = assess(turns[:1])
    assert first.level == L.IMMINENT
    assert assess(turns).level == first.level


@pytest.mark.parametrize(
    ("question", "answer", "reason"),
    [
        ("Do you have a plan?", "yes", R.PLAN),
        ("Have you made a plan for how you would do it?", "yeah i have", R.PLAN),
        ("Do you have access to pills or a gun?", "yes", R.MEANS_ACCESS),
        ("Are you thinking about killing yourself?", "yes", R.IDEATION),
        ("Have you ever tried to end your life before?", "yes, twice", R.ATTEMPT),
        ("Are you planning to do it tonight?", "tonight", R.TIMEFRAME),
    ],
)
def test_when_the_user_says_yes_to_a_risk_question_then_that_is_evidence(
    question: str, answer: str, reason: Reason
) -> None:
    found = affirmed_answers(question, normalize(answer), turn=1)
    assert reason in {e.reason for e in found}
    a = assess([user("I can't go on"), bot(question), user(answer)])
    assert reason in own_reasons(a)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Do you have a plan?", "no, not at all"),
        ("What's your favourite film?", "yes"),
        ("Do you have a plan?", "yes my plan is to go to the gym and then cook dinner tonight ok"),
    ],
)
def test_when_the_answer_is_no_or_not_about_risk_then_no_evidence(
    question: str, answer: str
) -> None:
    assert affirmed_answers(question, normalize(answer), turn=1) == []


def test_when_an_assistant_turn_names_risk_then_it_is_not_the_users_risk() -> None:
    turns = [bot("Some people think about suicide when they feel like this."), user("ok")]
    assert assess(turns).level == L.NONE


def test_when_a_text_is_long_then_windows_cover_it_in_order() -> None:
    text = " ".join(f"Sentence number {i} is here." for i in range(400))
    parts = list(windows(text, turn=3, max_words=50))
    assert len(parts) > 10
    assert all(w.turn == 3 and w.text == text[w.start : w.end] for w in parts)
    assert parts[0].start == 0
    assert parts[-1].end == len(text)
    assert all(a.end <= b.start for a, b in itertools.pairwise(parts))


def test_when_a_window_is_too_long_for_the_encoder_then_it_is_cut_again() -> None:
    # Long words tokenise into many pieces: 200 of them would pass the encoder's limit.
    text = " ".join("Pneumonoultramicroscopic" for _ in range(300)) + ". It ends here."
    fits_calls: list[int] = []

    def fits(part: str) -> bool:
        fits_calls.append(len(part.split()))
        return len(part.split()) <= 60

    parts = list(windows(text, turn=0, fits=fits))
    assert fits_calls, "a long window was never checked"
    assert all(len(w.text.split()) <= 60 for w in parts)
    assert all(w.text == text[w.start : w.end] for w in parts)
    assert parts[0].start == 0
    assert parts[-1].end == len(text)
    assert all(a.end <= b.start for a, b in itertools.pairwise(parts))
