"""Context around a rule match: clause, negation, subject, time, idiom and quotation.

A phrase like "kill myself" means little on its own. This module answers, for a span of
normalised text: is it negated ("I would never ..."), whose risk is it ("my friend says
she ..."), is it history ("years ago", "but I'm in a good place now"), recent ("last
night") or happening now, an idiom ("this exam is killing me") or a joke ("lol"),
someone else's words (a song, a quotation, a story), or a supporter talking to the
person at risk ("i know you said you want to die")?
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from careguard.risk import _context_patterns as cp

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
        "wonder", "care", "matter", "even", "or", "than", "mean", "sleep", "ca", "i",
        "just", "but", "only", "like", "who", "which", "notice", "miss",
    }
)  # fmt: skip
SELF_WORDS = frozenset({"i", "me", "my", "myself", "im", "mine"})
OTHER_WORDS = frozenset(
    {
        "he", "she", "they", "him", "her", "them", "his", "hers", "their", "himself",
        "herself", "themselves", "themself", "friend", "friends", "bf", "gf", "boyfriend",
        "girlfriend", "partner", "wife", "husband", "son", "daughter", "kid", "kids", "child",
        "brother", "sister", "mom", "mum", "mother", "dad", "father", "cousin", "roommate",
        "classmate", "coworker", "colleague", "student", "students", "client", "patient",
        "niece", "nephew", "aunt", "uncle", "grandma", "grandpa", "grandad", "fiance",
        "fiancee", "someone", "somebody", "teen", "teenager", "guy", "girl", "man", "woman",
        "person", "mate", "flatmate", "housemate", "teammate", "neighbour", "neighbor", "old",
        "stepdaughter", "stepson", "stepmom", "stepmum", "stepdad", "stepfather", "stepmother",
        "stepbrother", "stepsister", "grandson", "granddaughter", "grandmother", "grandfather",
    }
)  # fmt: skip
_AGE_UNITS = frozenset({"year", "years", "yr", "yrs", "month", "months", "week", "weeks"})
_ADDRESSEE_WORDS = frozenset({"you", "your", "yourself", "yourselves", "u", "ur"})
_OBJECT_SELF = frozenset({"me", "myself"})
_OBJECT_OTHER = frozenset({"himself", "herself", "themselves", "themself"})
_REFLEX_SELF = re.compile(
    r"\b(?:myself|my self|my own life|my life|my wrists?|my neck|my head|without me|if i|me"
    r" dying|my absence|my death)\b"
)
_WRITER_GONE = re.compile(r"\b(?:if i|without me|me dying|my absence|my death)\b")
_REFLEX_OTHER = re.compile(
    r"\b(?:himself|herself|themselves|themself|his own life|her own life|their own lives?"
    r"|their own life|his life|her life|their life)\b"
)
_INTERJECTION = frozenset(
    {"ugh", "omg", "bro", "ok", "okay", "honestly", "lol", "god", "oh", "man", "welp", "so"}
)
# Someone the writer is close to or worried about: "my brother", "i'm scared for her".
_KNOWN = re.compile(
    r"\b(?:(?:my|our) (?:\w+ )?(?:\w+)|friend|roommate|flatmate|boyfriend|girlfriend|husband"
    r"|wife|partner|son|daughter|mum|mom|dad|brother|sister|(?:i am|i feel|i get) (?:so |really )?"
    r"(?:worried|scared|afraid|terrified|concerned)|what (?:do|should|can) i do"
    r"|how (?:do|can|should)"
    r" i help)\b"
)
_TELL_VERBS = frozenset(
    {"sent", "told", "texted", "messaged", "called", "asked", "showed", "gave", "wrote", "tells",
     "texts", "sends", "send", "tell", "text", "message", "warned", "promised", "emailed", "dm"}
)  # fmt: skip
# What follows an exclamatory "kms": a mishap being told ("kms, i forgot my lunch again").
_MISHAP = re.compile(
    r"\s*(?:,|-|:)|\s+(?:why|i just|i forgot|i accidentally|i literally|i said|i sent|i called"
    r"|i did|i spilled|i dropped|i missed|i lost|this|that|these|my \w+ (?:just|is|was|are))\b"
)
FIRST_PERSON = re.compile(r"\b(?:i|me|my|myself|mine)\b")
"""The writer speaking of themself."""
_WRITER = re.compile(r"\b(?:i|me|myself)\b")
"""The writer as the one who acts or feels ("my son's chat" is about the son)."""
_SUBJECT_I = re.compile(r"\bi\b")
_CLOSE = re.compile(
    r"\b(?:my|our) (?:\w+ )?(?:friend|best friend|roommate|flatmate|boyfriend|girlfriend"
    r"|husband|wife|partner|son|daughter|mum|mom|mother|dad|father|brother|sister|cousin|aunt"
    r"|uncle|nan|gran|grandma|grandad|grandpa|kid|kids|child|children|niece|nephew|student"
    r"|colleague|coworker|neighbou?r)s?\b"
)
# "my friend says ...", "my girlfriend is on the bridge and says ...": their own words, not a
# song's ("my friend sent me this song, it says ..." still is one).
_CLOSE_SAYS = re.compile(
    _CLOSE.pattern
    + r"(?:(?!\b(?:it|song|songs|lyrics?|line|chorus|verse|track|album)\b)[^.!?\n]){0,60}?"
    r"\b(?:says|said|keeps saying|texted|told me)\b[^.!?\n]{0,80}$"
)
# The writer's wish or plan now ("i want to ...", "... tonight"), or what is happening now or
# every day ("an hour ago", "every night"), not a game's story told.
_OWN_NOW = re.compile(
    r"\b(?:i (?:really |just |honestly |still )?(?:want|wanna|need|am going|am gonna|will"
    r"|keep|have been|can not|cant|do not want)"
    r"|have decided|tonight|right now|today|this weekend|tomorrow|just now"
    r"|every (?:night|day|morning)"
    r"|(?:an?|\d+|a few|a couple of) (?:minutes?|hours?) ago)\b"
)
# After "kms, ...": words that make it a wish to act, not an exclamation before a story.
_SOONISH = re.compile(
    r"\b(?:tonight|today|now|tomorrow|weekend|pills|rope|gun|bridge|knife|for real|plan|planned"
    r"|the date|the day|decided|note|goodbye|do it|end it)\b"
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
    now: bool = False
    hyperbole: bool = False
    departure: bool = False
    mundane: bool = False
    addressee: bool = False
    known_other: bool = True
    explicit_self: bool = False
    generic: bool = False


_CLAUSE_TESTS = (cp.PAST_DISTANT, cp.PAST_RECENT, cp.NOW, cp.WEAK_NOW)
_SENTENCE_TESTS = (
    cp.PAST_DISTANT,
    cp.HYPERBOLE,
    cp.NOT_JOKING,
    cp.DEPARTURE,
    cp.MUNDANE,
    FIRST_PERSON,
    cp.GENERIC_TOPIC,
)


class TextContext:
    """Precomputed context for one normalised text; answers questions about spans."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._breaks = [0] + [m.end() for m in cp.CLAUSE_BREAK.finditer(text)]
        self._sentences = [0] + [m.end() for m in cp.SENTENCE_BREAK.finditer(text)]
        self._idioms = [(m.start(), m.end()) for m in cp.IDIOMS.finditer(text)]
        self._quotes = _quote_spans(text)
        self._lyrics = cp.LYRIC_MARKERS.search(text) is not None
        self._reported = [(m.start(), m.end()) for m in cp.REPORTED.finditer(text)]
        self._framed = {self._sentence_index(m.start()) for m in cp.HYPOTHETICAL.finditer(text)}
        self._in_play = {self._sentence_index(m.start()) for m in cp.IN_PLAY.finditer(text)}
        recovery = [m.start() for m in cp.RECOVERY.finditer(text)]
        self._last_recovery = recovery[-1] if recovery else -1
        # A text about a real move abroad or a new job: its giveaways and "last night here"
        # are packing, unless the move is what the writer told others.
        self._cover_story = cp.COVER_STORY.search(text) is not None
        self.moving = cp.MOVING.search(text) is not None and not self._cover_story
        self._clauses: dict[tuple[int, int], tuple[bool, ...]] = {}
        self._sentence_cache: dict[tuple[int, int], tuple[bool, ...]] = {}
        self._departures: dict[int, bool] = {}

    @functools.cached_property
    def departed(self) -> bool:
        """Anywhere in the text, a departure told as the writer's own, not as a cover story.

        Computed on first use: only a text with a goodbye or a giveaway asks.
        """
        return not self._cover_story and cp.DEPARTURE.search(self.text) is not None

    def _sentence_index(self, pos: int) -> int:
        return bisect.bisect_right(self._sentences, pos) - 1

    def clause(self, start: int) -> tuple[int, int]:
        """Return the bounds of the clause that contains offset ``start``."""
        i = bisect.bisect_right(self._breaks, start) - 1
        lo = self._breaks[i]
        hi = self._breaks[i + 1] if i + 1 < len(self._breaks) else len(self.text)
        return lo, hi

    def sentence(self, start: int) -> tuple[int, int]:
        """Return the bounds of the sentence that contains offset ``start``."""
        i = self._sentence_index(start)
        lo = self._sentences[i]
        hi = self._sentences[i + 1] if i + 1 < len(self._sentences) else len(self.text)
        return lo, hi

    def analyse(
        self, start: int, end: int, *, fixed_subject: str = "auto", victim: bool = False
    ) -> SpanContext:
        """Describe the span ``[start, end)``.

        ``victim`` says the person at risk is the object of the span ("he hits her"), not
        its agent, so the last person named in it decides whose risk it is.
        """
        lo, hi = self.clause(start)
        s_lo, s_hi = self.sentence(start)
        before = self.text[lo:start]
        span = self.text[start:end]
        clause = self.text[lo:hi]
        sentence = self.text[s_lo:s_hi]
        subject, explicit, addressee = self._subject(before, span, start, fixed_subject, sentence)
        if victim and fixed_subject == "auto":
            subject, explicit = _victim(span, subject, explicit)
        # Someone the writer knows, quoted ("my friend texted me 'i want to die'"), speaks of
        # their own risk: that is theirs (subject "other"), not a song or a phrase.
        idx = self._sentence_index(start)
        in_quotes = self._in_quotes(start)
        quoted = in_quotes and self._lyrics
        if not quoted and self._lyrics:
            # "the chorus goes ...": a song named in this sentence or the one before it, not
            # anywhere in the text ("the 2nd song is about him. my friend says she wants to
            # kill herself" is a report).
            near = self.text[self._sentences[max(0, idx - 1)] : s_hi]
            quoted = (
                re.search(r"\b(?:goes|says|sings|sang|lyrics?)\b[^.!?\n]{0,80}$", before)
                is not None
                and cp.LYRIC_MARKERS.search(near) is not None
                and _CLOSE_SAYS.search(before) is None  # "my friend says ..." is no song
            )
            quoted = quoted or (not explicit and cp.LYRIC_MARKERS.search(sentence) is not None)
        c_distant, recent, now, weak_now = self._clause_time(lo, hi)
        s_distant, joking, serious, _, mundane, s_self, topic = self._sentence_flags(s_lo, s_hi)
        # "guess ill just kill myself then. (not a joke this time)": the next sentence
        # takes the joke back.
        serious = serious or (joking and self._next_sentence_serious(idx))
        distant = c_distant
        if not distant and cp.PAST_VERB.search(self.text[lo:end]):
            # "I had suicidal thoughts ..., but that was three years ago and I'm well."
            distant = s_distant or self._last_recovery > end
        if distant and cp.STILL_NOW.search(self.text[end:s_hi]):
            distant = False  # "i was suicidal last year and i still am"
        return SpanContext(
            # "i never thought about suicide until this week" says the thoughts began.
            negated=_negated(before) and not _UNTIL_NOW.match(self.text, end, s_hi),
            subject=subject,
            past=distant,
            recent=recent,
            now=now or (not recent and not distant and weak_now),
            idiom=any(a < end and start < b for a, b in self._idioms),
            quoted=quoted,
            hypothetical=self._hypothetical(idx, start, end, (s_lo, s_hi), quoted=in_quotes),
            hyperbole=not serious and (joking or self._exclamation(before, span, start)),
            departure=self._departure(idx),
            mundane=mundane,
            addressee=addressee,
            known_other=subject == "self" or self._known(idx),
            explicit_self=explicit or FIRST_PERSON.search(clause) is not None,
            generic=not explicit and not s_self and topic,
        )

    def _hypothetical(
        self, idx: int, start: int, end: int, bounds: tuple[int, int], *, quoted: bool
    ) -> bool:
        """Whether sentence ``idx`` is fiction, study, a game or asking for someone.

        Game words reach the sentences beside them ("this game is brutal. i jumped off the
        bridge 30 times"), unless the writer or someone close to them says what they want or
        plan there, or what is happening now or every night ("this game is pissing me off. i
        want to kill myself tonight", "great dlc. my brother took a bottle of pills an hour
        ago"), or someone close to the writer is reported ("my friend says ..."). A frame
        ("for my novel", "i'm a nurse") does too, but not a sentence in which the writer
        speaks of themself ("i", "me" or "myself"; not only "my") or of someone close to
        them, other than in a question: "thanks for the article. i want to kill myself
        tonight" is the writer's own risk, "my friend says she wants to kill herself" a
        concerned other's report, "i'm a nurse. how many would be lethal?" still asked as a
        nurse. The writer is looked for in the span's sentence (``bounds``) outside the
        span: "'kms' is all over my son's chat" has no writer once "kill myself" is set
        aside, "i am going to take them" has one in the span itself.
        """
        if idx in self._in_play or idx in self._framed:
            return True
        near = {idx - 1, idx + 1}
        play, framed = bool(near & self._in_play), bool(near & self._framed)
        if not (play or framed):  # most spans: no frame or game beside them
            return False
        span = self.text[start:end]
        rest = f"{self.text[bounds[0] : start]} {self.text[end : bounds[1]]}"
        writer = _WRITER.search(rest) is not None or _SUBJECT_I.search(span) is not None
        # Someone close to the writer, named outside quotes, is a real report too ("my
        # friend says she wants to kill herself"); a quoted word stays a word.
        close = not quoted and _CLOSE.search(rest) is not None
        writer = writer or close
        own_now = _OWN_NOW.search(f"{rest} {span}") is not None
        # "my friend says she wants to kill herself" beside game talk is a report, not a story.
        told = close and _CLOSE_SAYS.search(self.text[bounds[0] : start]) is not None
        if play and not ((writer and own_now) or told):
            return True
        return framed and (not writer or rest.rstrip().endswith("?"))

    def _known(self, idx: int) -> bool:
        """Whether sentence ``idx`` or the one before names someone close to the writer."""
        lo = self._sentences[max(0, idx - 1)]
        hi = self._sentences[idx + 1] if idx + 1 < len(self._sentences) else len(self.text)
        return _KNOWN.search(self.text[lo:hi]) is not None

    def _next_sentence_serious(self, idx: int) -> bool:
        if idx + 1 >= len(self._sentences):
            return False
        lo, hi = self.sentence(self._sentences[idx + 1])
        return cp.JOKE_TAKEN_BACK.search(self.text[lo:hi]) is not None

    def _departure(self, idx: int) -> bool:
        """Whether this sentence or one next to it says the goodbye is a move or a log-off.

        Not when the move is a story told to others ("she thinks i'm moving"): that is how
        a giveaway is hidden. Computed once per sentence.
        """
        if idx not in self._departures:
            near = [k for k in (idx - 1, idx, idx + 1) if 0 <= k < len(self._sentences)]
            spans = [self.sentence(self._sentences[k]) for k in near]
            texts = [self.text[lo:hi] for lo, hi in spans]
            self._departures[idx] = not any(map(cp.COVER_STORY.search, texts)) and any(
                map(cp.DEPARTURE.search, texts)
            )
        return self._departures[idx]

    def _clause_time(self, lo: int, hi: int) -> tuple[bool, ...]:
        """Distant past, recent past, now, and a bare "now" in the clause ``[lo, hi)``."""
        return self._flags(self._clauses, _CLAUSE_TESTS, lo, hi)

    def _sentence_flags(self, lo: int, hi: int) -> tuple[bool, ...]:
        """Distant past, a joke, "i am serious", a departure, a pastime, "i", a topic."""
        return self._flags(self._sentence_cache, _SENTENCE_TESTS, lo, hi)

    def _flags(
        self,
        cache: dict[tuple[int, int], tuple[bool, ...]],
        tests: tuple[re.Pattern[str], ...],
        lo: int,
        hi: int,
    ) -> tuple[bool, ...]:
        # Many matches share a clause or sentence: search its patterns once per span.
        cached = cache.get((lo, hi))
        if cached is None:
            part = self.text[lo:hi]
            cached = tuple(t.search(part) is not None for t in tests)
            cache[(lo, hi)] = cached
        return cached

    def _exclamation(self, before: str, span: str, start: int) -> bool:
        # "kms, i forgot my lunch again": an exclamation before a story, not a wish.
        words = _TOKEN.findall(before)
        if span == "kill myself" and all(w in _INTERJECTION for w in words):
            after = self.text[start + len(span) : start + len(span) + 120]
            rest = cp.SENTENCE_BREAK.split(after)[0]
            return (
                _MISHAP.match(rest) is not None
                and len(_TOKEN.findall(rest)) >= 3
                and _SOONISH.search(rest) is None
            )
        return False

    def _in_quotes(self, pos: int) -> bool:
        return any(a <= pos < b for a, b in self._quotes)

    def _report_ends(self, pos: int, within: int) -> Iterator[int]:
        """Ends of reported-speech frames ("my sister texted me") within ``within`` of ``pos``."""
        return (b for _, b in self._reported if b <= pos and pos - b < within)

    def _reported_before(self, pos: int) -> bool:
        return any(True for _ in self._report_ends(pos, 20))

    def _reported_just_before(self, pos: int) -> bool:
        """Whether ``pos`` follows someone else's words being reported, with no "i" between."""
        return any(
            not cp.SENTENCE_BREAK.search(self.text[b:pos])
            and "i" not in _TOKEN.findall(self.text[b:pos])
            for b in self._report_ends(pos, 40)
        )

    def _subject(
        self, before: str, span: str, start: int, fixed: str, sentence: str
    ) -> tuple[Subject, bool, bool]:
        """Whose risk the span is, whether the writer is named, and whether it is "you"."""
        if self._in_quotes(start) and self._reported_before(start):
            return "other", False, False  # he said "tell my mum i'm sorry": his words
        if fixed == "self" and self._reported_just_before(start):
            return "other", False, False  # "my sister texted me saying sorry for everything"
        if fixed in ("self", "other"):
            return fixed, fixed == "self", False  # type: ignore[return-value]
        span_tokens = _TOKEN.findall(span)
        for token in reversed(span_tokens):
            if token in _OBJECT_SELF:
                return "self", True, False
            if token in _OBJECT_OTHER:
                return "other", False, False
        if _WRITER_GONE.search(span):
            return "self", True, False
        if span_tokens and span_tokens[0] in OTHER_WORDS and span_tokens[0] not in _OBJECT_OTHER:
            return "other", False, False  # "dad overdosed": the span names its own subject
        if "i" in span_tokens:
            return "self", True, False  # "the only reason i am still here": the writer says so
        if _REFLEX_OTHER.search(span):
            return "other", False, False
        if _REFLEX_SELF.search(span):
            return "self", True, False
        tokens = [t.removesuffix("'s") for t in _TOKEN.findall(before)]
        generic = cp.GENERIC_YOU.search(sentence) is not None
        if not generic and any(t in _ADDRESSEE_WORDS for t in span_tokens):
            return "other", False, True
        recent = tokens[-12:]
        for k in range(len(recent) - 1, -1, -1):
            token = recent[k]
            if token == "me" and k and recent[k - 1] in _TELL_VERBS:
                continue  # "my friend sent me a goodbye text": "me" is only the recipient
            if token == "old" and not (k and recent[k - 1] in _AGE_UNITS):
                continue  # "the old mill" is a place; "my 16 year old" is a person
            if token in SELF_WORDS:
                return "self", True, False
            if token in OTHER_WORDS:
                return "other", False, False
            if token in _ADDRESSEE_WORDS and not generic:
                return "other", False, True  # "you have a long time to commit suicide"
        if not generic and _speaks_to_reader(sentence):
            # No one named near the span, in a sentence that talks to "you" and never of
            # "i": a supporter's "leave the suicidal thoughts out of it, unless you ...".
            return "other", False, True
        return "self", False, False


