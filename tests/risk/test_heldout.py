"""Held-out sets: bounds on triage quality, for the rules and the whole engine.

Run ``python bench/bench_heldout.py [file]`` for the numbers. Neither set is used to tune
rules or to train heads.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ._metrics import Metrics, evaluate, load

HELDOUT = Path(__file__).resolve().parents[1] / "fixtures" / "scenarios_heldout.jsonl"

LONG = HELDOUT.with_name("scenarios_long.jsonl")
RULES, FULL = "rules", "rules + heads"

# Scenarios, rules only (2026-11-26): level 0.61, C-SSRS QWK 0.64, recall 0.46,
# under-triage 0.46, false escalation 0.02.
# Scenarios, rules + heads (perceptron heads): recall 0.725, false escalation 0.107,
# C-SSRS QWK 0.813, under-triage 0.220. Retraining moves these by a few hundredths.
# Long posts (60-100 words, risk spread out, told indirectly or late; 161 texts written
# by the project on 2026-11-26, each its own person, never trained on), rules + heads:
# recall 0.812, false escalation 0.133, C-SSRS QWK 0.711, under-triage 0.327 (rules only:
# 0.614, 0.083, 0.465, 0.558).
# A held-out set measures; it is never tuned on. Each bound sits a little beyond the
# measured value, so a regression fails.
BOUNDS = [
    # (file, engine, metric, ">=" floor or "<=" ceiling, bound)
    (HELDOUT, RULES, "level_accuracy", ">=", 0.57),
    (HELDOUT, RULES, "cssrs_qwk", ">=", 0.56),
    (HELDOUT, RULES, "recall_moderate", ">=", 0.41),
    (HELDOUT, RULES, "under_triage", "<=", 0.54),
    (HELDOUT, RULES, "false_escalation", "<=", 0.05),
    (HELDOUT, FULL, "recall_moderate", ">=", 0.70),
    (HELDOUT, FULL, "cssrs_qwk", ">=", 0.78),
    (HELDOUT, FULL, "false_escalation", "<=", 0.14),
    (HELDOUT, FULL, "under_triage", "<=", 0.25),
    (LONG, FULL, "recall_moderate", ">=", 0.77),
    (LONG, FULL, "cssrs_qwk", ">=", 0.67),
    (LONG, FULL, "false_escalation", "<=", 0.17),
    (LONG, FULL, "under_triage", "<=", 0.38),
]


@pytest.fixture(scope="module")
def scored(request):  # type: ignore[no-untyped-def]
    """Metrics of one held-out file under one engine, computed once per pair."""
    cache: dict[tuple[Path, str], Metrics] = {}

    def score(path: Path, engine_name: str) -> Metrics:
        if (path, engine_name) not in cache:
            if not path.is_file():
                pytest.skip(f"held-out set not found at {path}")
            # Only the full engine needs the model; the rules run without it.
            engine = request.getfixturevalue("engine") if engine_name == FULL else None
            cache[path, engine_name] = evaluate(load(path), engine)
            print(f"\n{path.name}, {engine_name}: {cache[path, engine_name].line()}")
        return cache[path, engine_name]

    return score


@pytest.mark.parametrize(
    ("path", "engine_name", "name", "op", "bound"),
    BOUNDS,
    ids=[f"{p.stem}-{e}-{n}" for p, e, n, _, _ in BOUNDS],
)
def test_when_scored_on_a_heldout_set_then_quality_stays_within_its_bound(  # type: ignore[no-untyped-def]
    scored, path, engine_name, name, op, bound
) -> None:
    metrics = scored(path, engine_name)
    value = getattr(metrics, name)
    assert (value >= bound) if op == ">=" else (value <= bound), metrics.line()
