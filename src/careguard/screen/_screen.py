"""``screen_file``: assess every row of a CSV, JSONL or Parquet file and write the results."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from tqdm import tqdm  # type: ignore[import-untyped,unused-ignore]

from careguard.errors import InputError
from careguard.screen._layout import plan_layout
from careguard.screen._readers import open_reader, take
from careguard.screen._results import ResultColumns, ScreenSummary, error_columns
from careguard.screen._runner import assess_in_order, start_forkserver
from careguard.screen._types import AssessBatchFactory, Format, Record, Row, detect_format
from careguard.screen._writers import open_writer


def _check_paths(input_path: Path, output_path: Path) -> None:
    if not input_path.is_file():
        raise InputError(f"input file {input_path} does not exist")
    if output_path.resolve() == input_path.resolve():
        raise InputError("--out must differ from the input file")
    if not output_path.parent.is_dir():
        raise InputError(f"output directory {output_path.parent} does not exist")


def _work(records: Iterator[Record], batch_size: int) -> Iterator[tuple[list[Record], list[str]]]:
    for chunk in take(records, batch_size):
        yield chunk, [r.text for r in chunk if r.text is not None]


def _merge(chunk: Sequence[Record], results: Sequence[ResultColumns]) -> list[Row]:
    """Pair each record with its result (or its error), keeping input order."""
    assessed = iter(results)
    rows: list[Row] = []
    for record in chunk:
        if record.text is None:
            columns = error_columns(record.error or f"{record.location}: no text")
        else:
            columns = dict(next(assessed))
            if columns["level"] is None:  # the batch failed: say which row
                columns["error"] = f"{record.location}: {columns['error']}"
        rows.append({**record.fields, **columns})
    return rows


def _count(rows: Sequence[Row], summary: ScreenSummary, max_reported: int) -> None:
    """Add ``rows`` to ``summary`` and print the bad ones to stderr (up to the cap)."""
    for row in rows:
        summary.add(row)
        if row["level"] is not None:
            continue
        if summary.errors > max_reported:
            summary.unreported += 1
        else:
            tqdm.write(f"error: {row['error']}", file=sys.stderr)


def screen_file(
    input_path: Path | str,
    output_path: Path | str,
    *,
    assess_batch_factory: AssessBatchFactory,
    text_field: str = "text",
    workers: int | None = None,
    batch_size: int = 256,
    input_format: Format | str | None = None,
    output_format: Format | str | None = None,
    progress: bool = False,
    max_reported: int = 1000,
) -> ScreenSummary:
    """Assess the text of every row of ``input_path`` and write rows plus results.

    Every input row becomes one output row, in input order: its original fields followed
    by ``level``, ``cssrs``, ``categories``, ``evidence``, ``degraded`` and ``error``. A
    row that cannot be assessed (unparseable, invalid UTF-8, wrong field count, missing,
    null, non-string or empty text) keeps its line number in ``error``, has null result
    values, and is printed to stderr. The output is written to a hidden ``.partial``
    file and renamed into place only when the run succeeds.

    Args:
        input_path: CSV (with header), JSONL/NDJSON or Parquet file.
        output_path: Where to write; must differ from ``input_path``.
        assess_batch_factory: Picklable top-level callable returning the batch-assess
            function; called once in-process, or once in each worker.
        text_field: Name of the field holding the text.
        workers: Worker processes; None for ``os.cpu_count()``, 1 to run in-process.
        batch_size: Rows per chunk sent to a worker.
        input_format: Input format; None to detect it from the extension.
        output_format: Output format; None to detect it from the extension.
        progress: Show a tqdm progress bar on stderr.
        max_reported: At most this many bad rows are printed to stderr (all are counted
            and all are in the output).

    Returns:
        Counts of rows read, assessed, errors, degraded and per level.

    Raises:
        InputError: Unknown format, unreadable input, unknown ``text_field`` (the message
            lists the available fields) or a column that clashes with a result column;
            raised before any row is assessed.
        TypeError: ``assess_batch_factory`` is not picklable and ``workers`` > 1.

    """
    input_path, output_path = Path(input_path), Path(output_path)
    if batch_size < 1:
        raise InputError("--batch-size must be at least 1")
    workers = (os.cpu_count() or 1) if workers is None else workers
    if workers < 1:
        raise InputError("--workers must be at least 1")
    in_format = detect_format(input_path, input_format)
    out_format = detect_format(output_path, output_format)
    _check_paths(input_path, output_path)
    if workers > 1:
        start_forkserver()  # its imports overlap reading the header and planning the output
    reader = open_reader(input_path, in_format, text_field)
    layout = plan_layout(reader, out_format)

    summary = ScreenSummary()
    partial = output_path.with_name(f".{output_path.name}.partial")
    writer = open_writer(partial, out_format, layout)
    try:
        with tqdm(
            total=reader.total,
            unit="row",
            unit_scale=True,
            desc="screen",
            disable=not progress,
            file=sys.stderr,
            dynamic_ncols=True,
        ) as bar:
            work = _work(iter(reader), batch_size)
            done = assess_in_order(work, assess_batch_factory, workers)
            with contextlib.closing(done):  # stops the pool at once if writing fails
                for chunk, results in done:
                    rows = _merge(chunk, results)
                    _count(rows, summary, max_reported)
                    writer.write(rows)
                    bar.update(len(chunk))
        writer.close()
    except BaseException:
        with contextlib.suppress(Exception):
            writer.close()
        partial.unlink(missing_ok=True)
        raise
    os.replace(partial, output_path)
    return summary
