"""Options more than one command shares."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import click

F = TypeVar("F", bound=Callable[..., object])


def data_option(reads: str) -> Callable[[F], F]:
    """The ``--data`` option: the shared third-party data folder, of which ``reads`` is used."""
    return click.option(
        "--data",
        "data_dir",
        type=click.Path(file_okay=False, path_type=Path),
        default=Path("../shared/data"),
        show_default=True,
        help=f"The shared data folder ({reads} read from it).",
    )
