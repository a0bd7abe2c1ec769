"""Held-out sets: bounds on triage quality, for the rules and the whole engine.

Run ``python bench/bench_heldout.py [file]`` for the numbers. No set is used to tune rules
or to train heads, and no training row shares eight words with one
(``test_training_data.py``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ._metrics import Metrics, evaluate, load

HELDOUT = Path(__file__).resolve().parents[1] / "fixtures" / "scenarios_heldout.jsonl"

LONG = HELDOUT.with_name("scenarios_long.jsonl")
SOCIAL = HELDOUT.with_name("scenarios_social.jsonl")
RULES, FULL = "rules", "rules + heads"

# Measured 2026-12-06 with `python bench/bench_heldout.py FILE` (rules of that day, heads
# trained on the seven project files):
# Scenarios, rules only: C-SSRS QWK 0.65, recall 0.47, under-triage 0.46, false escalation
# 0.02. Rules + heads: recall 0.819, false escalation 0.107, C-SSRS QWK 0.827,
# under-triage 0.171.
# Long posts (60-100 words, risk spread out, told indirectly or late; 161 texts written
# by the project on 2026-11-26, each its own person, never trained on), rules + heads:
# recall 0.822, false escalation 0.133, C-SSRS QWK 0.714, under-triage 0.327.
# Social posts (240 tweet-length posts written blind on 2026-12-06 by a writer who read
# neither the rules nor the training data: crises in a loose register, and awareness,
# news, supporters, memes and venting as hard negatives): rules only recall 0.552, false
# escalation 0.028, C-SSRS QWK 0.707, under-triage 0.375; rules + heads 0.792, 0.090,
# 0.808, 0.292.
# A held-out set measures; it is never tuned on. Each bound sits a little beyond the
# measured value, so a regression fails; retraining moves the figures by a few hundredths.
BOUNDS = [
    # (file, engine, metric, ">=" floor or "<=" ceiling, bound)
    (HELDOUT, RULES, "level_accuracy", ">=", 0.57),
    (HELDOUT, RULES, "cssrs_qwk", ">=", 0.58),
    (HELDOUT, RULES, "recall_moderate", ">=", 0.42),
    (HELDOUT, RULES, "under_triage", "<=", 0.54),
    (HELDOUT, RULES, "false_escalation", "<=", 0.05),
    (HELDOUT, FULL, "recall_moderate", ">=", 0.77),
    (HELDOUT, FULL, "cssrs_qwk", ">=", 0.79),
    (HELDOUT, FULL, "false_escalation", "<=", 0.14),
    (HELDOUT, FULL, "under_triage", "<=", 0.22),
    (LONG, FULL, "recall_moderate", ">=", 0.78),
    (LONG, FULL, "cssrs_qwk", ">=", 0.67),
    (LONG, FULL, "false_escalation", "<=", 0.17),
    (LONG, FULL, "under_triage", "<=", 0.38),
    (SOCIAL, RULES, "recall_moderate", ">=", 0.50),
    (SOCIAL, RULES, "false_escalation", "<=", 0.06),
    (SOCIAL, FULL, "recall_moderate", ">=", 0.75),
    (SOCIAL, FULL, "cssrs_qwk", ">=", 0.76),
    (SOCIAL, FULL, "false_escalation", "<=", 0.13),
    (SOCIAL, FULL, "under_triage", "<=", 0.35),
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
