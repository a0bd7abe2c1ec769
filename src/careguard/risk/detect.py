"""Run the rule tables over one normalised turn and keep what survives its context."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from careguard.risk.context import FIRST_PERSON, SpanContext, TextContext
from careguard.risk.normalize import NormalizedText
from careguard.risk.rules import ECHOES, Rule
from careguard.risk.rules._base import Branch
from careguard.risk.rules._gate import GateIndex
from careguard.types import Category, Evidence, Reason

R = Reason
# Reasons that belong to the suicide ladder; a timeframe only counts next to one of them.
SI_REASONS = frozenset(
    {
        R.DESIRE, R.IDEATION, R.METHOD, R.MEANS_ACCESS, R.INTENT, R.PLAN,
        R.PREPARATORY_ACT, R.ATTEMPT, R.PAST_ATTEMPT, R.FAREWELL, R.METHOD_SEEKING,
        R.SELF_HARM, R.MEDICAL_EMERGENCY,
    }
)  # fmt: skip
# Suicide evidence of today: a past attempt told as history anchors no bare means or time.
CURRENT_SI_REASONS = SI_REASONS - {R.PAST_ATTEMPT}
# Evidence that lets an anchored match ("tonight", "pills", "doing it") count.
_ANCHORS = CURRENT_SI_REASONS | {
    R.VIOLENT_THOUGHTS,
    R.HOPELESSNESS,
    R.BURDENSOMENESS,
    R.ABUSE,
}
_ACTION = re.compile(
    r"\b(?:do|doing|end|ending|finish|go through with) (?:it|this|everything)|it (?:ends|happens"
    r"|is happening"
    r"|will be over)|the (?:night|day|end)|my last|goodbye|going to|gonna|will\b|planning"
)
# Low-grade cues a "lol" or "so bad i want to die" turns into hyperbole.
_JOKE_REASONS = frozenset(
    {R.DESIRE, R.IDEATION, R.INTENT, R.METHOD, R.FAREWELL, R.VIOLENT_THOUGHTS, R.PLAN, R.PANIC}
)
# Words that only retell a past attempt ("i tried to kill myself", "survived an overdose"):
# inside its span they are that history, not a thought or method of today.
_RETOLD = frozenset({R.IDEATION, R.DESIRE, R.METHOD})
# Cues a literal departure ("i'm moving to a new app", "off to uni") explains away.
_DEPARTURE_RULES = frozenset(
    {
        "suicide.not_be_here", "suicide.leave_world", "suicide.prep_giveaway",
        "suicide.prep_affairs", "suicide.prep_affairs_soft",
    }
)  # fmt: skip
# "today is my last day at the company": a last day a departure beside it explains.
_LAST_DAY = frozenset({"suicide.intent_last", "suicide.last_night"})
# In a text about a real move (a job abroad, a flight), "my last night here" and "i'm actually
# doing it" are about the move too.
_MOVING_RULES = _DEPARTURE_RULES | {
    "suicide.intent_last", "suicide.last_night", "suicide.intent_pro_act"
}  # fmt: skip
# Acts an ordinary purpose explains: a rope for a swing, a date for a party.
_MUNDANE_REASONS = frozenset(
    {
        R.PREPARATORY_ACT, R.FAREWELL, R.PLAN, R.ATTEMPT, R.INTENT, R.METHOD, R.TIMEFRAME,
        R.MEANS_ACCESS,
    }
)  # fmt: skip
# Rules that mean the act is happening now, unless their time words say otherwise.
UNDER_WAY = frozenset(
    {
        "suicide.attempt_now", "suicide.at_edge_now", "suicide.attempt_pro", "suicide.at_place_now",
        "suicide.armed_self_now", "suicide.exhaust_now",
        "medical.overdose_taken",
    }
)  # fmt: skip
RECENT_SUFFIX = "/recent"
PENDING_NOTE = "pending: counts only beside suicide evidence elsewhere in the conversation"
WAITING_PREFIX = "waiting: counts only beside "


def waiting_note(needs: frozenset[Reason]) -> str:
    """The note on evidence whose rule needs other evidence beside it (``Rule.needs``)."""
    return f"{WAITING_PREFIX}{' or '.join(sorted(r.value for r in needs))} evidence"


STRANGER_NOTE = "about someone the writer does not say they know"
ADDRESSED_NOTE = "addressed to the reader: a supporter's words"
GENERIC_NOTE = "generic: names no one it happens to"
NOT_THE_WRITERS = frozenset({ADDRESSED_NOTE, GENERIC_NOTE})
"""Notes by which the rules say a span's risk words are not about the writer at all."""
# Reasons for which the writer claiming fiction or research does not disarm the match:
# "what is the lethal dose, for my novel" is the classic way to ask for a method.
_UNDISARMED = frozenset({R.METHOD_SEEKING})
# Wounds told in the past tense ("it probably needed stitches") are over.
_PAST_TENSE_RULES = frozenset({"self_harm.sh_wound"})
# A panic attack told in the past tense is over when the text says so, or dates it.
_PANIC_RULES = frozenset({"panic.attack"})
_PANIC_OVER = re.compile(
    r"\b(?:(?:it|that|the attack|they|the panic) (?:passed|went away|stopped|calmed down|wore off"
    r"|subsided|eased)|(?:i am|i have been|i feel|feeling|been) (?:okay|ok|fine|better|calmer"
    r"|a lot calmer|alright|good)(?: now| since| again)|fine since|last (?:week|month|year"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:days|weeks|months) ago"
    r"|yesterday)\b"
)
# Topics people discuss in general ("sexual assault is ..."): only a person makes them risk.
_NEEDS_PERSON = frozenset({R.ABUSE, R.VIOLENT_THOUGHTS, R.MEDICAL_EMERGENCY})
# Thoughts people discuss as a topic ("suicidal thoughts are a symptom"): they count as the
# writer's only when the sentence is not a general statement (see context.GENERIC_TOPIC).
_TOPICS = frozenset({R.DESIRE, R.IDEATION, R.METHOD, R.SELF_HARM})
# Rules whose words name the past on purpose ("the old thoughts are creeping back").
_TIMELESS = frozenset({"distress.relapse", "self_harm.urge_again"})
# A wish is no intent: "i pray i will not wake up", "i wish i will not be around".
_WISHED = re.compile(r"\b(?:wish|wishes|wishing|hope|hopes|hoping|pray|prays|praying)\b")
# A time in a clause about what was done ("i bought a rope today") is no time to act.
_PAST_TENSE = re.compile(
    r"\b(?:\w+ed|gave|wrote|written|took|bought|went|did|had|was|were|got|made|left|sent|told"
    r"|said|sold|hid|found|put|saw|came|ate|drank|swallowed|cut|fell|spent|lost|won|met)\b"
)
_HABITUAL = re.compile(
    # "when i was 22 i took an overdose" is a time in the past, not a habit; "if anyone
    # reads this, i took all my pills" is a note, not a condition.
    r"\b(?:when(?! (?:i|he|she|we|they) (?:was|were)\b)|whenever|every time|each time"
    r"|if(?! (?:any(?:one|body)|some(?:one|body)|you|u) (?:\w+ )?(?:reads?|finds?|sees?)\b)"
    r"|sometimes)\b"
)
# A thought of the act, not the act: a verb of thinking that governs it ("i keep thinking
# about jumping off", "imagining pulling over and climbing over the railing"). A new subject
# after the verb starts another clause ("i want you to know that i took 40 pills").
_IMAGINED = re.compile(
    r"\b(?:think|thinking|thought|imagine|imagining|picture|picturing|dream|dreaming|wish|want"
    r"|wants)\b(?:(?!\b(?:i|he|she|they|we)\b)[^.!?])*$"
)
_SUBJECT_FIRST = re.compile(r"(?:i|he|she|they|we)\b")
_FUTURE = re.compile(
    r"\b(?:will|going to|gonna|am|is|are|plan|planning|about to|want|need|have to|can|can not"
    r"|feel|feels|keep|keeps|now|getting)\b"
)