_VICTIM_SELF = frozenset({"me", "myself", "i", "us"})
_VICTIM_OTHER = frozenset({"her", "him", "them", "herself", "himself", "themselves"})
# After "my", a person (the victim is then someone else) rather than a thing of the writer's.
_MY_PEOPLE = OTHER_WORDS | {
    "little",
    "baby",
    "ex",
    "stepdad",
    "stepmum",
    "stepmom",
    "parents",
    "grandson",
    "granddaughter",
    "nan",
    "children",
    "sisters",
    "brothers",
}


def _victim(span: str, subject: Subject, explicit: bool) -> tuple[Subject, bool]:
    """Whose risk an act done to someone is: the last person it names."""
    tokens = _TOKEN.findall(span)
    if tokens and tokens[-1] == "my":
        return "self", True  # "someone is controlling my [thoughts]"
    for k in range(len(tokens) - 1, -1, -1):
        token = tokens[k]
        if token == "my" and k + 1 < len(tokens) and tokens[k + 1] not in _MY_PEOPLE:
            return "self", True  # "he takes my wages": the writer's things, the writer's harm
        if token in _VICTIM_SELF:
            return "self", True
        if token in _VICTIM_OTHER:
            return "other", False
    return subject, explicit


def _speaks_to_reader(sentence: str) -> bool:
    """Whether ``sentence`` addresses "you" and never speaks of the writer."""
    tokens = _TOKEN.findall(sentence)
    return any(t in _ADDRESSEE_WORDS for t in tokens) and not any(t in SELF_WORDS for t in tokens)


