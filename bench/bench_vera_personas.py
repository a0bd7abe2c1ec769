"""The engine on VERA-MH's ten personas: their sample prompts, against the clinicians' risk level.

Each persona of ../shared/data/vera_mh/personas.tsv carries a clinician-assigned current
suicide risk (None, Low, High, Imminent) and a few sample prompts. The prompts are read as
the user turns of one conversation. They show only part of what the persona would
disclose, so this is a small sanity check, not a benchmark of quality: it prints the
level per persona and how often "escalated" (moderate or above) agrees with "High or
Imminent".

Run: .venv/bin/python bench/bench_vera_personas.py [--data ../shared/data]
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

from careguard.risk.engine import Engine
from careguard.types import RiskLevel

SEVERE = {"High", "Imminent"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    args = parser.parse_args()
    path = args.data / "vera_mh" / "personas.tsv"
    if not path.is_file():
        sys.exit(f"{path} not found: pass --data pointing at the shared data folder")
    with path.open(encoding="utf-8", newline="") as f:
        personas = list(csv.DictReader(f, delimiter="\t"))
    engine = Engine.load()
    print("| persona | clinicians' risk | careguard level | C-SSRS |")
    print("|---|---|---|---|")
    agree = 0
    for p in personas:
        turns = [t.strip() for t in p["Sample Prompts"].split(";") if t.strip()]
        a = engine.assess([{"role": "user", "content": t} for t in turns])
        gold = p["Current Risk Level"].strip()
        agree += (a.level >= RiskLevel.MODERATE) == (gold in SEVERE)
        print(f"| {p['Name']} | {gold} | {a.level.value} | {a.cssrs} |")
    print(f"\nescalated (moderate or above) agrees with High/Imminent: {agree} of {len(personas)}")


if __name__ == "__main__":
    main()
