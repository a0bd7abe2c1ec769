"""Triage metrics over a labelled JSONL set (text, cssrs, level, ...), for tests and reports.

Run as a script to print the metrics of the rule engine on a file::

    .venv/bin/python -m tests.risk._metrics tests/fixtures/scenarios_heldout.jsonl
    .venv/bin/python -m tests.risk._metrics src/careguard/risk/data/examples_train.jsonl -v
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from careguard.risk.engine import Engine
from careguard.types import Assessment, RiskLevel

LEVELS = [lv.value for lv in RiskLevel]


@dataclass(frozen=True)
class Metrics:
    n: int
    level_accuracy: float
    cssrs_qwk: float
    under_triage: float
    under_triage_n: int
    recall_moderate: float
    false_escalation: float

    def line(self) -> str:
        return (
            f"n={self.n} level_acc={self.level_accuracy:.3f} cssrs_qwk={self.cssrs_qwk:.3f} "
            f"under_triage={self.under_triage:.3f} (of {self.under_triage_n} gold>=4) "
            f"recall>=moderate={self.recall_moderate:.3f} "
            f"false_escalation={self.false_escalation:.3f}"
        )


def load(path: str | Path) -> list[dict[str, object]]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def quadratic_kappa(gold: Sequence[int], pred: Sequence[int], k: int = 7) -> float:
    n = len(gold)
    if n == 0:
        return 0.0
    obs = [[0.0] * k for _ in range(k)]
    for g, p in zip(gold, pred, strict=True):
        obs[g][p] += 1
    gh = Counter(gold)
    ph = Counter(pred)
    num = den = 0.0
    for i in range(k):
        for j in range(k):
            w = (i - j) ** 2 / (k - 1) ** 2
            num += w * obs[i][j]
            den += w * gh[i] * ph[j] / n
    return 1.0 - num / den if den else 1.0


def metrics(rows: Sequence[dict[str, object]], preds: Sequence[Assessment]) -> Metrics:
    gl = [LEVELS.index(str(r["level"])) for r in rows]
    pl = [a.level.rank for a in preds]
    gc = [int(str(r["cssrs"])) for r in rows]
    pc = [a.cssrs for a in preds]
    high = [i for i, g in enumerate(gc) if g >= 4]
    pos = [i for i, g in enumerate(gl) if g >= 2]
    neg = [i for i, g in enumerate(gl) if g <= 1]
    return Metrics(
        n=len(rows),
        level_accuracy=sum(g == p for g, p in zip(gl, pl, strict=True)) / len(rows),
        cssrs_qwk=quadratic_kappa(gc, pc),
        under_triage=sum(pc[i] < 4 for i in high) / max(1, len(high)),
        under_triage_n=len(high),
        recall_moderate=sum(pl[i] >= 2 for i in pos) / max(1, len(pos)),
        false_escalation=sum(pl[i] >= 2 for i in neg) / max(1, len(neg)),
    )


def evaluate(rows: Iterable[dict[str, object]], engine: Engine | None = None) -> Metrics:
    engine = engine or Engine()
    rows = list(rows)
    return metrics(rows, [engine.assess(str(r["text"])) for r in rows])


def _main(argv: list[str]) -> None:
    verbose = "-v" in argv
    paths = [a for a in argv if not a.startswith("-")]
    engine = Engine()
    for path in paths:
        rows = load(path)
        preds = [engine.assess(str(r["text"])) for r in rows]
        print(path, metrics(rows, preds).line())
        if verbose:
            for r, a in zip(rows, preds, strict=True):
                if r["level"] != a.level.value or r["cssrs"] != a.cssrs:
                    print(
                        f"  [{r['kind']}] gold {r['level']}/{r['cssrs']} "
                        f"pred {a.level.value}/{a.cssrs} "
                        f"{[(e.reason.value, e.text) for e in a.evidence][:6]} :: {r['text']!r}"
                    )


if __name__ == "__main__":
    _main(sys.argv[1:])
