"""Everyday Reddit comments (GoEmotions dev split) are almost never crises: the engine must
not escalate them. Prints only the rate, never the comments.

The heads were trained on a sample of the train split; dev was never seen. Measured
2026-11-26: rules 0.26%, rules + heads 0.65% of 5,426 comments.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from careguard.risk.engine import Engine
from careguard.types import RiskLevel

from ._assess import ENGINE

MAX_RATE_RULES = 0.005
# The heads may raise 1% of everyday text out of fold (train.EVERYDAY_BUDGET, chosen on
# 2026-12-06 for crisis recall); measured 0.98% of these comments with the heads of then.
MAX_RATE_WITH_HEADS = 0.0125


def _dev(shared_data: Path) -> list[str]:
    path = shared_data / "goemotions" / "dev.tsv"
    if not path.is_file():
        pytest.skip(f"{path} not found")
    texts = [line.split("\t", 1)[0] for line in path.read_text(encoding="utf-8").splitlines()]
    return [t for t in texts if t.strip()]


def _rate(engine: Engine, texts: list[str], name: str) -> float:
    escalated = sum(engine.assess(t).level >= RiskLevel.MODERATE for t in texts)
    rate = escalated / len(texts)
    print(f"\ngoemotions dev, {name}: {escalated}/{len(texts)} escalated ({rate:.4f})")
    return rate


@pytest.mark.data
def test_when_everyday_comments_are_assessed_by_the_rules_then_almost_none_is_escalated(
    shared_data: Path,
) -> None:
    assert _rate(ENGINE, _dev(shared_data), "rules") <= MAX_RATE_RULES


@pytest.mark.data
def test_when_everyday_comments_are_assessed_with_heads_then_almost_none_is_escalated(
    shared_data: Path, engine: Engine
) -> None:
    assert _rate(engine, _dev(shared_data), "rules + heads") <= MAX_RATE_WITH_HEADS
