"""What a conversation adds to single texts: answers to risk questions, and windows.

Risk builds across turns and never silently decays: the engine pools the evidence of every
user turn, so pills named in turn 2 and "tonight" in turn 6 meet in one verdict. This
module adds the one thing pooling misses, a bare "yes" to "do you have a plan?", and cuts
long texts into windows so the encoder reads all of them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from careguard.risk.normalize import NormalizedText, normalize
from careguard.types import Category, Evidence, Reason

_QUESTIONS: tuple[tuple[Reason, re.Pattern[str]], ...] = tuple(
    (reason, re.compile(pattern))
    for reason, pattern in (
        (Reason.ATTEMPT, r"(?:have|did) you (?:ever )?(?:tried|attempted|try|attempt)"),
        (Reason.PLAN, r"(?:have you|do you have|did you) (?:made |make |got |thought about )?(?:a plan|plans|how you would|how you might|when)"),
        (Reason.MEANS_ACCESS, r"(?:do you have|have you got|can you get|access to) (?:the |any |some )?(?:pills|a gun|guns|means|a way|rope|medication|weapons?)"),
        (Reason.INTENT, r"(?:do you (?:intend|plan|think you will|think you might)|are you (?:going|planning) to) (?:to )?(?:act|do it|kill yourself|end your life|go through|take)"),
        (Reason.TIMEFRAME, r"(?:are you|is it|will you|do you plan to)(?: \w+){0,5} (?:tonight|today|right now|soon)|when (?:are|will|do|would) you"),
        (Reason.IDEATION, r"(?:thinking|thoughts|thought) (?:of|about) (?:killing yourself|suicide|ending your life|ending it|taking your (?:own )?life)|are you (?:feeling )?suicidal|want to (?:die|kill yourself|end your life)"),
    )
)  # fmt: skip
_AFFIRM = re.compile(
    r"^\s*(?:yes|yeah|yea|yep|yup|ya|i do|i have|i am|i did|kind of|sort of|kinda|maybe"
    r"|sometimes|a little|a bit|always|every day|all the time|i guess|probably|definitely"
    r"|of course|pretty much|honestly yes|tonight|today|right now|i think so)\b"
)


def affirmed_answers(question: str, answer: NormalizedText, *, turn: int) -> list[Evidence]:
    """Evidence from a short "yes" to a risk question the assistant asked just before."""
    words = answer.text.split()
    if len(words) > 12:
        return []
    m = _AFFIRM.match(answer.text)
    if m is None:
        return []
    asked = normalize(question).text
    start, end = answer.to_source(m.start(), m.end())
    found = []
    for reason, pattern in _QUESTIONS:
        if pattern.search(asked):
            found.append(
                Evidence(
                    turn=turn,
                    start=start,
                    end=end,
                    text=answer.original[start:end],
                    reason=reason,
                    category=Category.SUICIDAL_IDEATION,
                    source="rule:conversation.affirmed_answer",
                    score=0.8,
                    note=None,
                )
            )
    return found


@dataclass(frozen=True, slots=True)
class Window:
    """A piece of one turn, short enough for the encoder to read whole."""

    turn: int
    start: int
    end: int
    text: str


_SENTENCE_END = re.compile(r"(?<=[.!?\n])\s+")
WINDOW_WORDS = 160
"""Words per window: below the encoder's 256 tokens with room for sub-word pieces."""


def windows(
    text: str,
    *,
    turn: int,
    max_words: int = WINDOW_WORDS,
    fits: Callable[[str], bool] | None = None,
) -> Iterator[Window]:
    """Cut ``text`` into consecutive windows of whole sentences (split further if needed).

    ``fits`` says whether a window is short enough for the encoder to read whole (256
    tokens); a long window it rejects is cut again with half as many words, so no part of a
    text goes unread.
    """
    yield from _fitted(text, 0, len(text), turn, max_words, fits)


def _fitted(
    text: str, lo: int, hi: int, turn: int, max_words: int, fits: Callable[[str], bool] | None
) -> Iterator[Window]:
    for window in _windows(text, lo, hi, turn, max_words):
        if fits is None or max_words <= 1 or fits(window.text):
            yield window
        else:
            yield from _fitted(text, window.start, window.end, turn, max_words // 2, fits)


def _windows(text: str, lo: int, hi: int, turn: int, max_words: int) -> Iterator[Window]:
    start = None
    end = 0
    count = 0
    for s, e, n in _pieces(text[lo:hi], max_words):
        s, e = s + lo, e + lo
        if start is not None and count + n > max_words:
            yield Window(turn, start, end, text[start:end])
            start, count = None, 0
        if start is None:
            start = s
        end, count = e, count + n
    if start is not None and text[start:end].strip():
        yield Window(turn, start, end, text[start:end])


def _pieces(text: str, max_words: int) -> Iterator[tuple[int, int, int]]:
    pos = 0
    for m in _SENTENCE_END.finditer(text):
        yield from _split_long(text, pos, m.start(), max_words)
        pos = m.end()
    if pos < len(text):
        yield from _split_long(text, pos, len(text), max_words)


def _split_long(text: str, start: int, end: int, max_words: int) -> Iterator[tuple[int, int, int]]:
    words = list(re.finditer(r"\S+", text[start:end]))
    for i in range(0, len(words), max_words):
        chunk = words[i : i + max_words]
        yield start + chunk[0].start(), start + chunk[-1].end(), len(chunk)
