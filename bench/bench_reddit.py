"""User-level C-SSRS on the Reddit set beside published baselines (`careguard bench --no-speed`).

Run: .venv/bin/python bench/bench_reddit.py [--data ../shared/data] [--seeds 5]
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np

from careguard.benchmark import reddit
from careguard.risk.engine import Engine


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--seeds", type=int, default=5)
    args = parser.parse_args()
    users = reddit.load_users(args.data)
    x = reddit.user_features(users, Engine.load(threads=2).assess)
    y = np.array([u.label for u in users])
    print(reddit.table(reddit.cross_validate(x, y, seeds=args.seeds)))


if __name__ == "__main__":
    main()
