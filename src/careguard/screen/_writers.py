"""Writers for CSV, JSONL and Parquet output rows (input fields + result columns)."""

from __future__ import annotations

import base64
import csv
import datetime as dt
import json
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

from careguard.errors import InputError
from careguard.screen._layout import Layout
from careguard.screen._types import RESULT_COLUMNS, Format, Row

_PARQUET_ROWS = 8192
_PARQUET_BYTES = 64 * 1024 * 1024


def _json_default(value: Any) -> Any:
    """Make the non-JSON values a Parquet input can hold (dates, decimals, bytes) JSON-able."""
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        return value.total_seconds()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, tuple | set | frozenset):
        return list(value)
    return str(value)


def to_json(value: Any) -> str:
    """Serialise ``value`` as compact JSON text (non-ASCII kept as is)."""
    return json.dumps(value, ensure_ascii=False, default=_json_default)


class Writer:
    """Base class of the writers: ``write`` chunks of rows in order, then ``close``."""

    def __init__(self, path: Path, layout: Layout) -> None:
        self.path = path
        self.layout = layout

    def write(self, rows: list[Row]) -> None:
        """Append ``rows`` to the output."""
        raise NotImplementedError

    def close(self) -> None:
        """Flush and close the output."""
        raise NotImplementedError


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, dict | list | tuple):
        return to_json(value)
    encoded: str = _json_default(value)
    return encoded


class CsvWriter(Writer):
    """Write CSV with a header; nested values (categories, evidence, ...) as JSON strings."""

    def __init__(self, path: Path, layout: Layout) -> None:
        super().__init__(path, layout)
        self.header = [*(layout.columns or []), *RESULT_COLUMNS]
        # errors="replace": a lone surrogate from a JSON input must not end the run.
        self._fh: IO[str] = path.open("w", encoding="utf-8", errors="replace", newline="")
        self._csv = csv.writer(self._fh)
        self._csv.writerow(self.header)

    def write(self, rows: list[Row]) -> None:
        """Append ``rows`` to the output."""
        self._csv.writerows([_csv_cell(row.get(name)) for name in self.header] for row in rows)

    def close(self) -> None:
        """Flush and close the output."""
        self._fh.close()


class JsonlWriter(Writer):
    """Write one JSON object per line, keys in input order then the result columns."""

    def __init__(self, path: Path, layout: Layout) -> None:
        super().__init__(path, layout)
        self._fh: IO[bytes] = path.open("wb")

    def write(self, rows: list[Row]) -> None:
        """Append ``rows`` to the output."""
        lines = []
        for row in rows:
            try:
                lines.append((to_json(row) + "\n").encode("utf-8"))
            except UnicodeEncodeError:  # lone surrogate: fall back to \\u escapes
                text = json.dumps(row, ensure_ascii=True, default=_json_default)
                lines.append((text + "\n").encode("ascii"))
        self._fh.write(b"".join(lines))

    def close(self) -> None:
        """Flush and close the output."""
        self._fh.close()


def _approx_size(row: Row) -> int:
    return sum(len(v) if isinstance(v, str | bytes) else 16 for v in row.values())


class ParquetWriter(Writer):
    """Write Parquet with the layout's schema, in row groups of bounded size."""

    def __init__(self, path: Path, layout: Layout) -> None:
        super().__init__(path, layout)
        import pyarrow.parquet as pq

        self._schema = layout.arrow_schema
        self._writer = pq.ParquetWriter(str(path), self._schema)
        self._pending: list[Row] = []
        self._pending_bytes = 0

    def write(self, rows: list[Row]) -> None:
        """Append ``rows`` to the output (buffered up to one row group)."""
        for row in rows:
            for name in self.layout.json_columns:
                if row.get(name) is not None:
                    row[name] = to_json(row[name])
            self._pending.append(row)
            self._pending_bytes += _approx_size(row)
        if len(self._pending) >= _PARQUET_ROWS or self._pending_bytes >= _PARQUET_BYTES:
            self._flush()

    def _flush(self) -> None:
        if not self._pending:
            return
        import pyarrow as pa

        try:
            table = pa.Table.from_pylist(self._pending, schema=self._schema)
        except (pa.ArrowInvalid, pa.ArrowTypeError, OverflowError) as exc:
            raise InputError(
                f"cannot write these rows to Parquet ({exc}); write JSONL or CSV instead"
            ) from exc
        self._writer.write_table(table)
        self._pending = []
        self._pending_bytes = 0

    def close(self) -> None:
        """Write the last row group and the file footer."""
        try:
            self._flush()
        finally:
            self._writer.close()


_WRITERS: dict[Format, type[Writer]] = {
    Format.CSV: CsvWriter,
    Format.JSONL: JsonlWriter,
    Format.PARQUET: ParquetWriter,
}


def open_writer(path: Path, fmt: Format, layout: Layout) -> Writer:
    """Create ``path`` (truncating it) and return a writer for ``fmt``.

    Args:
        path: Where to write.
        fmt: The output format.
        layout: The output's columns, from :func:`careguard.screen._layout.plan_layout`.

    Returns:
        The writer.

    """
    return _WRITERS[fmt](path, layout)
