"""The production assess-function factory: careguard's risk engine."""

from __future__ import annotations

from careguard.screen._types import AssessBatch


def engine_assess_factory() -> AssessBatch:
    """Load the risk engine (single-threaded) and return its batch-assess method.

    Top-level and argument-free so it pickles by reference: each worker process calls
    it once from its initializer.

    Returns:
        ``Engine.assess_many`` of a freshly loaded engine.

    """
    from careguard.risk.engine import Engine

    return Engine.load(threads=1).assess_many
