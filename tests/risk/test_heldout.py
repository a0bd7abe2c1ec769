"""Held-out scenarios: regression floors on triage quality (never used to tune rules).

Run ``python -m tests.risk._metrics tests/fixtures/scenarios_heldout.jsonl`` for the
numbers; the floors sit a little below what the rules reach, so a regression fails.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ._metrics import evaluate, load

HELDOUT = Path(__file__).resolve().parents[1] / "fixtures" / "scenarios_heldout.jsonl"

# Reached on 355 scenarios (rules only, 2026-11-26): level 0.61, C-SSRS QWK 0.64, recall
# 0.46, under-triage 0.46, false escalation 0.02. A held-out set measures; it is never tuned on.
FLOORS = {
    "level_accuracy": 0.57,
    "cssrs_qwk": 0.56,
    "recall_moderate": 0.41,
}
CEILINGS = {
    "under_triage": 0.54,
    "false_escalation": 0.05,
}


@pytest.fixture(scope="module")
def metrics():  # type: ignore[no-untyped-def]
    if not HELDOUT.is_file():
        pytest.skip(f"held-out scenarios not found at {HELDOUT}")
    result = evaluate(load(HELDOUT))
    print(f"\nheld-out: {result.line()}")
    return result


@pytest.mark.parametrize(("name", "floor"), sorted(FLOORS.items()))
def test_when_scored_on_heldout_then_quality_stays_above_its_floor(metrics, name, floor) -> None:  # type: ignore[no-untyped-def]
    assert getattr(metrics, name) >= floor, metrics.line()


@pytest.mark.parametrize(("name", "ceiling"), sorted(CEILINGS.items()))
def test_when_scored_on_heldout_then_errors_stay_below_their_ceiling(
    metrics, name, ceiling
) -> None:  # type: ignore[no-untyped-def]
    assert getattr(metrics, name) <= ceiling, metrics.line()


# The whole engine (rules + heads) on the same scenarios, measured 2026-11-26 with the
# perceptron heads: recall 0.725, false escalation 0.107, C-SSRS QWK 0.813, under-triage
# 0.220. Retraining moves these by a few hundredths.
ENGINE_FLOORS = {"recall_moderate": 0.70, "cssrs_qwk": 0.78}
ENGINE_CEILINGS = {"false_escalation": 0.14, "under_triage": 0.25}


@pytest.fixture(scope="module")
def engine_metrics(engine):  # type: ignore[no-untyped-def]
    if not HELDOUT.is_file():
        pytest.skip(f"held-out scenarios not found at {HELDOUT}")
    result = evaluate(load(HELDOUT), engine)
    print(f"\nheld-out, rules + heads: {result.line()}")
    return result


@pytest.mark.parametrize(
    ("name", "bound", "floor"),
    [(n, b, True) for n, b in sorted(ENGINE_FLOORS.items())]
    + [(n, b, False) for n, b in sorted(ENGINE_CEILINGS.items())],
)
def test_when_engine_with_heads_scored_on_heldout_then_quality_within_bounds(
    engine_metrics, name, bound, floor
) -> None:  # type: ignore[no-untyped-def]
    value = getattr(engine_metrics, name)
    assert (value >= bound) if floor else (value <= bound), engine_metrics.line()


# Long posts (60-100 words, risk spread out, told indirectly or late): 161 texts written
# by the project on 2026-11-26, each its own person, never trained on. Rules + heads
# measured that day: recall 0.812, false escalation 0.133, C-SSRS QWK 0.711, under-triage
# 0.327 (rules only: 0.614, 0.083, 0.465, 0.558).
LONG = HELDOUT.with_name("scenarios_long.jsonl")
LONG_FLOORS = {"recall_moderate": 0.77, "cssrs_qwk": 0.67}
LONG_CEILINGS = {"false_escalation": 0.17, "under_triage": 0.38}


@pytest.fixture(scope="module")
def long_metrics(engine):  # type: ignore[no-untyped-def]
    if not LONG.is_file():
        pytest.skip(f"long held-out posts not found at {LONG}")
    result = evaluate(load(LONG), engine)
    print(f"\nheld-out long posts, rules + heads: {result.line()}")
    return result


@pytest.mark.parametrize(
    ("name", "bound", "floor"),
    [(n, b, True) for n, b in sorted(LONG_FLOORS.items())]
    + [(n, b, False) for n, b in sorted(LONG_CEILINGS.items())],
)
def test_when_engine_scored_on_long_posts_then_quality_within_bounds(
    long_metrics, name, bound, floor
) -> None:  # type: ignore[no-untyped-def]
    value = getattr(long_metrics, name)
    assert (value >= bound) if floor else (value <= bound), long_metrics.line()
