"""User-level C-SSRS on the Reddit set of Gaur et al. (2019), cross-validated by user.

Each user's posts are read by the engine; a small user-level model maps the engine's
per-post findings to the five levels (Supportive < Indicator < Ideation < Behavior <
Attempt). The model is trained inside each fold only, so the score is out-of-sample.
Published baselines (Xu et al., Mental-LLM, 2024, Table 4, balanced accuracy) are printed
beside ours.
"""

from __future__ import annotations

import ast
import csv
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from careguard.errors import InputError
from careguard.types import Assessment, Reason

LABELS = ("Supportive", "Indicator", "Ideation", "Behavior", "Attempt")
BASELINES = (
    ("majority class", 0.500, 0.200),
    ("BERT", 0.500, 0.332),
    ("Mental-RoBERTa", 0.853, 0.373),
    ("GPT-4 zero-shot (best prompt)", 0.760, 0.441),
    ("Mental-FLAN-T5 (fine-tuned)", 0.868, 0.481),
)
_QUOTED = re.compile(r"'((?:[^'\\]|\\.)*)'|\"((?:[^\"\\]|\\.)*)\"")
_SELF = frozenset({"i", "me", "my", "myself", "i'm", "im", "i've", "ive", "mine"})
_YOU = frozenset({"you", "your", "yourself", "you're", "youre", "u", "ur"})
_THEY = frozenset({"he", "she", "they", "him", "her", "them", "his", "their"})
_WORD = re.compile(r"[a-z']+")


@dataclass(frozen=True, slots=True)
class User:
    """One annotated user."""

    name: str
    posts: tuple[str, ...]
    label: int


def parse_posts(cell: str) -> tuple[str, ...]:
    """Parse a ``Post`` cell: a Python list literal, sometimes cut short in the source."""
    try:
        value = ast.literal_eval(cell)
        if isinstance(value, list):
            return tuple(str(p) for p in value if str(p).strip())
    except (ValueError, SyntaxError, MemoryError, RecursionError):
        pass
    found = tuple(m.group(1) or m.group(2) or "" for m in _QUOTED.finditer(cell))
    return tuple(p for p in found if p.strip()) or (cell,)


def load_users(data_dir: Path) -> list[User]:
    """Read ``cssrs_reddit/500_Reddit_users_posts_labels.csv`` from the shared data."""
    path = data_dir / "cssrs_reddit" / "500_Reddit_users_posts_labels.csv"
    if not path.is_file():
        raise InputError(f"{path} not found: pass --data pointing at the shared data folder")
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8", newline="") as f:
        return [
            User(row["User"], parse_posts(row["Post"]), LABELS.index(row["Label"]))
            for row in csv.DictReader(f)
        ]


_REASONS = tuple(Reason)


def post_features(a: Assessment) -> npt.NDArray[np.float64]:
    """Count what the engine found in one post: reason counts (self / other), C-SSRS, level."""
    n = len(_REASONS)
    v = np.zeros(2 * n + 9)
    for ev in a.evidence:
        if ev.negated or ev.note:
            continue
        v[_REASONS.index(ev.reason) + (n if ev.subject == "other" else 0)] += 1
    v[2 * n + a.cssrs] = 1
    v[2 * n + 7] = a.level.rank
    v[2 * n + 8] = a.concerned_other
    return v


def voice(posts: Sequence[str]) -> list[float]:
    """Who the user writes about: shares of first, second and third person words."""
    words = [w for p in posts for w in _WORD.findall(p.lower())]
    n = max(1, len(words))
    return [
        sum(w in _SELF for w in words) / n,
        sum(w in _YOU for w in words) / n,
        sum(w in _THEY for w in words) / n,
        float(np.log(n)),
        float(np.log(len(posts) + 1)),
    ]


def user_features(
    users: Sequence[User], assess: Callable[[str], Assessment]
) -> npt.NDArray[np.float64]:
    """One row per user: mean and max of post features, and the user's voice."""
    rows = []
    for u in users:
        per_post = np.stack([post_features(assess(p)) for p in u.posts])
        rows.append(np.concatenate([per_post.mean(0), per_post.max(0), voice(u.posts)]))
    return np.stack(rows)


@dataclass(frozen=True, slots=True)
class Score:
    """Mean and spread of balanced accuracy over seeds."""

    five_level: float
    five_level_sd: float
    binary: float
    binary_sd: float


def cross_validate(
    x: npt.NDArray[np.float64], y: npt.NDArray[np.int64], *, seeds: int = 5, folds: int = 5
) -> Score:
    """Stratified k-fold by user, repeated over seeds; the model is fit inside each fold."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import balanced_accuracy_score
    from sklearn.model_selection import StratifiedKFold, cross_val_predict
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    five, binary = [], []
    for seed in range(seeds):
        model = make_pipeline(
            StandardScaler(),
            LogisticRegression(C=0.01, class_weight="balanced", max_iter=5000),
        )
        cv = StratifiedKFold(folds, shuffle=True, random_state=seed)
        pred = cross_val_predict(model, x, y, cv=cv)
        five.append(balanced_accuracy_score(y, pred))
        binary.append(balanced_accuracy_score(y >= 1, pred >= 1))
    return Score(
        float(np.mean(five)), float(np.std(five)), float(np.mean(binary)), float(np.std(binary))
    )


def table(score: Score) -> str:
    """Our score beside the published baselines, as a Markdown table."""
    lines = [
        "| model | binary (>= Indicator) | 5-level |",
        "|---|---|---|",
        *[f"| {name} | {b:.3f} | {f:.3f} |" for name, b, f in BASELINES],
        f"| **careguard** (5-fold CV by user, 5 seeds) | **{score.binary:.3f}** "
        f"± {score.binary_sd:.3f} | **{score.five_level:.3f}** ± {score.five_level_sd:.3f} |",
    ]
    return "\n".join(lines)


def run(data_dir: Path, *, seeds: int = 5) -> tuple[Score, int, int]:
    """Load the users, read every post with the default engine, cross-validate.

    Returns:
        The score, the number of users and the number of posts.
    """
    from careguard.risk.engine import Engine

    users = load_users(data_dir)
    x = user_features(users, Engine.load(threads=2).assess)
    y = np.array([u.label for u in users])
    return cross_validate(x, y, seeds=seeds), len(users), sum(len(u.posts) for u in users)