@dataclass(frozen=True, slots=True)
class _Match:
    rule: Rule
    start: int
    end: int
    span: SpanContext
    span_clause: tuple[int, int]


def find_evidence(
    norm: NormalizedText, *, turn: int, rules: Sequence[Rule]
) -> tuple[list[Evidence], TextContext]:
    """Match ``rules`` against one turn and return evidence with its context flags.

    Evidence that is negated, quoted, hypothetical, addressed to the reader or about
    someone else is kept, flagged, so that it explains the assessment without counting
    as the writer's own risk. Idioms and jokes are dropped: "this exam is killing me" is
    no evidence of anything.
    """
    ctx = TextContext(norm.text)
    free: list[_Match] = []
    anchored: list[_Match] = []
    for rule, hit in _matches(rules, norm.text):
        if hit.end() <= hit.start():
            continue
        if rule.written_regex is not None:
            a, b = norm.to_source(hit.start(), hit.end())
            if not rule.written_regex.search(norm.original[a:b]):
                continue
        match = _survives(rule, hit.start(), hit.end(), ctx)
        if match is not None:
            (anchored if rule.anchored else free).append(match)
    # A subjectless "cut too deep, it won't stop bleeding" in a text that speaks as "i"
    # is the writer's own emergency.
    writer = FIRST_PERSON.search(norm.text) is not None
    # A turn that says the writer is leaving a job, a forum or a town ("retiring after 34
    # years", "deleting my account") explains its goodbyes and last days, wherever they
    # are in it, unless it also speaks of dying: then they count as before.
    left = any(_leaving(m) for m in (*free, *anchored)) and ctx.departed
    parked = [m for m in free if not m.rule.needs and left and _leaving(m)]
    found = [
        _evidence(m, norm, turn, writer=writer)
        for m in free
        if not m.rule.needs and not (left and _leaving(m))
    ]
    present = {ev.reason for ev in found if ev.note is None and not ev.negated}
    note = None if present & _ANCHORS else PENDING_NOTE
    found += [_evidence(m, norm, turn, note=note, writer=writer) for m in parked]
    present = {ev.reason for ev in found if ev.note is None and not ev.negated}
    said = {ev.reason for ev in found if echoable(ev)}
    for m in free:
        if m.rule.needs:  # "i'm 16" counts beside the abuse the writer describes
            heard = said if f"rule:{m.rule.id}" in ECHOES else present
            note = None if m.rule.needs & heard else waiting_note(m.rule.needs)
            found.append(_evidence(m, norm, turn, note=note, writer=writer))
    anchor = bool(present & _ANCHORS)
    explained = left and not anchor
    cues = [
        m
        for m in anchored
        if m.rule.reason is not R.TIMEFRAME
        and not (explained and _leaving(m))
        # "the train" in someone else's death backs no cue of the writer's
        and not (m.rule.reason in (R.METHOD, R.MEANS_ACCESS) and m.span.subject == "other")
    ]
    kinds = _clusters(cues)
    for group in {m.rule.cue_group for m in cues if m.rule.cue_group is not None}:
        # "cancelled the gym, paid back what i owed" is one cue, not two
        kinds -= max(0, sum(m.rule.cue_group == group for m in cues) - 1)
    for m in anchored:
        if explained and _leaving(m):
            found.append(_evidence(m, norm, turn, note=PENDING_NOTE, writer=writer))
        elif anchor or kinds >= 2 or _acts_in_clause(m, ctx):
            found.append(_evidence(m, norm, turn, writer=writer))
        else:  # a long turn's "tonight" still completes an earlier turn's plan
            found.append(_evidence(m, norm, turn, note=PENDING_NOTE, writer=writer))
    # An attempt retold as history holds its method words; someone else's act ("found a
    # noose in his wardrobe") holds the means named in it, which are theirs.
    found = _drop_inside(found, _history, _retold)
    found = _drop_inside(found, _their_act, _my_means)
    return _dedupe(found), ctx


