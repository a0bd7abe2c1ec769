"""Turn assessments into output columns, and count what a run produced."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from careguard.screen._types import AssessBatch
from careguard.types import Assessment, RiskLevel

ResultColumns = dict[str, Any]
"""The values of :data:`~careguard.screen._types.RESULT_COLUMNS` for one row."""


def assessment_columns(assessment: Assessment) -> ResultColumns:
    """Return the result columns for an assessed row.

    ``error`` is None unless the engine reported component failures (then the assessment
    is degraded and ``error`` names what failed, prefixed with ``engine:``).

    Args:
        assessment: The engine's verdict.

    Returns:
        Plain JSON-compatible values (enums as strings).

    """
    failures = "; ".join(f"{e.component}: {e.message}" for e in assessment.errors)
    return {
        "level": assessment.level.value,
        "cssrs": assessment.cssrs,
        "categories": {k.value: v for k, v in assessment.categories.items()},
        "evidence": [e.model_dump(mode="json") for e in assessment.evidence],
        "degraded": assessment.degraded,
        "error": f"engine: {failures}" if failures else None,
    }


def error_columns(message: str) -> ResultColumns:
    """Return the result columns for a row that was not assessed.

    Args:
        message: Why the row was not assessed (with its location).

    Returns:
        Columns with every value null except ``error``.

    """
    return {
        "level": None,
        "cssrs": None,
        "categories": None,
        "evidence": None,
        "degraded": None,
        "error": message,
    }


def assess_texts(assess: AssessBatch, texts: Sequence[str]) -> list[ResultColumns]:
    """Assess ``texts`` and convert the result, never raising for one bad batch.

    If ``assess`` raises or returns the wrong number of assessments, every row of the
    batch gets an ``assessment failed`` error instead of a level: a row is never
    reported as assessed when it was not.

    Args:
        assess: The batch-assessment function.
        texts: The texts of one chunk.

    Returns:
        One set of result columns per text, in order.

    """
    if not texts:
        return []
    try:
        assessments = list(assess(texts))
    except Exception as exc:  # the seam must not kill a whole run
        detail = " ".join(str(exc).split())  # one line, even for multi-line messages
        return [error_columns(f"assessment failed: {type(exc).__name__}: {detail}")] * len(texts)
    if len(assessments) != len(texts):
        message = (
            f"assessment failed: engine returned {len(assessments)} "
            f"assessments for {len(texts)} texts"
        )
        return [error_columns(message)] * len(texts)
    return [assessment_columns(a) for a in assessments]


@dataclass
class ScreenSummary:
    """What a ``screen`` run produced.

    Attributes:
        rows_read: Rows written to the output (every input row, including bad ones).
        assessed: Rows that got a level.
        errors: Rows that did not get a level (unparseable, bad text, failed batch).
        degraded: Assessed rows the engine marked as degraded.
        levels: Count of assessed rows per level.
        unreported: Errors not printed to stderr because of the reporting cap.

    """

    rows_read: int = 0
    assessed: int = 0
    errors: int = 0
    degraded: int = 0
    levels: Counter[str] = field(default_factory=Counter)
    unreported: int = 0

    def add(self, columns: ResultColumns) -> None:
        """Count one output row.

        Args:
            columns: The row's result columns.

        """
        self.rows_read += 1
        level = columns["level"]
        if level is None:
            self.errors += 1
            return
        self.assessed += 1
        self.levels[level] += 1
        if columns["degraded"]:
            self.degraded += 1

    def render(self) -> str:
        """Return a short multi-line report for stderr."""
        per_level = " ".join(f"{lvl.value}={self.levels.get(lvl.value, 0)}" for lvl in RiskLevel)
        lines = [
            f"rows read: {self.rows_read}",
            f"assessed:  {self.assessed}",
            f"errors:    {self.errors}",
            f"degraded:  {self.degraded}",
            f"levels:    {per_level}",
        ]
        if self.unreported:
            lines.append(f"({self.unreported} more row errors not printed; see the error column)")
        return "\n".join(lines)
