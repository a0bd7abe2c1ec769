"""Crises other than suicide, re-exported from their own modules (kept for older imports)."""

from __future__ import annotations

from careguard.risk.rules.abuse import ABUSE, MINOR
from careguard.risk.rules.distress import ALL as DISTRESS
from careguard.risk.rules.eating import EATING
from careguard.risk.rules.medical import MEDICAL
from careguard.risk.rules.panic import PANIC
from careguard.risk.rules.psychosis import PSYCHOSIS
from careguard.risk.rules.self_harm import SELF_HARM
from careguard.risk.rules.substance import SUBSTANCE
from careguard.risk.rules.violence import VIOLENCE

ALL = (
    SELF_HARM
    + VIOLENCE
    + ABUSE
    + MINOR
    + MEDICAL
    + SUBSTANCE
    + PANIC
    + PSYCHOSIS
    + EATING
    + DISTRESS
)

__all__ = [
    "ABUSE",
    "ALL",
    "DISTRESS",
    "EATING",
    "MEDICAL",
    "MINOR",
    "PANIC",
    "PSYCHOSIS",
    "SELF_HARM",
    "SUBSTANCE",
    "VIOLENCE",
]