def echoable(ev: Evidence) -> bool:
    """Whether an echo ("so do i", "me too") can take up ``ev``'s words.

    The words must be said and not denied; whose they are does not matter ("she says she
    wants to die. me too").
    """
    return not ev.negated and ev.note in (None, STRANGER_NOTE)


def _history(ev: Evidence) -> bool:
    return ev.reason is R.PAST_ATTEMPT


def _retold(ev: Evidence) -> bool:
    return ev.reason in _RETOLD


def _their_act(ev: Evidence) -> bool:
    return ev.subject == "other" and ev.reason in (R.PREPARATORY_ACT, R.ATTEMPT)


def _my_means(ev: Evidence) -> bool:
    return ev.subject == "self" and ev.reason in (R.METHOD, R.MEANS_ACCESS)


def _drop_inside(
    found: list[Evidence], holds: Callable[[Evidence], bool], inside: Callable[[Evidence], bool]
) -> list[Evidence]:
    """``found`` without the ``inside`` evidence that lies within a span of ``holds`` evidence."""
    spans = [(ev.start, ev.end) for ev in found if holds(ev)]
    if not spans:
        return found
    return [
        ev
        for ev in found
        if not (inside(ev) and any(a <= ev.start and ev.end <= b for a, b in spans))
    ]


