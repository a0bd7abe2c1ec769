"""Streaming readers for CSV, JSONL and Parquet that turn every input row into a Record.

Files are read as bytes and decoded line by line, so one line of invalid UTF-8 becomes
one row with an error instead of ending the run. Nothing is held in memory beyond the
current line (CSV, JSONL) or the current record batch (Parquet).
"""

from __future__ import annotations

import contextlib
import csv
import json
from collections.abc import Generator, Iterator
from itertools import islice
from pathlib import Path
from typing import Any

from careguard.errors import InputError
from careguard.screen._source import (
    Reader,
    decoded_lines,
    first_bad_line,
    open_bytes,
    unknown_field,
)
from careguard.screen._types import Format, Record, detect_format, text_of

_PARQUET_BATCH = 1024


def _raise_csv_field_limit() -> None:
    # The default (128 KiB) rejects long texts; C long may be 32-bit, so stay below 2**31.
    if csv.field_size_limit() < 2**31 - 1:
        csv.field_size_limit(2**31 - 1)


class CsvReader(Reader):
    """Read a CSV file with a header row; records may span several lines."""

    format = Format.CSV

    def __init__(self, path: Path, text_field: str) -> None:
        super().__init__(path, text_field)
        _raise_csv_field_limit()
        bad: dict[int, str] = {}
        with open_bytes(path) as fh:
            rows = csv.reader(decoded_lines(fh, bad))
            try:
                header = next(rows, None)
            except csv.Error as exc:
                raise InputError(f"{path}: malformed CSV header: {exc}") from exc
            if bad:
                raise InputError(f"{path}: header {first_bad_line(bad, 1, rows.line_num)}")
        if not header:
            raise InputError(f"{path} is empty: a CSV input needs a header row")
        duplicates = sorted({name for name in header if header.count(name) > 1})
        if duplicates:
            raise InputError(f"{path}: duplicate column names in the header: {duplicates}")
        if text_field not in header:
            raise unknown_field(text_field, header, path)
        self.columns = header

    def __iter__(self) -> Iterator[Record]:
        header = self.columns or []
        bad: dict[int, str] = {}
        with open_bytes(self.path) as fh:
            rows = csv.reader(decoded_lines(fh, bad))
            next(rows, None)
            previous = rows.line_num
            while True:
                try:
                    row = next(rows)
                except StopIteration:
                    return
                except csv.Error as exc:
                    start, previous = previous + 1, rows.line_num
                    first_bad_line(bad, start, previous)
                    yield Record(f"line {start}", {}, None, f"line {start}: malformed CSV: {exc}")
                    continue
                start, previous = previous + 1, rows.line_num
                error = first_bad_line(bad, start, previous)
                if not row:  # a blank line is not a row
                    continue
                yield self._record(header, row, start, error)

    def _record(self, header: list[str], row: list[str], start: int, error: str | None) -> Record:
        location = f"line {start}"
        fields: dict[str, Any] = dict(zip(header, row, strict=False))
        for name in header[len(row) :]:
            fields[name] = None
        if error is None and len(row) != len(header):
            error = f"{location}: expected {len(header)} fields, got {len(row)}"
        if error is not None:
            return Record(location, fields, None, error)
        text, error = text_of(fields, self.text_field, location)
        return Record(location, fields, text, error)


def _surrogate_free(value: Any) -> Any:
    """Return ``value`` with lone UTF-16 surrogates (from bad JSON escapes) replaced."""
    if isinstance(value, str):
        return value.encode("utf-8", errors="replace").decode("utf-8")
    if isinstance(value, list):
        return [_surrogate_free(v) for v in value]
    if isinstance(value, dict):
        return {_surrogate_free(k): _surrogate_free(v) for k, v in value.items()}
    return value


