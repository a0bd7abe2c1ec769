"""Shared fixtures: where the shared data lives, and the real engine loaded once."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED_DATA = Path(os.environ.get("CAREGUARD_SHARED_DATA", ROOT.parent / "shared" / "data"))


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """The third-party data folder; tests that need it skip with a reason when absent."""
    if not SHARED_DATA.is_dir():
        pytest.skip(f"shared data not found at {SHARED_DATA} (set CAREGUARD_SHARED_DATA)")
    return SHARED_DATA


@pytest.fixture(scope="session")
def engine():  # type: ignore[no-untyped-def]
    """The full engine (rules + heads), building the encoder if it is missing."""
    from careguard.risk.engine import Engine

    loaded = Engine.load(threads=1)
    assert loaded.model_error is None, loaded.model_error
    return loaded
