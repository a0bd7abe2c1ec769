"""Crisis statements dressed in everyday text: how many fall below the level they keep alone.

Run: .venv/bin/python bench/bench_robustness.py [--data ../shared/data] [--rules-only]
[--comments 1500]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from careguard.benchmark import robustness
from careguard.errors import InputError
from careguard.risk.engine import Engine


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--rules-only", action="store_true")
    parser.add_argument("--comments", type=int, default=1500)
    args = parser.parse_args()
    try:
        comments = robustness.everyday_comments(args.data, args.comments)
    except InputError as exc:
        parser.error(str(exc))
    engine = Engine.load(use_model=not args.rules_only)
    print("rules only" if args.rules_only else "rules + heads")
    print(robustness.table(robustness.run(engine.assess, comments)))


if __name__ == "__main__":
    main()
