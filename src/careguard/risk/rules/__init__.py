"""The rule registry: detectors by name, so a deployment can list or swap them."""

from __future__ import annotations

from careguard.risk.rules import (
    abuse,
    distress,
    eating,
    medical,
    panic,
    psychosis,
    self_harm,
    substance,
    suicide,
    suicide_acts,
    suicide_factors,
    suicide_means,
    violence,
)
from careguard.risk.rules._base import Rule, expand
from careguard.types import Reason

DETECTORS: dict[str, tuple[Rule, ...]] = {
    "suicide": suicide.ALL + suicide_means.ALL + suicide_acts.ALL + suicide_factors.ALL,
    "self_harm": self_harm.SELF_HARM + self_harm.EXCUSED,
    "violence": violence.VIOLENCE,
    "abuse": abuse.ABUSE + abuse.MINOR + abuse.PERMISSION + abuse.ASKED,
    "medical": medical.MEDICAL,
    "substance": substance.SUBSTANCE,
    "panic": panic.PANIC,
    "psychosis": psychosis.PSYCHOSIS + psychosis.REPLACED,
    "eating": eating.EATING + eating.HIDDEN + eating.COMMUNITY,
    "distress": distress.ALL,
}


def all_rules() -> tuple[Rule, ...]:
    """Every registered rule, in detector order."""
    return tuple(rule for table in DETECTORS.values() for rule in table)


_NEEDS = {f"rule:{rule.id}": rule.needs for rule in all_rules() if rule.needs}


def needs_of(source: str) -> frozenset[Reason]:
    """What evidence from ``source`` (``rule:<id>``) waits for (see :attr:`Rule.needs`)."""
    return _NEEDS.get(source, frozenset())


ECHOES = frozenset(f"rule:{rule.id}" for rule in suicide.ECHO)
"""Sources that echo what someone else said ("so do i"): anyone's evidence lets them count."""


__all__ = ["DETECTORS", "ECHOES", "Rule", "all_rules", "expand", "needs_of"]
