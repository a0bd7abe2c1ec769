"""Latency, throughput and memory of the sentence encoder, fp32 against int8.

Usage::

    .venv/bin/python bench/bench_encoder.py [--models DIR] [--iterations 300] [--pin 0]

Without ``--models`` both variants are built into a temporary directory first (seconds).
Each (model, threads) cell runs in a fresh subprocess so its RSS is its own. ``--pin CPU``
confines the 1-thread cells to that one core (``sched_setaffinity``); "cpu p50" is the
calling thread's CPU time per message, which other jobs on a shared machine distort less
than wall time (with 1 thread onnxruntime computes on the calling thread).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

MESSAGES = [
    "hi",
    "I can't stop crying and I don't know why.",
    "Lately I feel like a burden to everyone around me.",
    "Can you recommend a good recipe for lentil soup?",
    "i havent slept properly in weeks and work is falling apart, my manager keeps emailing",
    "Sometimes I think everyone would be better off without me, but I would never act on it.",
    "My therapist is on holiday for two weeks and I am not sure how I will cope until she "
    "is back. The evenings are the worst, when the flat is quiet and I start replaying "
    "every mistake I have made this year.",
    "thanks, that actually helped a bit 🙂",
]


def _rss_mb() -> float:
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        return float("nan")


def _peak_rss_mb() -> float:
    # VmHWM, not ru_maxrss: Linux carries ru_maxrss across fork+exec, so a child would
    # report the parent's peak from building the models.
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 2**10
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 2**10


def child(
    model_dir: Path, threads: int, iterations: int, batch_texts: int, pin: int | None
) -> dict[str, float]:
    """Measure one (model, threads) cell; runs in its own process."""
    from careguard.risk.encoder import Encoder

    if pin is not None and threads == 1 and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {pin})

    rss_start = _rss_mb()
    started = time.perf_counter()
    encoder = Encoder.load(model_dir, threads=threads)
    load_s = time.perf_counter() - started
    rss_loaded = _rss_mb()
    for message in MESSAGES * 3:
        encoder.encode([message])
    latencies = []
    cpu_times = []
    for i in range(iterations):
        message = MESSAGES[i % len(MESSAGES)]
        c0 = time.thread_time()
        t0 = time.perf_counter()
        encoder.encode([message])
        latencies.append(time.perf_counter() - t0)
        cpu_times.append(time.thread_time() - c0)
    corpus = [MESSAGES[i % len(MESSAGES)] for i in range(batch_texts)]
    t0 = time.perf_counter()
    encoder.encode(corpus, batch_size=32)
    throughput = batch_texts / (time.perf_counter() - t0)
    ms = np.array(latencies) * 1000
    return {
        "load_s": load_s,
        "p50_ms": float(np.percentile(ms, 50)),
        "p99_ms": float(np.percentile(ms, 99)),
        "cpu_p50_ms": float(np.percentile(np.array(cpu_times) * 1000, 50)),
        "texts_per_s": throughput,
        "rss_start_mb": rss_start,
        "rss_loaded_mb": rss_loaded,
        "rss_peak_mb": _peak_rss_mb(),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models", type=Path, help="dir holding int8/ and fp32/ builds")
    parser.add_argument("--iterations", type=int, default=300)
    parser.add_argument("--batch-texts", type=int, default=512)
    parser.add_argument("--pin", type=int, help="run the 1-thread cells on this CPU only")
    parser.add_argument(
        "--child", nargs=2, metavar=("MODEL_DIR", "THREADS"), help=argparse.SUPPRESS
    )
    args = parser.parse_args()

    if args.child:
        result = child(
            Path(args.child[0]), int(args.child[1]), args.iterations, args.batch_texts, args.pin
        )
        print(json.dumps(result))
        return

    with tempfile.TemporaryDirectory(prefix="careguard-bench-") as tmp:
        root = args.models or Path(tmp)
        if args.models is None:
            from careguard.risk import onnx_build

            for name, quantize in (("fp32", False), ("int8", True)):
                t0 = time.perf_counter()
                onnx_build.build_encoder(root / name, quantize=quantize)
                print(f"built {name} in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
        rows = []
        for name in ("fp32", "int8"):
            size_mb = (root / name / "encoder.onnx").stat().st_size / 1e6
            for threads in (1, 2):
                out = subprocess.run(
                    [
                        sys.executable,
                        __file__,
                        "--child",
                        str(root / name),
                        str(threads),
                        "--iterations",
                        str(args.iterations),
                        "--batch-texts",
                        str(args.batch_texts),
                        *([] if args.pin is None else ["--pin", str(args.pin)]),
                    ],
                    check=True,
                    capture_output=True,
                    text=True,
                ).stdout
                rows.append((name, threads, size_mb, json.loads(out.strip().splitlines()[-1])))

    print(
        f"# {platform.processor() or platform.machine()}, {os.cpu_count()} CPUs, "
        f"load average {os.getloadavg()[0]:.2f}; {args.iterations} single messages "
        f"({len(MESSAGES)} kinds, 3-48 tokens); batch: {args.batch_texts} texts, batch_size=32"
        + ("" if args.pin is None else f"; 1-thread cells pinned to CPU {args.pin}")
    )
    header = (
        "model  threads  file MB  load s  p50 ms  p99 ms  cpu p50  batch texts/s  "
        "RSS base MB  RSS loaded MB  RSS peak MB"
    )
    print(header)
    print("-" * len(header))
    for name, threads, size_mb, r in rows:
        print(
            f"{name:5}  {threads:7d}  {size_mb:7.1f}  {r['load_s']:6.2f}  {r['p50_ms']:6.2f}  "
            f"{r['p99_ms']:6.2f}  {r['cpu_p50_ms']:7.2f}  {r['texts_per_s']:13.0f}  "
            f"{r['rss_start_mb']:11.0f}  {r['rss_loaded_mb']:13.0f}  {r['rss_peak_mb']:11.0f}"
        )


if __name__ == "__main__":
    main()
