"""Shared vocabulary of the screen package: formats, records and the assess seam."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from careguard.errors import InputError
from careguard.types import Assessment

AssessBatch = Callable[[Sequence[str]], Sequence[Assessment]]
"""Assess a batch of texts; returns one assessment per text, in order."""

AssessBatchFactory = Callable[[], AssessBatch]
"""Build an :data:`AssessBatch` (called once per worker; must be a picklable top-level callable)."""

RESULT_COLUMNS: tuple[str, ...] = ("level", "cssrs", "categories", "evidence", "degraded", "error")
"""Columns added to every output row, in this order, after the input's own fields."""

Row = dict[str, Any]
"""One output row: the input's fields followed by :data:`RESULT_COLUMNS`."""


class Format(StrEnum):
    """File formats ``screen`` reads and writes."""

    CSV = "csv"
    JSONL = "jsonl"
    PARQUET = "parquet"


_EXTENSIONS: dict[str, Format] = {
    ".csv": Format.CSV,
    ".jsonl": Format.JSONL,
    ".ndjson": Format.JSONL,
    ".parquet": Format.PARQUET,
}


def detect_format(path: Path, override: Format | str | None = None) -> Format:
    """Return the format of ``path``: ``override`` when given, else from the extension.

    Args:
        path: The file whose format is wanted.
        override: An explicit format that wins over the extension.

    Returns:
        The format.

    Raises:
        InputError: ``override`` is not a known format, or the extension is unknown.

    """
    if override is not None:
        try:
            return Format(str(override).lower())
        except ValueError:
            known = ", ".join(f.value for f in Format)
            raise InputError(f"unknown format {override!r}; use one of: {known}") from None
    found = _EXTENSIONS.get(path.suffix.lower())
    if found is None:
        known = ", ".join(_EXTENSIONS)
        raise InputError(
            f"cannot tell the format of {path} from its extension; "
            f"use one of {known} (or pass --format for the output)"
        )
    return found


@dataclass(frozen=True, slots=True)
class Record:
    """One input row as read, before assessment.

    Attributes:
        location: Where the row came from, e.g. ``"line 7"`` (1-based line of the input
            file where the row starts) or ``"row 3"`` (0-based Parquet row index).
        fields: The row's original fields (empty when the row could not be parsed).
        text: The text to assess (NUL bytes stripped), or None when ``error`` is set.
        error: Why the row cannot be assessed, prefixed with ``location``; None when fine.

    """

    location: str
    fields: dict[str, Any]
    text: str | None
    error: str | None


def text_of(
    fields: dict[str, Any], text_field: str, location: str
) -> tuple[str | None, str | None]:
    """Extract the text to assess from a parsed row.

    NUL characters are removed from the text (and from ``fields[text_field]``, in place).

    Args:
        fields: The row's fields.
        text_field: Name of the field holding the text.
        location: Where the row came from, used to prefix the error.

    Returns:
        ``(text, None)`` when the text can be assessed, else ``(None, error message)``.

    """
    if text_field not in fields:
        return None, f"{location}: field {text_field!r} missing"
    value = fields[text_field]
    if value is None:
        return None, f"{location}: field {text_field!r} is null"
    if not isinstance(value, str):
        kind = type(value).__name__
        return None, f"{location}: field {text_field!r} is not a string (got {kind})"
    if "\x00" in value:
        value = value.replace("\x00", "")
        fields[text_field] = value
    if not value.strip():
        return None, f"{location}: empty text"
    return value, None
