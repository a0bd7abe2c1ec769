"""Everyday Reddit comments (GoEmotions dev split) are almost never crises: the rules must
not escalate them. Prints only the rate, never the comments."""

from __future__ import annotations

from pathlib import Path

import pytest

from careguard.types import RiskLevel

from ._assess import ENGINE

MAX_RATE = 0.005


@pytest.mark.data
def test_when_everyday_comments_are_assessed_then_almost_none_is_escalated(
    shared_data: Path,
) -> None:
    path = shared_data / "goemotions" / "dev.tsv"
    if not path.is_file():
        pytest.skip(f"{path} not found")
    texts = [line.split("\t", 1)[0] for line in path.read_text(encoding="utf-8").splitlines()]
    texts = [t for t in texts if t.strip()]
    escalated = sum(ENGINE.assess(t).level >= RiskLevel.MODERATE for t in texts)
    rate = escalated / len(texts)
    print(f"\ngoemotions dev: {escalated}/{len(texts)} escalated ({rate:.4f})")
    assert rate <= MAX_RATE
