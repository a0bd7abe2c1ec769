"""User-level C-SSRS on the Reddit set beside published baselines (`careguard bench --no-speed`).

Run: .venv/bin/python bench/bench_reddit.py [--data ../shared/data] [--seeds 5]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from careguard.benchmark import reddit


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--seeds", type=int, default=5)
    args = parser.parse_args()
    score = reddit.run(reddit.load_users(args.data), seeds=args.seeds)
    print(reddit.table(score))


if __name__ == "__main__":
    main()