def _matches(rules: Sequence[Rule], text: str) -> Iterator[tuple[Rule, re.Match[str]]]:
    index, branches = _gate_index(rules)
    for k in index.candidates(text):
        rule, branch = branches[k]
        for m in branch.regex.finditer(text):
            yield rule, m


_Index = tuple[GateIndex, list[tuple[Rule, Branch]]]
_INDEX: dict[int, tuple[Sequence[Rule], _Index]] = {}


def _gate_index(rules: Sequence[Rule]) -> _Index:
    """The literal index of a rule table's branches, built once per table."""
    cached = _INDEX.get(id(rules))
    if cached is None or cached[0] is not rules:
        if len(_INDEX) > 16:
            _INDEX.clear()
        branches = [(r, b) for r in rules for b in r.branches]
        gates = [b.gate for r in rules for b in r.branches]
        cached = (rules, (GateIndex(gates), branches))
        _INDEX[id(rules)] = cached
    return cached[1]


def _leaving(m: _Match) -> bool:
    """Whether ``m`` is a goodbye, a last day or a giveaway that a departure explains."""
    return m.rule.reason is R.FAREWELL or m.rule.id in _DEPARTURE_RULES


def _clusters(matches: list[_Match]) -> int:
    """How many separate cues the matches make ("roof" inside "on the roof" is one)."""
    spans = sorted({(m.start, m.end) for m in matches})
    n, reach = 0, -1
    for a, b in spans:
        if a >= reach:
            n += 1
        reach = max(reach, b)
    return n


def counts(ev: Evidence) -> bool:
    """Whether ``ev`` counts as the writer's own, current risk."""
    return ev.subject == "self" and not ev.negated and ev.note is None and not ev.past


def _survives(rule: Rule, start: int, end: int, ctx: TextContext) -> _Match | None:
    victim = rule.reason in (R.ABUSE, R.CHILD_AT_RISK, R.PSYCHOSIS)
    span = ctx.analyse(start, end, fixed_subject=rule.subject, victim=victim)
    if rule.idiom_safe and span.idiom:
        return None
    if span.hyperbole and rule.reason in _JOKE_REASONS:
        return None
    if span.departure and (rule.reason is R.FAREWELL or rule.id in _DEPARTURE_RULES | _LAST_DAY):
        return None
    if ctx.moving and rule.id in _MOVING_RULES:
        return None
    if span.mundane and rule.reason in _MUNDANE_REASONS:
        return None  # "bought a rope for the camping trip", "parked at the cliff to watch whales"
    lo, hi = ctx.clause(start)
    if rule.reason in (R.INTENT, R.FAREWELL) and _WISHED.search(ctx.text[lo:start]):
        return None
    if rule.reason is R.TIMEFRAME and _past_clause(ctx.text[lo:hi]):
        return None
    if rule.id in UNDER_WAY and (
        _HABITUAL.search(ctx.text[lo:start])
        or (_IMAGINED.search(ctx.text[lo:start]) and not _SUBJECT_FIRST.match(ctx.text, start))
    ):
        return None  # "when i'm on the platform i want to jump": a habit, not now
    return _Match(rule, start, end, span, (lo, hi))


def _past_clause(clause: str) -> bool:
    return _PAST_TENSE.search(clause) is not None and _FUTURE.search(clause) is None


def _acts_in_clause(m: _Match, ctx: TextContext) -> bool:
    # "I have an exam tonight" is no timeframe; "I will do it tonight" is.
    if m.rule.reason is not R.TIMEFRAME:
        return False
    lo, hi = ctx.clause(m.start)
    return _ACTION.search(ctx.text[lo:hi]) is not None


