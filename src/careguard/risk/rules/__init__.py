"""The rule registry: detectors by name, so a deployment can list or swap them."""

from __future__ import annotations

from careguard.risk.rules import categories, suicide
from careguard.risk.rules._base import Rule, expand

DETECTORS: dict[str, tuple[Rule, ...]] = {
    "suicide": suicide.ALL,
    "self_harm": categories.SELF_HARM,
    "violence": categories.VIOLENCE,
    "abuse": categories.ABUSE,
    "medical": categories.MEDICAL,
    "substance": categories.SUBSTANCE,
    "panic": categories.PANIC,
    "psychosis": categories.PSYCHOSIS,
    "eating": categories.EATING,
    "distress": categories.DISTRESS,
}


def all_rules() -> tuple[Rule, ...]:
    """Every registered rule, in detector order."""
    return tuple(rule for table in DETECTORS.values() for rule in table)


__all__ = ["DETECTORS", "Rule", "all_rules", "expand"]
