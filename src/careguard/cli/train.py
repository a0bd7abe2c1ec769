"""``careguard train``: reproduce the shipped risk heads."""

from __future__ import annotations

import json
from pathlib import Path

import click

from careguard.cli._options import data_option
from careguard.errors import InputError

_DEFAULT_OUT = Path(__file__).resolve().parent.parent / "risk" / "models"


@click.command("train")
@data_option("goemotions/ and presidio_synth/ are")
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=_DEFAULT_OUT,
    show_default=True,
    help="Where to write heads.npz and metrics.json.",
)
def train(data_dir: Path, out_dir: Path) -> None:
    """Train the learned heads on the project's examples, GoEmotions and Presidio negatives."""
    try:
        from careguard.risk import train as training
    except ImportError as exc:  # scikit-learn is an optional extra
        raise InputError(
            f"training needs scikit-learn ({exc}): pip install 'careguard[train]'"
        ) from None
    from careguard.risk.encoder import Encoder

    encoder = Encoder.ensure(threads=2)
    examples = training.training_examples(data_dir)
    heads, metrics = training.train_heads(
        examples, lambda texts: encoder.encode(texts), log=lambda m: click.echo(m, err=True)
    )
    out_dir.mkdir(parents=True, exist_ok=True)
    heads.save(out_dir / "heads.npz")
    (out_dir / "metrics.json").write_text(json.dumps(metrics, indent=2) + "\n", encoding="utf-8")
    click.echo(f"wrote {out_dir / 'heads.npz'} and metrics.json ({len(heads.heads)} heads)")
