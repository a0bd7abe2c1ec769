"""Escalation on real help-seekers' questions (CounselChat), by topic.

The 815 questions people sent to therapists on counselchat.com are real text about
relationships, anxiety, parenting and depression, written for help, mostly not in crisis.
They are no labelled crisis set: a question tagged "domestic-violence" may well be one.
The figure to watch is the share escalated (moderate or above) in everyday topics.

Run: .venv/bin/python bench/bench_counsel.py [--data ../shared/data] [--rules-only]
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import defaultdict
from pathlib import Path

from careguard.risk.engine import Engine
from careguard.types import RiskLevel

FILE = Path("counsel_chat") / "20200325_counsel_chat.csv"


def load_questions(data: Path) -> list[tuple[str, str]]:
    """One (topic, title and text) per question; answers repeat their question."""
    path = data / FILE
    if not path.is_file():
        sys.exit(f"{path} not found: pass --data pointing at the shared data folder")
    csv.field_size_limit(sys.maxsize)
    seen: dict[str, tuple[str, str]] = {}
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            text = f"{row['questionTitle']}. {row['questionText'] or ''}".strip()
            seen.setdefault(row["questionID"], (row["topic"], text))
    return list(seen.values())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--rules-only", action="store_true")
    args = parser.parse_args()
    questions = load_questions(args.data)
    engine = Engine.load(use_model=not args.rules_only)
    by_topic: dict[str, list[bool]] = defaultdict(list)
    for topic, text in questions:
        by_topic[topic].append(engine.assess(text).level >= RiskLevel.MODERATE)
    every = [e for flags in by_topic.values() for e in flags]
    print(f"{len(every)} questions, {'rules only' if args.rules_only else 'rules + heads'}")
    print("| topic | questions | escalated |")
    print("|---|---|---|")
    print(f"| **all** | {len(every)} | {sum(every) / len(every):.3f} |")
    for topic, flags in sorted(by_topic.items(), key=lambda kv: -len(kv[1])):
        if len(flags) >= 10:
            print(f"| {topic} | {len(flags)} | {sum(flags) / len(flags):.3f} |")


if __name__ == "__main__":
    main()
