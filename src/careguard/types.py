"""Value objects that cross careguard's boundaries: messages, findings, assessments.

One definition of each contract. Everything here is immutable and validated, so an
assessment read back from JSON is the same object the engine produced.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

Probability = Annotated[float, Field(ge=0.0, le=1.0)]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class RiskLevel(StrEnum):
    """Triage band a crisis line acts on, ordered from ``none`` to ``imminent``."""

    NONE = "none"
    LOW = "low"
    MODERATE = "moderate"
    HIGH = "high"
    IMMINENT = "imminent"

    @property
    def rank(self) -> int:
        """Position in the ordering: 0 for ``none`` up to 4 for ``imminent``."""
        return _LEVEL_ORDER.index(self)

    @classmethod
    def from_rank(cls, rank: int) -> RiskLevel:
        """Return the level at ``rank`` (clamped to 0..4)."""
        return _LEVEL_ORDER[max(0, min(4, rank))]

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, RiskLevel):
            return NotImplemented
        return self.rank >= other.rank

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, RiskLevel):
            return NotImplemented
        return self.rank > other.rank

    def __le__(self, other: object) -> bool:
        if not isinstance(other, RiskLevel):
            return NotImplemented
        return self.rank <= other.rank

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, RiskLevel):
            return NotImplemented
        return self.rank < other.rank


_LEVEL_ORDER: tuple[RiskLevel, ...] = (
    RiskLevel.NONE,
    RiskLevel.LOW,
    RiskLevel.MODERATE,
    RiskLevel.HIGH,
    RiskLevel.IMMINENT,
)


class Category(StrEnum):
    """Kinds of danger the engine reports a probability for."""

    SUICIDAL_IDEATION = "suicidal_ideation"
    SELF_HARM = "self_harm"
    HARM_TO_OTHERS = "harm_to_others"
    ABUSE = "abuse"
    MEDICAL_EMERGENCY = "medical_emergency"
    SUBSTANCE = "substance_crisis"
    PANIC = "panic"
    PSYCHOSIS_MANIA = "psychosis_mania"
    EATING_DISORDER = "eating_disorder"


class Reason(StrEnum):
    """Why a span counts as evidence.

    The first block follows the C-SSRS and interpersonal-theory vocabulary; the second
    names the cue of a category that is not suicide.
    """

    DESIRE = "desire"
    IDEATION = "ideation"
    METHOD = "method"
    MEANS_ACCESS = "means_access"
    INTENT = "intent"
    PLAN = "plan"
    TIMEFRAME = "timeframe"
    PREPARATORY_ACT = "preparatory_act"
    ATTEMPT = "attempt"
    PAST_ATTEMPT = "past_attempt"
    HOPELESSNESS = "hopelessness"
    BURDENSOMENESS = "perceived_burdensomeness"
    THWARTED_BELONGING = "thwarted_belonging"
    FAREWELL = "farewell"
    PROTECTIVE_FACTOR = "protective_factor"
    CONCERNED_OTHER = "concerned_other"
    METHOD_SEEKING = "method_seeking"
    SELF_HARM = "self_harm"
    VIOLENT_THOUGHTS = "violent_thoughts"
    ABUSE = "abuse"
    CHILD_AT_RISK = "child_at_risk"
    MEDICAL_EMERGENCY = "medical_emergency"
    SUBSTANCE = "substance"
    PANIC = "panic"
    PSYCHOSIS = "psychosis"
    MANIA = "mania"
    EATING_DISORDER = "eating_disorder"
    DISTRESS = "distress"
    MODEL = "model"


class Role(StrEnum):
    """Who wrote a turn."""

    USER = "user"
    ASSISTANT = "assistant"
    SYSTEM = "system"


class Message(_Frozen):
    """One turn of a conversation."""

    role: Role = Role.USER
    content: str

    @field_validator("content")
    @classmethod
    def _no_nul(cls, value: str) -> str:
        # NUL bytes are never meaningful in chat text; keep the message, drop the byte.
        return value.replace("\x00", "")


class Evidence(_Frozen):
    """A span of the input that moved the assessment, and what moved it.

    ``start`` and ``end`` are character offsets into the original text of turn ``turn``
    (``text[start:end]``), so a console can highlight exactly what fired.
    """

    turn: int = Field(ge=0, description="Index of the turn in the conversation (0 for a text).")
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str = Field(description="The matched span of the original text.")
    reason: Reason
    category: Category | None = None
    source: str = Field(description="The rule id or model name that produced this evidence.")
    score: Probability
    subject: Literal["self", "other"] = "self"
    negated: bool = False
    past: bool = False
    note: str | None = None


class EngineError(_Frozen):
    """A part of the engine that failed; the assessment was escalated because of it."""

    component: str
    message: str


class Assessment(_Frozen):
    """The engine's verdict on one text or one conversation.

    Attributes:
        level: Triage band (``none`` .. ``imminent``).
        cssrs: Suicide-risk severity aligned with the C-SSRS screener, 0-6.
        categories: Calibrated probability for each category.
        evidence: Spans with reason codes and the rule or model that fired.
        rationale: Short human-readable reasons for the level, most important first.
        degraded: True when a component failed; the level is then at least ``high``.
        errors: What failed.
    """

    level: RiskLevel
    cssrs: int = Field(ge=0, le=6)
    categories: dict[Category, Probability]
    evidence: tuple[Evidence, ...] = ()
    rationale: tuple[str, ...] = ()
    degraded: bool = False
    errors: tuple[EngineError, ...] = ()
    concerned_other: bool = Field(
        default=False, description="The writer is worried about someone else at risk."
    )
    engine_version: str

    @property
    def escalate(self) -> bool:
        """Whether a human should look at this (level moderate or above, or degraded)."""
        return self.degraded or self.level >= RiskLevel.MODERATE
