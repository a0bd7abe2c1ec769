"""Context of a match: negation, subject, time, idiom, quotes, fiction, jokes, addressee."""

from __future__ import annotations

import pytest

from careguard.risk.context import SpanContext, TextContext
from careguard.risk.normalize import normalize
from careguard.types import RiskLevel

from ._assess import assess

L = RiskLevel


def span_of(text: str, phrase: str) -> SpanContext:
    """Context of the first occurrence of ``phrase`` in the normalised ``text``."""
    norm = normalize(text).text
    start = norm.index(phrase)
    return TextContext(norm).analyse(start, start + len(phrase))


@pytest.mark.parametrize(
    ("text", "phrase", "negated"),
    [
        ("I would never hurt myself", "hurt myself", True),
        ("I'm not going to kill myself", "kill myself", True),
        ("no thoughts of ending it", "ending it", True),
        ("it's not like i want to die or anything", "want to die", True),
        ("I can't breathe, my throat is swelling", "throat is swelling", False),
        ("I don't know why I want to die", "want to die", False),
        ("nobody knows that I want to die", "want to die", False),
        ("why shouldn't i just end it", "end it", False),
        ("I can't go a day without wanting to die", "wanting to die", False),
        ("I want to die", "want to die", False),
    ],
)
def test_when_a_negation_governs_the_span_then_negated(
    text: str, phrase: str, negated: bool
) -> None:
    assert span_of(text, phrase).negated is negated


@pytest.mark.parametrize(
    ("text", "phrase", "subject"),
    [
        ("I want to die", "want to die", "self"),
        ("my friend says she wants to die", "wants to die", "other"),
        (
            "My brother told me he has been thinking about killing himself",
            "killing himself",
            "other",
        ),
        ("everyone would be better off without me", "better off without me", "self"),
        ("she would have her life back if i was not here", "if i was not here", "self"),
        ("my friend sent me a goodbye text", "goodbye text", "other"),
        ("honestly i want to die", "want to die", "self"),
    ],
)
def test_when_a_person_is_named_then_subject_is_theirs(
    text: str, phrase: str, subject: str
) -> None:
    assert span_of(text, phrase).subject == subject


@pytest.mark.parametrize(
    ("text", "phrase", "past", "recent", "now"),
    [
        ("I attempted years ago", "attempted", True, False, False),
        ("I used to cut when I was 15", "cut", True, False, False),
        ("I tried to kill myself last week", "kill myself", False, True, False),
        ("I took the pills an hour ago", "took the pills", False, False, True),
        ("I'm on the bridge right now", "bridge", False, False, True),
        (
            "I had suicidal thoughts after my divorce, but I'm in a good place now",
            "suicidal thoughts",
            True,
            False,
            False,
        ),
        ("I want to die", "want to die", False, False, False),
    ],
)
def test_when_time_words_surround_a_span_then_they_date_it(
    text: str, phrase: str, past: bool, recent: bool, now: bool
) -> None:
    ctx = span_of(text, phrase)
    assert (ctx.past, ctx.recent, ctx.now) == (past, recent, now)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("this exam is killing me", "killing me"),
        ("I'm dying to see it", "dying"),
        ("I could kill for a coffee", "kill"),
        ("my phone died", "died"),
        ("my mom will kill me if she finds out", "kill me"),
        ("I'm killing myself trying to finish this", "killing myself"),
    ],
)
def test_when_the_span_is_an_idiom_then_idiom(text: str, phrase: str) -> None:
    assert span_of(text, phrase).idiom


@pytest.mark.parametrize(
    ("text", "phrase", "flag"),
    [
        ('the song goes "i want to die" and everyone sings along', "want to die", "quoted"),
        ("my favourite lyric is 'i want to die young'", "want to die", "quoted"),
        ("For my novel: how would my character overdose?", "overdose", "hypothetical"),
        ("that joke was so bad i want to die lol", "want to die", "hyperbole"),
        ("kms, i forgot my lunch at home again", "kill myself", "hyperbole"),
        ("goodbye everyone, i'm off to uni tomorrow", "goodbye everyone", "departure"),
        ("i know you said you want to die", "want to die", "addressee"),
    ],
)
def test_when_words_are_not_the_writers_own_then_the_context_says_so(
    text: str, phrase: str, flag: str
) -> None:
    assert getattr(span_of(text, phrase), flag)


@pytest.mark.parametrize(
    ("text", "phrase", "flag"),
    [
        ("i want to die and i'm not even joking", "want to die", "hyperbole"),
        ("kms", "kill myself", "hyperbole"),
        ("is it normal to wish you were dead", "wish you were dead", "addressee"),
        ("I want to die, I'm listening to my favourite song", "want to die", "quoted"),
    ],
)
def test_when_markers_do_not_apply_then_the_flag_is_off(text: str, phrase: str, flag: str) -> None:
    assert not getattr(span_of(text, phrase), flag)


# Through the engine: quotations, fiction and support for others are not the writer's risk.
NOT_OWN = [
    ("the poem ends with the speaker wishing to die, we're analysing it in class", L.NONE),
    ("I'm writing an essay on suicide prevention in schools", L.NONE),
    ("the character in the show jumps off a bridge in the finale", L.NONE),
    ("are you having thoughts of ending your life?", L.NONE),
    ("if you ever feel like killing yourself please call me first", L.NONE),
    ("he said in the interview that he wanted to die back then", L.NONE),
]


@pytest.mark.parametrize(("text", "level"), NOT_OWN)
def test_when_risk_words_are_quoted_fiction_or_addressed_then_not_escalated(
    text: str, level: RiskLevel
) -> None:
    a = assess(text)
    assert a.level == level
    assert not a.concerned_other


def test_when_a_sentence_is_long_then_clause_and_sentence_bounds_hold() -> None:
    text = "i am fine. but honestly i want to die; nobody knows"
    ctx = TextContext(text)
    start = text.index("want")
    lo, hi = ctx.clause(start)
    assert text[lo:hi].strip(" ;") == "honestly i want to die"
    s_lo, s_hi = ctx.sentence(start)
    assert "nobody knows" in text[s_lo:s_hi]
