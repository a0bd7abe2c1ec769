"""Escalation on real help-seekers' questions (CounselChat, 815), by topic.

Run: .venv/bin/python bench/bench_counsel.py [--data ../shared/data] [--rules-only]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from careguard.benchmark import counsel
from careguard.risk.engine import Engine


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--rules-only", action="store_true")
    args = parser.parse_args()
    questions = counsel.load_questions(args.data)
    engine = Engine.load(use_model=not args.rules_only)
    print(f"{len(questions)} questions, {'rules only' if args.rules_only else 'rules + heads'}")
    print(counsel.table(counsel.escalated_by_topic(questions, engine.assess)))


if __name__ == "__main__":
    main()
