"""Speed and memory of the risk engine: prints a table (same as `careguard bench --no-quality`).

Run: .venv/bin/python bench/bench_engine.py [--screen-n 6000]
"""

from __future__ import annotations

import argparse

from careguard.benchmark import speed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--screen-n", type=int, default=6000, help="messages for the screen run")
    args = parser.parse_args()
    print(f"machine: {speed.machine()}\n")
    print(speed.table(speed.run(screen_n=args.screen_n)))


if __name__ == "__main__":
    main()
