"""Screen a whole file: assess the text of every row of a CSV, JSONL or Parquet file.

Public API:

- :func:`screen_file` reads the input in a streaming way, assesses each row (in a
  process pool when ``workers > 1``) and writes every row with its result columns.
- :func:`read_records` streams an input file as :class:`Record` objects.
- :func:`engine_assess_factory` is the factory the CLI passes (careguard's engine).
- :data:`AssessBatch` / :data:`AssessBatchFactory` describe the injected assess seam.
"""

from __future__ import annotations

from careguard.screen._engine import engine_assess_factory
from careguard.screen._readers import read_records
from careguard.screen._results import ScreenSummary
from careguard.screen._screen import screen_file
from careguard.screen._types import (
    RESULT_COLUMNS,
    AssessBatch,
    AssessBatchFactory,
    Format,
    Record,
    detect_format,
)

__all__ = [
    "RESULT_COLUMNS",
    "AssessBatch",
    "AssessBatchFactory",
    "Format",
    "Record",
    "ScreenSummary",
    "detect_format",
    "engine_assess_factory",
    "read_records",
    "screen_file",
]