def _parse_object(line: str, location: str) -> tuple[dict[str, Any], str | None]:
    """Parse one JSONL line; return its fields and an error message (None when fine)."""
    try:
        value = json.loads(line)
    except json.JSONDecodeError as exc:
        return {}, f"{location}: malformed JSON: {exc.msg} at column {exc.colno}"
    except RecursionError:
        return {}, f"{location}: malformed JSON: nested too deeply"
    if not isinstance(value, dict):
        return {}, f"{location}: expected a JSON object, got {type(value).__name__}"
    if "\\u" in line.lower():
        try:
            json.dumps(value, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError:
            cleaned: dict[str, Any] = _surrogate_free(value)
            return cleaned, f"{location}: invalid \\u escape (lone UTF-16 surrogate)"
    return value, None


class JsonlReader(Reader):
    """Read JSON Lines: one object per line; blank lines are skipped."""

    format = Format.JSONL

    def __init__(self, path: Path, text_field: str) -> None:
        super().__init__(path, text_field)
        with contextlib.closing(self._parsed()) as parsed:
            first = next((r for r in parsed if r[2] is None), None)
        self.first_fields: list[str] | None = None if first is None else list(first[1])
        if self.first_fields is not None and text_field not in self.first_fields:
            raise unknown_field(text_field, self.first_fields, path)

    def _parsed(self) -> Generator[tuple[int, dict[str, Any], str | None], None, None]:
        bad: dict[int, str] = {}
        with open_bytes(self.path) as fh:
            for number, line in enumerate(decoded_lines(fh, bad), start=1):
                decode_error = bad.pop(number, None)
                if not line.strip():
                    continue
                location = f"line {number}"
                fields, error = _parse_object(line, location)
                if decode_error is not None:
                    error = f"{location}: {decode_error}"
                yield number, fields, error

    def __iter__(self) -> Iterator[Record]:
        for number, fields, error in self._parsed():
            location = f"line {number}"
            if error is not None:
                yield Record(location, fields, None, error)
                continue
            text, error = text_of(fields, self.text_field, location)
            yield Record(location, fields, text, error)


def _pyarrow_parquet() -> Any:
    try:
        import pyarrow.parquet as pq
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise InputError("Parquet needs pyarrow: pip install 'careguard[parquet]'") from exc
    return pq


class ParquetReader(Reader):
    """Read a Parquet file batch by batch; locations are 0-based row indexes."""

    format = Format.PARQUET

    def __init__(self, path: Path, text_field: str) -> None:
        super().__init__(path, text_field)
        pq = _pyarrow_parquet()
        try:
            with pq.ParquetFile(path) as parquet:
                self.arrow_schema = parquet.schema_arrow
                self.total = int(parquet.metadata.num_rows)
        except (OSError, ValueError) as exc:  # ArrowInvalid is a ValueError
            raise InputError(f"cannot read {path} as Parquet: {exc}") from exc
        self.columns = list(self.arrow_schema.names)
        if text_field not in self.columns:
            raise unknown_field(text_field, self.columns, path)

    def __iter__(self) -> Iterator[Record]:
        pq = _pyarrow_parquet()
        index = 0
        with pq.ParquetFile(self.path) as parquet:
            for batch in parquet.iter_batches(batch_size=_PARQUET_BATCH):
                for fields in batch.to_pylist():
                    location = f"row {index}"
                    text, error = text_of(fields, self.text_field, location)
                    yield Record(location, fields, text, error)
                    index += 1


_READERS: dict[Format, type[Reader]] = {
    Format.CSV: CsvReader,
    Format.JSONL: JsonlReader,
    Format.PARQUET: ParquetReader,
}


def open_reader(path: Path, fmt: Format, text_field: str) -> Reader:
    """Open ``path`` for reading and check ``text_field`` before any row is assessed.

    Args:
        path: The input file.
        fmt: Its format.
        text_field: Name of the field holding the text.

    Returns:
        A reader; iterate it (several times if needed) to stream the records.

    Raises:
        InputError: The file cannot be read, or ``text_field`` is not one of its fields
            (CSV header, first parsed JSON object, Parquet columns); the message lists
            the available fields.

    """
    return _READERS[fmt](path, text_field)


def read_records(
    path: Path, *, text_field: str = "text", fmt: Format | None = None
) -> Iterator[Record]:
    """Stream the records of an input file (format from the extension unless given).

    Args:
        path: The input file.
        text_field: Name of the field holding the text.
        fmt: The format, or None to detect it from the extension.

    Returns:
        An iterator of records in file order; bad rows come back with ``error`` set.

    Raises:
        InputError: As :func:`open_reader`.

    """
    return iter(open_reader(path, fmt or detect_format(path), text_field))


def take(records: Iterator[Record], size: int) -> Iterator[list[Record]]:
    """Group ``records`` into lists of at most ``size``.

    Args:
        records: The records.
        size: Maximum chunk length (at least 1).

    Yields:
        Consecutive chunks, in order.

    """
    while chunk := list(islice(records, size)):
        yield chunk