def _needs_person(rule: Rule, writer: bool) -> bool:
    """Whether ``rule``'s evidence needs a named person to be anyone's risk.

    A subjectless emergency is the writer's when the text speaks as "i" somewhere, and a
    wound from cutting ("cut deeper than usual, it won't stop bleeding") always is.
    """
    if rule.reason is R.MEDICAL_EMERGENCY and (writer or rule.category is Category.SELF_HARM):
        return False
    return rule.reason in _NEEDS_PERSON


def _evidence(
    m: _Match, norm: NormalizedText, turn: int, note: str | None = None, *, writer: bool = False
) -> Evidence:
    rule, span = m.rule, m.span
    if note is None:
        if span.quoted:
            note = "quoted: song, text or someone else's words"
        elif span.hypothetical and rule.reason not in _UNDISARMED:
            note = "hypothetical: fiction, study, a game or asking for someone"
        elif span.addressee and rule.reason is not R.FAREWELL:
            note = ADDRESSED_NOTE
        elif not span.known_other:
            note = STRANGER_NOTE
        elif (
            span.subject == "self"
            and not span.explicit_self
            and (_needs_person(rule, writer) or (rule.reason in _TOPICS and span.generic))
        ):
            note = GENERIC_NOTE
    reason, source, past = _timed(rule, span)
    told_over = rule.id in _PANIC_RULES and _PANIC_OVER.search(norm.text) is not None
    if (rule.id in _PAST_TENSE_RULES and not span.now) or told_over:
        lo, hi = m.span_clause
        past = past or _past_clause(norm.text[lo:hi])
    src_start, src_end = norm.to_source(m.start, m.end)
    return Evidence(
        turn=turn,
        start=src_start,
        end=src_end,
        text=norm.original[src_start:src_end],
        reason=reason,
        category=rule.category,
        source=source,
        score=rule.score,
        subject=span.subject,
        negated=rule.negatable and span.negated,
        past=past,
        note=note,
    )


def _timed(rule: Rule, span: SpanContext) -> tuple[Reason, str, bool]:
    """Reason, source and past flag once the time words around the match are read."""
    source = f"rule:{rule.id}"
    if rule.id in _TIMELESS:
        return rule.reason, source, False
    recent_only = span.recent and not span.now
    if rule.reason in (R.ATTEMPT, R.PAST_ATTEMPT):
        if span.past and not span.now:
            # The writer's lifetime behaviour counts, as history; someone else's attempt
            # years ago ("my mum attempted suicide years ago, she's well now") is their past.
            return R.PAST_ATTEMPT, source, span.subject == "other"
        if rule.reason is R.PAST_ATTEMPT and not (span.recent or span.now):
            return R.PAST_ATTEMPT, source, False
        if rule.id in UNDER_WAY and not recent_only:
            return R.ATTEMPT, source, False
        return R.ATTEMPT, source + RECENT_SUFFIX, False
    if rule.reason is R.MEDICAL_EMERGENCY and (recent_only or span.past):
        return rule.reason, source + RECENT_SUFFIX, True  # over now: no emergency
    if rule.reason is R.MEANS_ACCESS and recent_only:
        return rule.reason, source + RECENT_SUFFIX, span.past  # in hand then, not now
    return rule.reason, source, span.past


def _rank(ev: Evidence) -> tuple[bool, bool, float]:
    return (not ev.negated, not ev.past, ev.score)


def _dedupe(found: list[Evidence]) -> list[Evidence]:
    """Keep one evidence per (turn, reason, span), preferring overlaps' strongest.

    A construction that reads the negation itself ("the only reason i did not kill myself")
    outranks a plainer match inside it that the negation switched off ("kill myself"), and
    one that reads the time ("used to cut myself and want to again") a match inside it
    that the time word put in the past.
    """
    found.sort(key=lambda e: (e.start, -e.score))
    out: list[Evidence] = []
    for ev in found:
        clash = next(
            (
                i
                for i, o in enumerate(out)
                if o.reason is ev.reason and o.start < ev.end and ev.start < o.end
            ),
            None,
        )
        if clash is None:
            out.append(ev)
        elif _rank(ev) > _rank(out[clash]):
            out[clash] = ev
    return out
