"""Scoring: evidence to C-SSRS step and triage level, with hand-made evidence."""

from __future__ import annotations

import pytest

from careguard.risk.detect import PENDING_NOTE, RECENT_SUFFIX
from careguard.risk.scoring import cssrs_step, verdict
from careguard.types import Category, Evidence, Reason, RiskLevel

R = Reason
L = RiskLevel
SI = Category.SUICIDAL_IDEATION


def ev(
    reason: Reason,
    *,
    source: str = "rule:test",
    score: float = 0.8,
    subject: str = "self",
    negated: bool = False,
    past: bool = False,
    note: str | None = None,
    category: Category | None = SI,
    turn: int = 0,
) -> Evidence:
    return Evidence(
        turn=turn,
        start=0,
        end=1,
        text="x",
        reason=reason,
        category=category,
        source=source,
        score=score,
        subject=subject,  # type: ignore[arg-type]
        negated=negated,
        past=past,
        note=note,
    )


SOON = ev(R.TIMEFRAME, source="rule:suicide.soon", category=None)
LATER = ev(R.TIMEFRAME, source="rule:suicide.later", category=None)

LADDER = [
    ([], 0),
    ([ev(R.HOPELESSNESS)], 0),
    ([ev(R.DESIRE)], 1),
    ([ev(R.IDEATION)], 2),
    ([ev(R.IDEATION), ev(R.METHOD, score=0.45)], 3),
    ([ev(R.METHOD, score=0.7)], 3),
    ([ev(R.METHOD_SEEKING, score=0.5), ev(R.DISTRESS, category=None)], 3),
    ([ev(R.INTENT)], 4),
    ([ev(R.FAREWELL)], 4),
    ([ev(R.PLAN), ev(R.INTENT)], 5),
    ([ev(R.INTENT), ev(R.METHOD, score=0.45), LATER], 5),
    ([ev(R.PREPARATORY_ACT)], 6),
    ([ev(R.ATTEMPT, source="rule:suicide.attempt_now")], 6),
    ([ev(R.PAST_ATTEMPT)], 6),
]


@pytest.mark.parametrize(("evidence", "step"), LADDER)
def test_when_evidence_reaches_a_rung_then_cssrs_step_is_that_rung(
    evidence: list[Evidence], step: int
) -> None:
    flags: dict[Reason, list[Evidence]] = {}
    for e in evidence:
        flags.setdefault(e.reason, []).append(e)
    assert cssrs_step(flags)[0] == step


LEVELS = [
    # imminent: desire/intent + means + a time within a day, or an attempt under way
    ([ev(R.DESIRE), ev(R.MEANS_ACCESS), SOON], L.IMMINENT),
    ([ev(R.INTENT), ev(R.METHOD, score=0.35), SOON], L.IMMINENT),
    ([ev(R.PREPARATORY_ACT), SOON], L.IMMINENT),
    ([ev(R.ATTEMPT, source="rule:suicide.attempt_now")], L.IMMINENT),
    # the same with a time further away, or an attempt some days ago, is high
    ([ev(R.INTENT), ev(R.MEANS_ACCESS), LATER], L.HIGH),
    ([ev(R.ATTEMPT, source="rule:suicide.attempt_now" + RECENT_SUFFIX)], L.HIGH),
    ([ev(R.PREPARATORY_ACT)], L.HIGH),
    ([ev(R.IDEATION), ev(R.MEANS_ACCESS)], L.HIGH),
    ([ev(R.METHOD_SEEKING, score=0.5), ev(R.DISTRESS, category=None)], L.HIGH),
    ([ev(R.IDEATION)], L.MODERATE),
    ([ev(R.METHOD_SEEKING, score=0.85)], L.MODERATE),
    ([ev(R.METHOD_SEEKING, score=0.45)], L.NONE),
    ([ev(R.DESIRE)], L.LOW),
    ([ev(R.PAST_ATTEMPT)], L.LOW),
    ([ev(R.PAST_ATTEMPT), ev(R.DISTRESS, category=None)], L.MODERATE),
    ([ev(R.HOPELESSNESS)], L.LOW),
    ([ev(R.DISTRESS, category=None)], L.LOW),
    ([ev(R.IDEATION, past=True)], L.LOW),
    ([ev(R.IDEATION, negated=True)], L.LOW),
    ([ev(R.PROTECTIVE_FACTOR, category=None)], L.LOW),
    ([ev(R.IDEATION, note="quoted: song")], L.NONE),
    ([SOON], L.NONE),
]


@pytest.mark.parametrize(("evidence", "level"), LEVELS)
def test_when_evidence_combines_then_level_follows_the_triage_bands(
    evidence: list[Evidence], level: RiskLevel
) -> None:
    assert verdict(evidence).level == level


@pytest.mark.parametrize(
    ("evidence", "level"),
    [
        ([ev(R.DESIRE, subject="other")], L.MODERATE),
        ([ev(R.SELF_HARM, subject="other", category=Category.SELF_HARM)], L.MODERATE),
        ([ev(R.INTENT, subject="other"), ev(R.TIMEFRAME, category=None, source="rule:x")], L.HIGH),
        ([ev(R.ATTEMPT, subject="other", source="rule:suicide.attempt_now")], L.IMMINENT),
        ([ev(R.DISTRESS, subject="other", category=None)], L.LOW),
    ],
)
def test_when_someone_else_is_at_risk_then_concerned_other_with_no_cssrs(
    evidence: list[Evidence], level: RiskLevel
) -> None:
    v = verdict(evidence)
    assert v.level == level
    assert v.cssrs == 0
    assert v.concerned_other is (level >= L.MODERATE)


def test_when_a_time_only_answers_an_earlier_turn_then_it_counts_beside_suicide_evidence() -> None:
    tonight = ev(R.TIMEFRAME, source="rule:suicide.soon", category=None, note=PENDING_NOTE)
    assert verdict([tonight]).level == L.NONE
    assert verdict([ev(R.DESIRE), ev(R.MEANS_ACCESS), tonight]).level == L.IMMINENT


def test_when_evidence_is_more_then_category_scores_combine_and_never_exceed_one() -> None:
    v = verdict([ev(R.IDEATION, score=0.9), ev(R.DESIRE, score=0.9)])
    assert 0.97 <= v.categories[SI] <= 1.0
    assert v.rationale
    assert v.rationale[0].startswith("moderate")
