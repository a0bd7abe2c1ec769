"""Speed and memory of the engine, measured on this machine.

Targets (issue #2): one message p50 <= 3 ms and p99 <= 10 ms on one core after loading;
``screen`` >= 800 messages/s on 2 cores; ``careguard check "..."`` <= 1.0 s as a whole
process; resident memory <= 300 MB.
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np

_INT8_DOT = (
    ("avx512_vnni", "AVX-512 VNNI"),
    ("avx_vnni", "AVX-VNNI"),
    ("asimddp", "ARM dot product"),
)


def int8_dot_product(flags: str) -> str:
    """Name the CPU's int8 dot-product instructions from its ``/proc/cpuinfo`` flags.

    The encoder's int8 products run several times faster with them; without them (AVX2
    only) the engine's speed figures are about twice as slow on the same code.
    """
    present = set(flags.split())
    for flag, name in _INT8_DOT:
        if flag in present:
            return name
    return "none (AVX2 or older)" if "avx2" in present else "none"


def machine() -> str:
    """One line on the machine the figures come from: CPU, cores, int8 dot product."""
    info: dict[str, str] = {}
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            key, _, value = line.partition(":")
            info.setdefault(key.strip(), value.strip())
    model = info.get("model name") or platform.machine()
    flags = info.get("flags") or info.get("Features")
    dot = int8_dot_product(flags) if flags else "unknown"
    return f"{model}, {os.cpu_count()} CPUs, int8 dot product: {dot}"


def corpus() -> list[str]:
    """Typical chat messages: the project's own labelled examples in ``examples_train.jsonl``."""
    ref = resources.files("careguard.risk") / "data" / "examples_train.jsonl"
    return [json.loads(line)["text"] for line in ref.read_text(encoding="utf-8").splitlines()]


@dataclass(frozen=True, slots=True)
class Figure:
    """One measured figure and its target."""

    name: str
    value: float
    unit: str
    target: str
    ok: bool


def latency(*, use_model: bool, rounds: int = 3) -> tuple[float, float]:
    """p50 and p99 milliseconds per message on one core, after loading."""
    from careguard.risk.engine import Engine

    with _one_core():
        engine = Engine.load(threads=1, use_model=use_model)
        texts = corpus()
        for t in texts[:50]:  # warm up caches and the onnxruntime arena
            engine.assess(t)
        times = []
        for _ in range(rounds):
            for t in texts:
                start = time.perf_counter()
                engine.assess(t)
                times.append((time.perf_counter() - start) * 1000)
    return float(np.percentile(times, 50)), float(np.percentile(times, 99))


@contextlib.contextmanager
def _one_core() -> Iterator[None]:
    """Confine this process to one core, and give the others back afterwards.

    Restoring matters: the affinity is inherited by every process started later, so a
    ``screen`` run after :func:`latency` would otherwise put all its workers on one core.
    """
    if not hasattr(os, "sched_setaffinity"):
        yield
        return
    allowed = os.sched_getaffinity(0)
    os.sched_setaffinity(0, {min(allowed)})
    try:
        yield
    finally:
        os.sched_setaffinity(0, allowed)


def _screen_seconds(n: int, workers: int) -> float:
    """Wall seconds of one ``screen`` run over ``n`` messages, start-up included."""
    from careguard.screen import engine_assess_factory, screen_file

    texts = corpus()
    with tempfile.TemporaryDirectory() as tmp:
        src, out = Path(tmp) / "in.csv", Path(tmp) / "out.csv"
        with src.open("w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(["id", "text"])
            for i in range(n):
                w.writerow([i, texts[i % len(texts)]])
        start = time.perf_counter()
        screen_file(src, out, assess_batch_factory=engine_assess_factory, workers=workers)
        return time.perf_counter() - start


def screen_throughput(n: int = 6000, workers: int = 2) -> float:
    """Messages per second through ``careguard screen`` with ``workers``, start-up included."""
    return n / _screen_seconds(n, workers)


def screen_steady_throughput(n: int = 6000, workers: int = 2) -> float:
    """Messages per second of ``screen`` once running: start-up and other fixed costs excluded.

    Two runs, of ``n`` and of ``n // 6`` messages; the fixed costs (starting the workers,
    loading their engines, opening files) cancel in the difference of their wall times.
    """
    small = max(1, n // 6)
    extra = _screen_seconds(n, workers) - _screen_seconds(small, workers)
    return (n - small) / extra if extra > 0 else float("inf")


def check_process(runs: int = 5) -> tuple[float, float]:
    """Median wall seconds of ``careguard check "..."`` and its peak RSS in MB."""
    exe = Path(sys.executable).with_name("careguard")
    cmd = [str(exe), "check", "I have been saving my pills and tonight is the night"]
    walls, rss_kb = [], 0
    for _ in range(runs):
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        # wait4 gives this child's own peak RSS; RUSAGE_CHILDREN would report the largest
        # child this process ever waited for (a scikit-learn worker of the quality bench).
        _, status, usage = os.wait4(proc.pid, 0)
        walls.append(time.perf_counter() - start)
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            raise subprocess.CalledProcessError(proc.returncode, cmd)
        rss_kb = max(rss_kb, usage.ru_maxrss)
    return statistics.median(walls), rss_kb / 1024


def run(*, screen_n: int = 6000) -> list[Figure]:
    """Measure every figure."""
    figures = []
    p50, p99 = latency(use_model=True)
    figures.append(Figure("one message p50 (1 core, rules+heads)", p50, "ms", "<= 3", p50 <= 3))
    figures.append(Figure("one message p99 (1 core, rules+heads)", p99, "ms", "<= 10", p99 <= 10))
    r50, r99 = latency(use_model=False)
    figures.append(Figure("one message p50 (1 core, rules only)", r50, "ms", "-", True))
    figures.append(Figure("one message p99 (1 core, rules only)", r99, "ms", "-", True))
    rate = screen_throughput(screen_n)
    figures.append(Figure("screen, 2 workers", rate, "msg/s", ">= 800", rate >= 800))
    steady = screen_steady_throughput(screen_n)
    figures.append(Figure("screen, 2 workers, start-up excluded", steady, "msg/s", "-", True))
    wall, rss = check_process()
    figures.append(Figure("careguard check, whole process", wall, "s", "<= 1.0", wall <= 1.0))
    figures.append(Figure("careguard check, peak RSS", rss, "MB", "<= 300", rss <= 300))
    return figures


def table(figures: list[Figure]) -> str:
    """Figures as a Markdown table."""
    lines = ["| figure | value | target | met |", "|---|---|---|---|"]
    for f in figures:
        lines.append(
            f"| {f.name} | {f.value:.2f} {f.unit} | {f.target} | {'yes' if f.ok else 'NO'} |"
        )
    return "\n".join(lines)
