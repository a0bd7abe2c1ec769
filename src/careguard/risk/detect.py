"""Run the rule tables over one normalised turn and keep what survives its context."""

from __future__ import annotations

import re
from collections.abc import Sequence

from careguard.risk.context import TextContext
from careguard.risk.normalize import NormalizedText
from careguard.risk.rules import Rule
from careguard.types import Category, Evidence, Reason

# Reasons that belong to the suicide ladder; a timeframe only counts next to one of them.
SI_REASONS = frozenset(
    {
        Reason.DESIRE, Reason.IDEATION, Reason.METHOD, Reason.MEANS_ACCESS, Reason.INTENT,
        Reason.PLAN, Reason.PREPARATORY_ACT, Reason.ATTEMPT, Reason.PAST_ATTEMPT,
        Reason.FAREWELL, Reason.METHOD_SEEKING, Reason.SELF_HARM, Reason.MEDICAL_EMERGENCY,
    }
)  # fmt: skip
_ACTION = re.compile(
    r"\b(?:do|doing|end|ending|finish|go through with) (?:it|this|everything)|it (?:ends|happens"
    r"|will be over)|the (?:night|day|end)|my last|goodbye|going to|gonna|will\b|planning"
)
# Reasons whose past tense is still the risk itself (an attempt is history that counts).
_LIFETIME = frozenset({Reason.PAST_ATTEMPT})
# Reasons for which the writer claiming fiction or research does not disarm the match:
# "what is the lethal dose, for my novel" is the classic way to ask for a method.
_UNDISARMED = frozenset({Reason.METHOD_SEEKING, Reason.MEDICAL_EMERGENCY})


def find_evidence(
    norm: NormalizedText, *, turn: int, rules: Sequence[Rule]
) -> tuple[list[Evidence], TextContext]:
    """Match ``rules`` against one turn and return evidence with its context flags.

    Evidence that is negated, quoted, hypothetical or about someone else is kept, flagged,
    so that it explains the assessment without counting as the writer's own risk.
    Idioms are dropped: "this exam is killing me" is no evidence of anything.
    """
    ctx = TextContext(norm.text)
    matches: list[tuple[Rule, int, int]] = []
    for rule in rules:
        for m in rule.regex.finditer(norm.text):
            if m.end() > m.start():
                matches.append((rule, m.start(), m.end()))
    anchored = any(r.reason in SI_REASONS for r, _, _ in matches)
    found: list[Evidence] = []
    for rule, start, end in matches:
        if rule.reason is Reason.TIMEFRAME and not _timeframe_counts(rule, start, ctx, anchored):
            continue
        span = ctx.analyse(start, end, fixed_subject=rule.subject)
        if rule.idiom_safe and span.idiom:
            continue
        note = None
        if span.quoted:
            note = "quoted: song, text or someone else's words"
        elif span.hypothetical and rule.reason not in _UNDISARMED:
            note = "hypothetical: fiction, study or asking for someone"
        reason = rule.reason
        if reason is Reason.PAST_ATTEMPT and span.recent and not span.past:
            reason = Reason.ATTEMPT
        src_start, src_end = norm.to_source(start, end)
        found.append(
            Evidence(
                turn=turn,
                start=src_start,
                end=src_end,
                text=norm.original[src_start:src_end],
                reason=reason,
                category=rule.category,
                source=f"rule:{rule.id}",
                score=rule.score,
                subject=span.subject,
                negated=rule.negatable and span.negated,
                past=span.past and not span.recent and reason not in _LIFETIME,
                note=note,
            )
        )
    return _dedupe(found), ctx


def counts(ev: Evidence) -> bool:
    """Whether ``ev`` counts as the writer's own, current risk."""
    return ev.subject == "self" and not ev.negated and ev.note is None and not ev.past


def _timeframe_counts(rule: Rule, start: int, ctx: TextContext, anchored: bool) -> bool:
    # "I have an exam tonight" is no timeframe; "I will do it tonight" is. A bare
    # timeframe is kept when the turn has suicide evidence, or its clause names an act.
    if rule.id == "suicide.last_night" or anchored:
        return True
    lo, hi = ctx.clause(start)
    return _ACTION.search(ctx.text[lo:hi]) is not None


def _dedupe(found: list[Evidence]) -> list[Evidence]:
    """Keep one evidence per (turn, reason, span), preferring overlaps' strongest."""
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
        elif ev.score > out[clash].score:
            out[clash] = ev
    return out


def category_of(ev: Evidence) -> Category | None:
    """The category an evidence supports (timeframes and protective factors have none)."""
    return ev.category
