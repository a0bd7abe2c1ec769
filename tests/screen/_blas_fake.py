"""An assess function that reports its process's BLAS threads; imports nothing heavy.

Kept apart from ``_fakes`` (which imports pyarrow, and so numpy) so that numpy loads only
when a worker first assesses, as with the engine's own factory.
"""

from __future__ import annotations

from collections.abc import Sequence

from careguard.screen import AssessBatch
from careguard.types import Assessment, RiskLevel


def _blas_threads(texts: Sequence[str]) -> list[Assessment]:
    """``cssrs`` is the number of threads numpy's BLAS runs with in this process."""
    import numpy as np  # noqa: F401  (loads the BLAS library threadpoolctl inspects)
    from threadpoolctl import threadpool_info

    threads = max(info["num_threads"] for info in threadpool_info() if info["user_api"] == "blas")
    return [
        Assessment(
            level=RiskLevel.NONE, cssrs=min(threads, 6), categories={}, engine_version="fake"
        )
        for _ in texts
    ]


def blas_threads_factory() -> AssessBatch:
    """Picklable factory of :func:`_blas_threads`."""
    return _blas_threads
