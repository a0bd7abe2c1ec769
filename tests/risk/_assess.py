"""Shared helpers for the risk tests: one rules-only engine and small accessors."""

from __future__ import annotations

from careguard.risk.detect import counts
from careguard.risk.engine import Conversation, Engine
from careguard.types import Assessment, Category, Reason

ENGINE = Engine()


def assess(item: str | Conversation) -> Assessment:
    return ENGINE.assess(item)


def own_reasons(a: Assessment) -> set[Reason]:
    """Reasons of the evidence that counts as the writer's own, current risk."""
    return {ev.reason for ev in a.evidence if counts(ev)}


def category_evidence(a: Assessment, category: Category) -> bool:
    """Whether some evidence that counts supports ``category``."""
    return any(ev.category is category and counts(ev) for ev in a.evidence)
