"""``careguard train``: reproduce the shipped risk heads."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import click

from careguard.cli._options import data_option
from careguard.errors import InputError

if TYPE_CHECKING:
    from careguard.risk.train import Example

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
@click.option(
    "--encoder",
    "with_encoder",
    is_flag=True,
    help="First retrain the encoder's adapter (needs torch; about 7 min on two cores here, 13 "
    "on one), then recalibrate and rebuild the encoder. Writes into the package's models folder.",
)
def train(data_dir: Path, out_dir: Path, with_encoder: bool) -> None:
    """Train the learned heads on the project's examples, GoEmotions and Presidio negatives."""
    try:
        from careguard.risk import train as training
    except ImportError as exc:  # scikit-learn is an optional extra
        raise InputError(
            f"training needs scikit-learn ({exc}): pip install 'careguard[train]'"
        ) from None
    from careguard.risk.encoder import Encoder

    def log(message: str) -> None:
        click.echo(message, err=True)

    examples = training.training_examples(data_dir)
    if with_encoder:
        if out_dir.resolve() != _DEFAULT_OUT.resolve():
            raise click.UsageError(
                "--encoder writes the adapter the encoder is built from into the package; "
                "drop --out (or train the heads alone with --out)"
            )
        _train_encoder(examples, log)
    encoder = Encoder.ensure(threads=2)
    heads, metrics = training.train_heads(examples, lambda texts: encoder.encode(texts), log=log)
    out_dir.mkdir(parents=True, exist_ok=True)
    heads.save(out_dir / "heads.npz")
    (out_dir / "metrics.json").write_text(json.dumps(metrics, indent=2) + "\n", encoding="utf-8")
    click.echo(f"wrote {out_dir / 'heads.npz'} and metrics.json ({len(heads.heads)} heads)")


def _train_encoder(examples: list[Example], log: Callable[[str], None]) -> None:
    """Retrain the adapter, then remeasure the encoder's ranges and rebuild it."""
    from careguard.cli.models import recalibrate
    from careguard.risk import adapter, finetune, onnx_build
    from careguard.risk.encoder import TOKENIZER_FILE, load_tokenizer

    # The checked source package has the tokenizer too: no encoder build is needed to train.
    source = onnx_build.default_source_dir()
    weights, config = onnx_build.source_weights(source, adapted=False)
    tokenizer = load_tokenizer(source / TOKENIZER_FILE)
    learnt = finetune.train_adapter(
        examples, lambda text: tokenizer.encode(text).ids, weights, config, log=log
    )
    learnt.save(adapter.shipped_path())
    adapter.shipped_digest.cache_clear()
    log(f"wrote {adapter.shipped_path()}: {finetune.describe(learnt)}")
    ranges, count = recalibrate()
    log(f"wrote {ranges} from {count} texts")
    log(onnx_build.install(force=True).summary())
