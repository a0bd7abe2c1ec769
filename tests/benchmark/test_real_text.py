"""Real text the engine was not written for: bounds that catch a regression on it.

Two real sets from ../shared/data, read by the engine as shipped:
- CounselChat: 815 questions people sent to therapists, mostly not in crisis. The share
  escalated (moderate or above) was 0.162 on 2026-12-07 and 0.168 with the ninth session's
  concerned-other head (``bench/bench_counsel.py``).
- The C-SSRS Reddit users, zero-shot (nothing fitted to them), by the rules alone (the
  9,110 posts through the heads take two minutes): Ideation, Behavior and Attempt users
  with a post escalated 0.730; posts of Supportive users escalated 0.024.
Some rules were written after reading Reddit posts the engine missed, so these bounds
guard against regressions; they are no estimate of quality on new text.
"""

from __future__ import annotations

import pytest

from careguard.benchmark import counsel, reddit

MAX_COUNSEL_ESCALATED = 0.18
MIN_IDEATION_USERS_ESCALATED = 0.72
MAX_SUPPORTIVE_POSTS_ESCALATED = 0.03


@pytest.mark.data
def test_when_help_seekers_questions_are_assessed_then_few_are_escalated(
    shared_data, engine
) -> None:
    by_topic = counsel.escalated_by_topic(counsel.load_questions(shared_data), engine.assess)
    every = [e for flags in by_topic.values() for e in flags]
    assert len(every) == 815
    assert sum(every) / len(every) <= MAX_COUNSEL_ESCALATED


@pytest.mark.data
def test_when_reddit_users_are_read_zero_shot_then_risk_is_found_and_support_is_not(
    shared_data,
) -> None:
    from careguard.risk.engine import Engine

    z = reddit.zero_shot(reddit.load_users(shared_data), Engine().assess)
    assert z.ideation_recall >= MIN_IDEATION_USERS_ESCALATED
    assert z.posts_escalated[0] <= MAX_SUPPORTIVE_POSTS_ESCALATED
