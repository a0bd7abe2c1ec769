"""Context around a rule match: clause, negation, subject, time, idiom and quotation.

A phrase like "kill myself" means little on its own. This module answers, for a span of
normalised text: is it negated ("I would never ..."), whose risk is it ("my friend says
she ..."), is it in the past ("years ago"), is it an idiom ("this exam is killing me"),
or someone else's words (a song, a quotation, a story)?
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Literal

from careguard.risk.rules._base import expand

_CLAUSE_BREAK = re.compile(
    r"[.!?;\n]+|,? \b(?:but|however|although|though|except|yet|whereas|and then)\b"
)
_TOKEN = re.compile(r"[a-z0-9']+")

NEGATORS = frozenset(
    {"not", "never", "no", "nobody", "nor", "neither", "without", "hardly", "nothing"}
)
# Words that end the scope a negation reaches back over: "I do not know WHY i want to die".
SCOPE_BREAKERS = frozenset(
    {
        "if", "whether", "why", "because", "cause", "know", "sure", "think", "thought",
        "that", "and", "when", "how", "what", "sometimes", "still", "so", "though",
        "until", "unless", "anymore", "feel", "remember", "understand", "help", "stop",
        "wonder", "care", "matter", "even", "or", "than", "mean", "sleep", "ca",
    }
)  # fmt: skip
SELF_WORDS = frozenset({"i", "me", "my", "myself", "im", "mine"})
OTHER_WORDS = frozenset(
    {
        "he", "she", "they", "him", "her", "them", "his", "hers", "their", "himself",
        "herself", "themselves", "themself", "you", "your", "yourself", "friend", "friends",
        "bf", "gf", "boyfriend", "girlfriend", "partner", "wife", "husband", "son",
        "daughter", "kid", "kids", "child", "brother", "sister", "mom", "mum", "mother",
        "dad", "father", "cousin", "roommate", "classmate", "coworker", "colleague",
        "student", "client", "patient", "niece", "nephew", "aunt", "uncle", "grandma",
        "grandpa", "fiance", "fiancee", "someone", "somebody", "people", "everyone",
        "teen", "teenager", "guy", "girl", "man", "woman", "person", "people's",
    }
)  # fmt: skip
_REFLEX_SELF = re.compile(r"\b(?:myself|my self|my own life|my life|my wrists?|my neck|my head)\b")
_REFLEX_OTHER = re.compile(
    r"\b(?:himself|herself|themselves|themself|yourself|yourselves|his own life|her own life"
    r"|their own lives?|their own life|his life|her life|their life)\b"
)

_PAST_DISTANT = re.compile(
    r"\b(?:years? ago|(?:\d+|a few|several|many|two|three|four|five|six|ten) years? (?:ago|back)"
    r"|when i was (?:young|younger|little|a kid|a child|a teen|a teenager|in (?:high|middle"
    r"|grade|elementary) school|in college|at uni|\d+)|used to|in the past|back (?:then|in"
    r"|when)|as a (?:kid|child|teen|teenager)|(?:in|back in|since) (?:19|20)\d\d|last year"
    r"|(?:\d+|a few|several|many|six|eight|nine|ten|eleven) months ago|at (?:age )?\d{1,2}\b"
    r"|(?:a|one) long time ago|once upon|history of|(?:i was|i had been|i felt) suicidal"
    r"|(?:have|had) not (?:felt|been|done|thought) (?:that|this|like that|it) (?:in|for)"
    r"|(?:clean|sober|free) (?:for|since) |no longer|not anymore|(?:i am|i have been) (?:doing"
    r" (?:well|better|good|great|okay|ok)|better now|in recovery|recovered))"
)
_PAST_RECENT = re.compile(
    r"\b(?:last (?:night|week|weekend)|yesterday|earlier (?:today|tonight)|this (?:morning"
    r"|afternoon|evening|week)|(?:\d+|a few|an?|two|three|several) (?:minutes?|hours?|days?"
    r"|weeks?) ago|just now|i just|tonight|today)\b"
)

_IDIOMS = re.compile(
    expand(
        r"\b(?:(?:this|that|it|work|school|homework|the (?:exam|test|wait|heat|suspense|commute"
        r"|traffic|cold|noise)|exams?|class|traffic|my (?:feet|back|boss|job|kids|legs|head"
        r"|neck|knees|shoes)|these (?:shoes|heels)|mondays?|you|he|she|they|this (?:song|game"
        r"|show|weather|class|job|week|day|heat))(?: \w+){0,3} (?:is|are|was|were|keeps|keep)"
        r" (?:literally |honestly |seriously |actually )?killing me"
        r"|killing me softly|(?:kill|killing|killed) myself laughing"
        r"|dying (?:to|for) (?:see|try|know|meet|go|get|hear|watch|read|eat|have|tell|find out"
        r"|a|an|some|the|this|that|your)|to die for|die (?:of|from) (?:embarrassment|shame"
        r"|cringe|boredom|laughter|laughing|cuteness)|(?:dead|dying|died) (?:of|from|laughing)"
        r" ?(?:laughter|laughing|embarrassment|boredom|cringe)?"
        r"|i am (?:literally |so |actually )?(?:dead|dying|deceased)(?= (?:lol|lmao|lmfao|haha"
        r"|rofl|💀|😂|🤣)|!)"
        r"|(?:kill|killing|killed) (?:it|time|the (?:lights|vibe|mood|engine|music|game"
        r"|competition)|two birds)|(?:would|could) kill for (?:a|an|some|that|this)"
        r"|(?:phone|battery|laptop|car|plant|plants|computer|wifi|charger|tv|headphones)"
        r"(?: \w+){0,2} (?:is |just |has )?(?:dead|died|dying|killed)"
        r"|dead ?line|dead (?:tired|serious|end|last|center|silence|weight|on|wrong|ringer)"
        r"|shoot (?:me|us) (?:a|an) (?:message|text|email|dm|line)"
        r"|(?:shoot|shooting) (?:hoops|pool|a (?:video|film|scene|photo)|photos|the breeze)"
        r"|overdos(?:e|ed|ing) on (?:sugar|caffeine|coffee|chocolate|candy|netflix|anime|tv"
        r"|cake|pizza)"
        r"|if (?:all )?(?:your|my) friends (?:jumped|jump) off (?:a|the) bridge"
        r"|(?:mom|mum|dad|parents|wife|husband|teacher|boss|coach|girlfriend|boyfriend)"
        r" (?:is going to|will|would|gonna) (?:literally |actually )?kill me (?:if|when)"
        r" (?:i|he|she|they) (?:find|finds|found|see|sees|saw|fail|failed|am late|get home late"
        r"|forget|forgot|lose|lost|broke|break|crash|spend|spent|eat|ate|miss)"
        r"|suicide (?:squad|doors?|run|runs|sprints?|drills?|king|blonde|note (?:lyrics|song))"
        r"|(?:suicide|self[- ]?harm) (?:prevention|awareness|rates?|statistics|hotline|helpline"
        r"|research|hotlines|lines?)|world suicide|killer (?:workout|app|deal|song)"
        r"|killing (?:the|this|that) (?:game|exam|test|workout|presentation)"
        r"|drop dead (?:gorgeous|beautiful)|(?:bored|scared|worried|frozen|tired) to death"
        r"|i (?:nearly|almost) died (?:when|of|laughing))"
    )
)
_LYRIC_MARKERS = re.compile(
    r"\b(?:lyrics?|song|songs|sings?|singing|sang|album|chorus|verse|rapper|band|poem|poetry"
    r"|quote|quoting|quoted|movie|film|episode|tv show|book|novel|line from|as (?:the )?song"
    r" goes|goes like)\b|[♪♫🎵🎶]"
)
_HYPOTHETICAL = re.compile(
    r"\b(?:for|in|about) (?:my|a|an|our|the) (?:story|novel|book|essay|paper|research|thesis"
    r"|dissertation|assignment|class|course|character|screenplay|script|game|project"
    r"|fanfic|fan fiction|presentation|homework|psychology class)|(?:asking|ask) for a friend"
    r"|hypothetically|in theory|(?:i am|i am a) (?:writer|nurse|doctor|pharmacist|researcher"
    r"|student studying|med student|medical student)\b"
)
_REPORTED = re.compile(
    expand(
        r"\b{PERSON_OTHER} (?:said|says|told me|tells me|texted|texts|wrote|writes|posted"
        r"|posts|keeps saying|kept saying|messaged|admitted|confided)\b"
    )
)

Subject = Literal["self", "other"]


@dataclass(frozen=True, slots=True)
class SpanContext:
    """What surrounds a match."""

    negated: bool
    subject: Subject
    past: bool
    recent: bool
    idiom: bool
    quoted: bool
    hypothetical: bool


class TextContext:
    """Precomputed context for one normalised text; answers questions about spans."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._breaks = [0]
        for m in _CLAUSE_BREAK.finditer(text):
            self._breaks.append(m.end())
        self._idioms = [(m.start(), m.end()) for m in _IDIOMS.finditer(text)]
        self._quotes = _quote_spans(text)
        self._lyrics = _LYRIC_MARKERS.search(text) is not None
        self._hypothetical = _HYPOTHETICAL.search(text) is not None
        self._reported = [(m.start(), m.end()) for m in _REPORTED.finditer(text)]

    def clause(self, start: int) -> tuple[int, int]:
        """Return the bounds of the clause that contains offset ``start``."""
        i = bisect.bisect_right(self._breaks, start) - 1
        lo = self._breaks[i]
        hi = self._breaks[i + 1] if i + 1 < len(self._breaks) else len(self.text)
        return lo, hi

    def sentence_window(self, start: int, end: int) -> str:
        """Return the clause of ``start`` extended to the end of the clause of ``end``."""
        lo, _ = self.clause(start)
        _, hi = self.clause(max(start, end - 1))
        return self.text[lo:hi]

    def analyse(self, start: int, end: int, *, fixed_subject: str = "auto") -> SpanContext:
        """Describe the span ``[start, end)``."""
        lo, hi = self.clause(start)
        before = self.text[lo:start]
        span = self.text[start:end]
        clause = self.text[lo:hi]
        quoted = self._in_quotes(start) and (self._lyrics or self._reported_before(start))
        if not quoted and self._lyrics:
            quoted = re.search(r"\b(?:goes|says|sings|sang|lyrics?)\b[^.!?\n]{0,80}$", before) is not None
        return SpanContext(
            negated=_negated(before),
            subject=self._subject(before, span, start, fixed_subject),
            past=_PAST_DISTANT.search(clause) is not None,
            recent=_PAST_RECENT.search(clause) is not None,
            idiom=any(a < end and start < b for a, b in self._idioms),
            quoted=quoted,
            hypothetical=self._hypothetical,
        )

    def _in_quotes(self, pos: int) -> bool:
        return any(a <= pos < b for a, b in self._quotes)

    def _reported_before(self, pos: int) -> bool:
        return any(b <= pos and pos - b < 20 for _, b in self._reported)

    def _subject(self, before: str, span: str, start: int, fixed: str) -> Subject:
        if fixed in ("self", "other"):
            return fixed  # type: ignore[return-value]
        if _REFLEX_OTHER.search(span):
            return "other"
        if self._in_quotes(start) and self._reported_before(start):
            return "other"
        if _REFLEX_SELF.search(span):
            return "self"
        tokens = _TOKEN.findall(before)
        for token in reversed(tokens[-12:]):
            if token in SELF_WORDS:
                return "self"
            if token in OTHER_WORDS:
                return "other"
        return "self"


def _negated(before: str) -> bool:
    tokens = _TOKEN.findall(before)
    for token in reversed(tokens[-4:]):
        if token in NEGATORS:
            return True
        if token in SCOPE_BREAKERS:
            return False
    return False


def _quote_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in re.finditer(r'"[^"\n]{1,400}"', text):
        spans.append((m.start(), m.end()))
    return spans
