"""Run the assess function over chunks of texts, in-process or in a process pool, in order.

Each worker process builds the assess function once, in its initializer, from a
picklable factory. At most ``2 * workers`` chunks are in flight, so memory stays flat
however large the input is, and results come back in input order.

Workers are forked from a forkserver that has already imported this module (and so
careguard and its rule tables), so each worker skips that import (about 0.35 s of CPU)
and only loads its engine. Call :func:`start_forkserver` early to overlap even that one
import with the parent's own start (reading the header, scanning a JSONL input).
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import sys
from collections import deque
from collections.abc import Generator, Iterable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TypeVar

from careguard.errors import CareguardError
from careguard.screen._results import ResultColumns, assess_texts
from careguard.screen._types import AssessBatch, AssessBatchFactory

T = TypeVar("T")

_worker_assess: AssessBatch | None = None
_worker_error: Exception | None = None


BLAS_THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "OMP_NUM_THREADS")
"""Read by numpy's BLAS when it loads; each worker sets them to 1 unless the user did.

If numpy is loaded before the worker starts (a factory whose module imports it), the
limit is set through threadpoolctl where it is installed.

Each worker is one of ``workers`` processes on as many cores. numpy's OpenBLAS would
start a thread per core in every worker and spin them for the heads' small products. On
2026-12-07 (2 cores), two engine processes side by side each assessed 234 messages/s
instead of 575, and ``screen`` with two workers ran at 657-689 messages/s, 876-931 with
one BLAS thread per worker (``speed.screen_throughput``).
"""


def _one_blas_thread() -> None:
    """Run this worker's BLAS on one thread, unless the user chose otherwise."""
    for name in BLAS_THREAD_VARIABLES:  # read when numpy loads its BLAS
        os.environ.setdefault(name, "1")
    if "numpy" in sys.modules and os.environ["OPENBLAS_NUM_THREADS"] == "1":
        # The factory's module loaded numpy already (it was unpickled before this runs).
        try:
            from threadpoolctl import threadpool_limits  # type: ignore[import-untyped]
        except ImportError:  # pragma: no cover - scikit-learn, in the extras, brings it
            return
        threadpool_limits(1, user_api="blas")


def _init_worker(factory: AssessBatchFactory) -> None:
    """Build the assess function once in this worker; keep a failure to report it later."""
    global _worker_assess, _worker_error
    _one_blas_thread()
    try:
        _worker_assess = factory()
    except Exception as exc:  # re-raised by the first task, so the parent sees it
        _worker_error = exc


def _run_in_worker(texts: list[str]) -> list[ResultColumns]:
    """Assess one chunk in a worker process."""
    if _worker_error is not None:
        raise _worker_error
    if _worker_assess is None:  # pragma: no cover - the initializer always runs first
        raise RuntimeError("worker was not initialised")
    return assess_texts(_worker_assess, texts)


_PRELOAD = ["__main__", __name__]
"""What the forkserver imports before forking workers: the default, plus this module.

Importing this module imports careguard (the rule tables) and no thread-starting
library. numpy and onnxruntime are deliberately left to the workers: onnxruntime starts
a native thread at import, and a process holding threads must not fork.
"""


def _has_forkserver() -> bool:
    return "forkserver" in multiprocessing.get_all_start_methods()


def _context() -> multiprocessing.context.BaseContext:
    # Never fork: the parent may hold threads (tqdm, onnxruntime) and fork is unsafe then.
    if not _has_forkserver():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    # Takes effect only if this process's forkserver is not running yet.
    context.set_forkserver_preload(_PRELOAD)
    return context


def start_forkserver() -> None:
    """Start the forkserver now, without waiting for it, so its import overlaps other work.

    Does nothing where there is no forkserver (workers are spawned there), or when it is
    already running.
    """
    if _has_forkserver():
        _context()  # sets the preload list
        from multiprocessing import forkserver

        forkserver.ensure_running()


def check_picklable(factory: AssessBatchFactory) -> None:
    """Raise TypeError unless ``factory`` can be sent to a worker process.

    Args:
        factory: The assess-function factory.

    Raises:
        TypeError: ``factory`` is a lambda, a closure or otherwise not picklable.

    """
    try:
        pickle.dumps(factory)
    except (pickle.PicklingError, AttributeError, TypeError) as exc:
        raise TypeError(
            f"assess_batch_factory must be a picklable top-level callable for workers > 1 ({exc})"
        ) from exc


def assess_in_order(
    items: Iterable[tuple[T, Sequence[str]]],
    factory: AssessBatchFactory,
    workers: int,
) -> Generator[tuple[T, list[ResultColumns]], None, None]:
    """Assess the texts of each item and yield ``(item, results)`` in input order.

    Args:
        items: Pairs of an opaque tag (e.g. the chunk's records) and the texts to assess.
        factory: Builds the assess function (once in-process, or once per worker).
        workers: 1 to run in this process, more for a process pool of that size.

    Yields:
        ``(tag, one set of result columns per text)``, in the order of ``items``.

    Raises:
        CareguardError: A worker process died (for example killed for lack of memory).
        Exception: Whatever the factory raised (e.g. the engine's model is missing).

    """
    if workers <= 1:
        assess = factory()
        for tag, texts in items:
            yield tag, assess_texts(assess, texts)
        return
    check_picklable(factory)
    in_flight = 2 * workers
    pending: deque[tuple[T, Future[list[ResultColumns]] | None]] = deque()
    pool = ProcessPoolExecutor(
        max_workers=workers, mp_context=_context(), initializer=_init_worker, initargs=(factory,)
    )
    try:
        for tag, texts in items:
            future = pool.submit(_run_in_worker, list(texts)) if texts else None
            pending.append((tag, future))
            while len(pending) >= in_flight:
                yield _result(pending.popleft())
        while pending:
            yield _result(pending.popleft())
    except BrokenProcessPool as exc:
        raise CareguardError(
            "a worker process died. If you called screen_file() from a script, put the "
            'call under `if __name__ == "__main__":` (each worker re-imports the main '
            "module, and would run the script again); otherwise it may have run out of "
            "memory: retry with fewer --workers"
        ) from exc
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _result(
    entry: tuple[T, Future[list[ResultColumns]] | None],
) -> tuple[T, list[ResultColumns]]:
    tag, future = entry
    return tag, ([] if future is None else future.result())
