"""How ``screen`` starts its workers: what the forkserver preloads, and on which cores."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from careguard.benchmark import speed
from careguard.screen import AssessBatchFactory, _runner, screen_file

from ._blas_fake import blas_threads_factory
from ._fakes import fake_factory, numpy_loaded_blas_factory, read_rows, write_rows


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="needs Linux /proc")
def test_when_the_preloaded_modules_are_imported_then_no_thread_is_started() -> None:
    # The forkserver forks workers after importing these; a process with threads must not fork.
    modules = [name for name in _runner._PRELOAD if name != "__main__"]
    script = (
        "import importlib, os\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "print(len(os.listdir('/proc/self/task')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], check=True, capture_output=True, text=True
    )
    threads = int(result.stdout)
    assert threads == 1, (
        f"importing {modules} starts {threads - 1} thread(s) (numpy/onnxruntime at import?); "
        "the forkserver must not fork with threads: trim _runner._PRELOAD or make that import lazy"
    )


def test_when_the_forkserver_is_started_early_then_a_pooled_screen_still_works(
    tmp_path: Path,
) -> None:
    _runner.start_forkserver()
    _runner.start_forkserver()  # idempotent
    rows = [{"id": str(i), "text": f"text {i} die"} for i in range(20)]
    src = write_rows(tmp_path / "in.csv", rows)
    out = tmp_path / "out.csv"
    summary = screen_file(src, out, assess_batch_factory=fake_factory, workers=2, batch_size=3)
    assert summary.assessed == 20
    assert [r["id"] for r in read_rows(out)] == [r["id"] for r in rows]


@pytest.mark.skipif(not hasattr(os, "sched_setaffinity"), reason="needs sched_setaffinity")
def test_when_a_benchmark_pins_one_core_then_the_cores_are_given_back() -> None:
    # Workers inherit the affinity: a leaked pin would run the screen benchmark on one core.
    before = os.sched_getaffinity(0)
    with speed._one_core():
        assert len(os.sched_getaffinity(0)) == 1
    assert os.sched_getaffinity(0) == before


def test_when_a_script_screens_without_a_main_guard_then_the_error_names_the_fix(
    tmp_path: Path,
) -> None:
    # Workers re-import the main script; unguarded, it would start screening again.
    src = write_rows(tmp_path / "in.csv", [{"id": "1", "text": "hello"}])
    script = tmp_path / "unguarded.py"
    script.write_text(
        "from careguard.screen import screen_file\n"
        "from tests.screen._fakes import fake_factory\n"
        f"screen_file({str(src)!r}, {str(tmp_path / 'out.csv')!r}, "
        "assess_batch_factory=fake_factory, workers=2)\n",
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, str(script)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=Path(__file__).resolve().parents[2],
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
    )
    assert result.returncode != 0
    assert 'if __name__ == "__main__":' in result.stderr


@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="one core: BLAS would use one thread anyway")
@pytest.mark.parametrize("factory", [blas_threads_factory, numpy_loaded_blas_factory])
def test_when_workers_screen_then_each_runs_its_blas_on_one_thread(
    tmp_path: Path, factory: AssessBatchFactory
) -> None:
    # With a BLAS thread per core in every worker, two workers ran 2.5 times slower.
    rows = [{"id": str(i), "text": f"text {i}"} for i in range(8)]
    src = write_rows(tmp_path / "in.csv", rows)
    out = tmp_path / "out.csv"
    screen_file(src, out, assess_batch_factory=factory, workers=2, batch_size=2)
    assert {r["cssrs"] for r in read_rows(out)} == {"1"}
