"""Deterministic stand-ins for the engine and fixture helpers for the screen tests.

The fake assess function returns real ``Assessment`` objects so the file handling is
exercised with the real result types; it is a seam for I/O tests, not an engine.
"""

from __future__ import annotations

import csv
import json
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from careguard.errors import ModelNotInstalledError
from careguard.screen import AssessBatch
from careguard.types import (
    Assessment,
    Category,
    EngineError,
    Evidence,
    Reason,
    RiskLevel,
)

NESTED = ("categories", "evidence")


def fake_assess(texts: Sequence[str]) -> list[Assessment]:
    """Level ``high`` when the text says "die"; ``cssrs`` fingerprints the text length."""
    out = []
    for text in texts:
        if "slow" in text:
            time.sleep(0.05)  # lets later chunks finish first in a pool
        at = text.find("die")
        evidence: tuple[Evidence, ...] = ()
        if at >= 0:
            evidence = (
                Evidence(
                    turn=0,
                    start=at,
                    end=at + 3,
                    text="die",
                    reason=Reason.DESIRE,
                    category=Category.SUICIDAL_IDEATION,
                    source="fake",
                    score=0.9,
                ),
            )
        broken = "BROKEN" in text
        out.append(
            Assessment(
                level=RiskLevel.HIGH if at >= 0 or broken else RiskLevel.NONE,
                cssrs=len(text) % 7,
                categories={Category.SUICIDAL_IDEATION: 0.9 if at >= 0 else 0.01},
                evidence=evidence,
                degraded=broken,
                errors=(EngineError(component="heads", message="boom"),) if broken else (),
                engine_version="fake",
            )
        )
    return out


def fake_factory() -> AssessBatch:
    """Picklable factory of :func:`fake_assess`."""
    return fake_assess


def numpy_loaded_blas_factory() -> AssessBatch:
    """:func:`_blas_fake.blas_threads_factory` from a module that has loaded numpy (pyarrow)."""
    from ._blas_fake import blas_threads_factory

    return blas_threads_factory()


def _explode(texts: Sequence[str]) -> list[Assessment]:
    raise RuntimeError("kaboom")


def exploding_factory() -> AssessBatch:
    """An assess function that raises for every batch."""
    return _explode


def _short(texts: Sequence[str]) -> list[Assessment]:
    return fake_assess(texts)[:-1]


def short_factory() -> AssessBatch:
    """An assess function that returns one assessment too few."""
    return _short


def missing_model_factory() -> AssessBatch:
    """A factory that fails like an engine whose model is not installed."""
    raise ModelNotInstalledError("model missing: run `careguard build`")


def write_rows(path: Path, rows: list[dict[str, Any]]) -> Path:
    """Write ``rows`` in the format of ``path``'s extension (CSV header from row 0)."""
    suffix = path.suffix
    if suffix == ".csv":
        with path.open("w", newline="", encoding="utf-8") as fh:
            writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows(rows)
    elif suffix in (".jsonl", ".ndjson"):
        path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    else:
        pq.write_table(pa.Table.from_pylist(rows), path, row_group_size=3)
    return path


def read_rows(path: Path) -> list[dict[str, Any]]:
    """Read an output file back; CSV nested columns are decoded from JSON."""
    suffix = path.suffix
    if suffix == ".csv":
        with path.open(newline="", encoding="utf-8") as fh:
            rows: list[dict[str, Any]] = list(csv.DictReader(fh))
        for row in rows:
            for name in NESTED:
                row[name] = json.loads(row[name]) if row[name] else None
        return rows
    if suffix in (".jsonl", ".ndjson"):
        text = path.read_text(encoding="utf-8")
        return [json.loads(line) for line in text.split("\n") if line]
    table_rows: list[dict[str, Any]] = pq.read_table(path).to_pylist()
    return table_rows
