"""Where careguard keeps files it builds at set-up time (the ONNX encoder)."""

from __future__ import annotations

import os
from pathlib import Path


def home_dir() -> Path:
    """Return careguard's cache directory: ``$CAREGUARD_HOME`` or ``~/.cache/careguard``."""
    env = os.environ.get("CAREGUARD_HOME")
    if env:
        return Path(env).expanduser()
    return Path.home() / ".cache" / "careguard"


def model_dir() -> Path:
    """Return the directory holding built model files."""
    return home_dir() / "models"