_IN_A_WAY = re.compile(r"\bnot (?:like |really |exactly |even )?in an? $")


_ASKED_IF = re.compile(
    r"\b(?:asked|asking|asks|ask)(?: me| him| her| them)?(?: [\w']+){0,4}? (?:if|whether)"
    r" (?:i|he|she|they)(?: (?:was|am|is|were|had|have|would|felt|feel))?"
    r"(?: (?:ever|been|had|really))*$"
)


def _negated(before: str) -> bool:
    if _IN_A_WAY.search(before):
        return True  # "not like in a kms way"
    if _ASKED_IF.search(before.rstrip()):
        return True  # "she asked me today if i was suicidal": a question put, not an answer
    tokens = _TOKEN.findall(before.rsplit(",", 1)[-1])
    window = tokens[-6:]
    for k in range(len(window) - 1, -1, -1):
        token = window[k]
        if token in NEGATORS:
            earlier = window[:k]
            if token == "without" and earlier and earlier[-1] in ("day", "hour", "minute", "night"):
                return False
            # "why should not i just end it" asks; it does not deny.
            return not ("why" in earlier and token == "not")
        if token == "i" and k >= 2 and window[k - 1] in ("like", "that") and window[k - 2] == "not":
            return True  # "it is not like i want to die"
        if token in _THINK and window[k + 1 : k + 2] in (["about"], ["of"]) and _denies(window[:k]):
            return True  # "i never think about killing myself": the thinking is denied
        if (
            token == "or"
            and k >= 2
            and window[k - 2] in NEGATORS
            and _PARTICIPLE.match(window[k - 1])
        ):
            return True  # "i have never tried or contemplated suicide"
        if token in SCOPE_BREAKERS:
            return False
    return False


_PARTICIPLE = re.compile(r"^(?:\w+ed|thought|done|had|been|felt|made)$")
_THINK = frozenset({"think", "thought", "thinking"})
_UNTIL_NOW = re.compile(
    r"[^.!?\n]{0,40}?\b(?:until|till|til|before) (?:now|today|tonight|recently|lately|this"
    r" (?:week|month|year|morning)|last (?:night|week|month)|yesterday|a few (?:days|weeks) ago)\b"
)


def _denies(earlier: list[str]) -> bool:
    """Whether ``earlier`` ends in a negator, perhaps with "really", "even" or "ever"."""
    words = [w for w in earlier if w not in ("really", "even", "ever", "actually", "do", "t")]
    return bool(words) and words[-1] in NEGATORS


def _quote_spans(text: str) -> list[tuple[int, int]]:
    spans = [(m.start(), m.end()) for m in re.finditer(r'"[^"\n]{1,400}"', text)]
    spans += [
        (m.start(), m.end()) for m in re.finditer(r"(?<![a-z])'[^'\n]{3,200}'(?![a-z])", text)
    ]
    return spans
