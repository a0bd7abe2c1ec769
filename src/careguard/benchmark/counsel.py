"""Escalation on real help-seekers' questions (CounselChat), by topic.

The 815 questions people sent to therapists on counselchat.com are real text about
relationships, anxiety, parenting and depression, written for help and mostly not in
crisis. They carry a topic, not a risk label: a question tagged "domestic-violence" may
well be a crisis. The figure to watch is the share escalated in everyday topics.
"""

from __future__ import annotations

import csv
import sys
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path

from careguard.errors import InputError
from careguard.types import Assessment, RiskLevel

FILE = Path("counsel_chat") / "20200325_counsel_chat.csv"


def load_questions(data_dir: Path) -> list[tuple[str, str]]:
    """One (topic, title and text) per question; the file repeats a question per answer."""
    path = data_dir / FILE
    if not path.is_file():
        raise InputError(f"{path} not found: pass --data pointing at the shared data folder")
    csv.field_size_limit(sys.maxsize)
    seen: dict[str, tuple[str, str]] = {}
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            text = f"{row['questionTitle']}. {row['questionText'] or ''}".strip()
            seen.setdefault(row["questionID"], (row["topic"], text))
    return list(seen.values())


def escalated_by_topic(
    questions: Sequence[tuple[str, str]], assess: Callable[[str], Assessment]
) -> dict[str, list[bool]]:
    """Whether each question is assessed moderate or above, grouped by its topic."""
    out: dict[str, list[bool]] = defaultdict(list)
    for topic, text in questions:
        out[topic].append(assess(text).level >= RiskLevel.MODERATE)
    return dict(out)


def table(by_topic: dict[str, list[bool]], *, min_questions: int = 10) -> str:
    """The share escalated, overall and per topic with ``min_questions`` or more, as Markdown."""
    every = [e for flags in by_topic.values() for e in flags]
    lines = [
        "| topic | questions | escalated |",
        "|---|---|---|",
        f"| **all** | {len(every)} | {sum(every) / len(every):.3f} |",
    ]
    for topic, flags in sorted(by_topic.items(), key=lambda kv: -len(kv[1])):
        if len(flags) >= min_questions:
            lines.append(f"| {topic} | {len(flags)} | {sum(flags) / len(flags):.3f} |")
    return "\n".join(lines)
