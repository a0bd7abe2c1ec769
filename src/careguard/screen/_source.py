"""What every reader shares: per-line UTF-8 decoding, field checks and the Reader base."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from careguard.errors import InputError
from careguard.screen._types import Format, Record

_BOM = b"\xef\xbb\xbf"


def decoded_lines(fh: IO[bytes], bad: dict[int, str]) -> Iterator[str]:
    """Yield the lines of ``fh`` decoded as UTF-8; record undecodable lines in ``bad``.

    An undecodable line is yielded with replacement characters (so parsing stays in
    step) and ``bad[line_number]`` is set to a message giving the 0-based byte offset
    of the first invalid byte within that line.
    """
    for number, raw in enumerate(fh, start=1):
        if number == 1 and raw.startswith(_BOM):
            raw = raw[len(_BOM) :]
        try:
            yield raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            bad[number] = f"invalid UTF-8 at byte {exc.start}"
            yield raw.decode("utf-8", errors="replace")


def first_bad_line(bad: dict[int, str], first: int, last: int) -> str | None:
    """Pop the entries of ``bad`` for lines ``first..last``; return the first as an error."""
    found: str | None = None
    for number in range(first, last + 1):
        message = bad.pop(number, None)
        if message is not None and found is None:
            found = f"line {number}: {message}"
    return found


def open_bytes(path: Path) -> IO[bytes]:
    """Open ``path`` for binary reading; raise InputError when it cannot be read."""
    try:
        return path.open("rb")
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from exc


def unknown_field(text_field: str, available: list[str], path: Path) -> InputError:
    """Return the error for a ``--text-field`` that the input does not have."""
    listed = ", ".join(repr(name) for name in available) or "(none)"
    return InputError(
        f"text field {text_field!r} not found in {path}; available fields: {listed} "
        f"(choose one with --text-field)"
    )


class Reader:
    """Base class of the readers: iterate to get one :class:`Record` per input row.

    Attributes:
        path: The input file.
        text_field: Name of the field holding the text.
        columns: Field names known before reading (CSV header, Parquet schema), else None.
        arrow_schema: The Parquet schema (a ``pyarrow.Schema``), else None.
        total: Number of rows when known in advance (Parquet), else None.

    """

    format: Format

    def __init__(self, path: Path, text_field: str) -> None:
        self.path = path
        self.text_field = text_field
        self.columns: list[str] | None = None
        self.arrow_schema: Any = None
        self.total: int | None = None

    def __iter__(self) -> Iterator[Record]:
        raise NotImplementedError
