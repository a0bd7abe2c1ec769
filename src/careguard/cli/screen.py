"""``careguard screen``: assess every row of a CSV, JSONL or Parquet file."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from careguard.screen import Format, engine_assess_factory, screen_file


@click.command("screen")
@click.argument(
    "input_path",
    metavar="INPUT",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
)
@click.option(
    "--out",
    "output_path",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Output file (.csv, .jsonl/.ndjson or .parquet).",
)
@click.option("--text-field", default="text", show_default=True, help="Field holding the text.")
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=None,
    help=f"Worker processes (default: all cores, here {os.cpu_count()}); 1 runs in-process.",
)
@click.option(
    "--batch-size",
    type=click.IntRange(min=1),
    default=256,
    show_default=True,
    help="Rows per chunk sent to a worker.",
)
@click.option(
    "--format",
    "output_format",
    type=click.Choice([f.value for f in Format]),
    default=None,
    help="Output format (default: from the --out extension). The input's comes from its extension.",
)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
def screen(
    input_path: Path,
    output_path: Path,
    text_field: str,
    workers: int | None,
    batch_size: int,
    output_format: str | None,
    quiet: bool,
) -> None:
    """Assess the text of every row of INPUT and write each row with its risk level.

    Every input row is kept, in order, with its original fields plus level, cssrs,
    categories, evidence, degraded and error. Rows that cannot be assessed (bad JSON,
    invalid UTF-8, wrong number of CSV fields, missing or empty text) are reported on
    stderr with their line number and written with the error set.
    """
    summary = screen_file(
        input_path,
        output_path,
        assess_batch_factory=engine_assess_factory,
        text_field=text_field,
        workers=workers,
        batch_size=batch_size,
        output_format=output_format,
        progress=not quiet and sys.stderr.isatty(),
    )
    click.echo(summary.render(), err=True)
