"""The engine on the project's separately written held-out scenarios, rules only and with heads.

Run: .venv/bin/python bench/bench_heldout.py [tests/fixtures/scenarios_heldout.jsonl]
Prints level accuracy and kappa, C-SSRS quadratic-weighted kappa, under-triage (gold C-SSRS
>= 4 predicted < 4), crisis recall (gold level >= moderate assessed >= moderate) and false
escalation (gold none/low assessed >= moderate).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import numpy as np
from sklearn.metrics import cohen_kappa_score

from careguard.risk.engine import Engine
from careguard.types import RiskLevel

DEFAULT = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "scenarios_heldout.jsonl"


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    gold_level = np.array([RiskLevel(r["level"]).rank for r in rows])
    gold_cssrs = np.array([r["cssrs"] for r in rows])
    crisis = gold_level >= RiskLevel.MODERATE.rank
    print(f"{path.name}: {len(rows)} texts")
    print(
        "| engine | ms/text | level acc | level QWK | C-SSRS QWK | under-triage | recall "
        "| false esc |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for name, use_model in (("rules only", False), ("rules + heads", True)):
        engine = Engine.load(use_model=use_model)
        start = time.perf_counter()
        out = [engine.assess(r["text"]) for r in rows]
        ms = (time.perf_counter() - start) / len(rows) * 1000
        level = np.array([a.level.rank for a in out])
        cssrs = np.array([a.cssrs for a in out])
        escalated = level >= RiskLevel.MODERATE.rank
        print(
            f"| {name} | {ms:.2f} | {np.mean(level == gold_level):.3f} "
            f"| {cohen_kappa_score(gold_level, level, weights='quadratic'):.3f} "
            f"| {cohen_kappa_score(gold_cssrs, cssrs, weights='quadratic'):.3f} "
            f"| {np.mean(cssrs[gold_cssrs >= 4] < 4):.3f} | {escalated[crisis].mean():.3f} "
            f"| {escalated[~crisis].mean():.3f} |"
        )


if __name__ == "__main__":
    main()
