"""User-level C-SSRS on the Reddit set of Gaur et al. (2019), cross-validated by user.

Each user's posts are read by the engine (rules only: the heads add nothing here), by a
few word classes and by a word model (TF-IDF, naive Bayes) stacked underneath; a small
ordinal user-level model maps these to the five levels (Supportive < Indicator <
Ideation < Behavior < Attempt). Everything is fitted inside
each fold only, so the score is out-of-sample.
Published baselines (Xu et al., Mental-LLM, 2024, Table 4, balanced accuracy) are printed
beside ours.
"""

from __future__ import annotations

import ast
import csv
import re
import sys
import warnings
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

# Word classes for the user-level model. This corpus strips apostrophes ("im", "dont"), so
# the patterns accept both spellings. Who the risk talk is about (the writer, or a "you"
# they support) separates the Supportive users from the others more than any topic does.
LEXICON: dict[str, str] = {
    "first_person": r"\b(?:i|me|my|mine|myself|i'm|im|i've|ive|i'd|i'll)\b",
    "second_person": r"\b(?:you|your|yours|yourself|you're|youre|u|ur)\b",
    "third_person": r"\b(?:he|she|him|her|his|hers|they|them|their)\b",
    "we": r"\b(?:we|us|our|ours)\b",
    "suicide": r"\b(?:suicid\w*|kill(?:ing)? myself|end(?:ing)? my life|end(?:ing)? it all|take my (?:own )?life|kms|want(?:ed)? to die|wanna die|wish i (?:was|were) dead|better off dead|don'?t want to (?:live|be alive|exist))\b",
    "death": r"\b(?:die|dying|died|dead|death|grave|funeral|afterlife)\b",
    "self_harm": r"\b(?:cut|cuts|cutting|cutter|scars?|blades?|razors?|self[- ]?harm\w*|burn(?:ed|ing)? myself|relaps\w*|sh)\b",
    "medication": r"\b(?:pills?|overdos\w*|od|mg|doses?|meds|medications?|prescri\w*|sertraline|zoloft|prozac|lexapro|xanax|klonopin|seroquel|lithium|tylenol|acetaminophen|paracetamol|benzos?|ssris?|antidepressants?)\b",
    "attempt": r"\b(?:attempt(?:ed|s)?|tried to (?:kill|end|overdose|hang)|survived|hospitali[sz]ed|psych ward|ward|icu|stomach pumped|woke up in)\b",
    "method": r"\b(?:guns?|rope|hang(?:ing|ed)?|noose|jump(?:ing|ed)?|bridge|train|wrists?|bleach|car exhaust)\b",
    "plan": r"\b(?:plan(?:s|ned|ning)?|note|goodbye|tonight|ready|bought|saving up|stockpil\w*)\b",
    "hopeless": r"\b(?:hopeless\w*|pointless|worthless|no point|no hope|give up|gave up|giving up|nothing matters|never get better|trapped|burden|no way out|can'?t go on|can'?t take it)\b",
    "negative": r"\b(?:depress\w*|anxi\w*|sad|lonely|alone|empty|numb|tired|exhausted|hate myself|miserable|pain|cry(?:ing)?|cried|hurts?)\b",
    "support": r"\b(?:hugs?|reach out|hotline|you deserve|you(?:'| a)re not alone|feel free|pm me|message me|here for you|it gets better|proud of you|stay safe|take care|sorry to hear|hang in there|good luck)\b",
    "family": r"\b(?:mom|mum|dad|mother|father|parents?|brother|sister|family|girlfriend|boyfriend|gf|bf|wife|husband|son|daughter|kids?)\b",
    "clinical": r"\b(?:therap\w*|counsel\w*|psychiatr\w*|diagnos\w*|bpd|bipolar|ptsd|schizo\w*|doctor)\b",
    "past": r"\b(?:was|were|had|did|went|tried|used to)\b",
    "question": r"\?",
    "advice": r"\b(?:should|try|maybe|recommend|suggest|consider|helps?|helped)\b",
}
_LEX = [re.compile(p) for p in LEXICON.values()]
_NAMES = list(LEXICON)
_RISK = [
    _NAMES.index(k)
    for k in ("suicide", "self_harm", "medication", "attempt", "method", "plan", "hopeless")
]
_RISK_SETS = (
    [
        _NAMES.index(k)
        for k in ("suicide", "death", "self_harm", "attempt", "method", "medication", "hopeless")
    ],
    [_NAMES.index(k) for k in ("suicide", "self_harm", "attempt")],
)


def post_features(a: Assessment) -> npt.NDArray[np.float64]:
    """Count what the engine found in one post: reasons (self / other), C-SSRS, level."""
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
    """Return who the user writes about: shares of first, second and third person words."""
    words = [w for p in posts for w in _WORD.findall(p.lower())]
    n = max(1, len(words))
    return [
        sum(w in _SELF for w in words) / n,
        sum(w in _YOU for w in words) / n,
        sum(w in _THEY for w in words) / n,
        float(np.log(n)),
        float(np.log(len(posts) + 1)),
    ]


def _lexicon_features(
    posts: Sequence[str],
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.bool_]]:
    words = np.array([max(1, len(p.split())) for p in posts], dtype=float)
    counts = np.array([[len(r.findall(p.lower())) for r in _LEX] for p in posts], dtype=float)
    me = counts[:, 0] / words
    you = counts[:, 1] / words
    self_post = (me > you) & (me > 0.02)
    ratio = np.log((me + 0.01) / (you + 0.01))
    parts = [
        np.log1p(1000 * counts.sum(0) / words.sum()),
        (counts > 0).mean(0),
        ((counts[:, _RISK] > 0) & self_post[:, None]).mean(0),
        [
            self_post.mean(),
            ((you > me) & (you > 0.02)).mean(),
            ratio.mean(),
            float(np.median(ratio)),
        ],
        [np.log(len(posts)), np.log(words.sum()), np.log(np.median(words))],
    ]
    for cols in _RISK_SETS:
        m = (counts[:, cols] > 0).any(axis=1)
        if m.any():
            r = ratio[m]
            parts.append(
                [m.mean(), np.log1p(m.sum()), r.mean(), r.max(), (r > 0).mean(), (r < 0).mean(),
                 (me[m] > you[m]).sum() / len(posts)]
            )  # fmt: skip
        else:
            parts.append([0.0] * 7)
    return np.concatenate([np.asarray(p, dtype=float) for p in parts]), self_post


def user_vector(
    posts: Sequence[str], assess: Callable[[str], Assessment]
) -> npt.NDArray[np.float64]:
    """One user's features: word classes, self-focus of risk posts, the engine's findings."""
    lex, self_post = _lexicon_features(posts)
    per_post = np.stack([post_features(assess(p)) for p in posts])
    n = len(_REASONS)
    present = (per_post[:, : 2 * n] > 0).astype(float)
    steps = per_post[:, 2 * n : 2 * n + 7]
    step = steps.argmax(axis=1)
    level = per_post[:, 2 * n + 7]
    mine = self_post if self_post.any() else np.ones(len(posts), dtype=bool)
    rules = np.concatenate(
        [
            present.mean(0), present.max(0), steps.mean(0),
            [step.max(), step.mean(), level.max(), level.mean(), per_post[:, 2 * n + 8].mean()],
            [step[mine].max(), step[mine].mean(), (step[mine] > 0).mean()],
        ]
    )  # fmt: skip
    return np.concatenate([lex, rules])


def user_features(
    users: Sequence[User], assess: Callable[[str], Assessment]
) -> npt.NDArray[np.float64]:
    """One row per user (see :func:`user_vector`)."""
    return np.stack([user_vector(u.posts, assess) for u in users])


@dataclass(frozen=True, slots=True)
class Score:
    """Mean and spread of balanced accuracy over seeds."""

    five_level: float
    five_level_sd: float
    binary: float
    binary_sd: float
    seeds: int = 5
    folds: int = 5


CS = (0.002, 0.005, 0.01, 0.02, 0.05, 0.2, 1.0)
"""Regularisation strengths; one is chosen by inner cross-validation on the training fold."""

TEXT_ALPHA = 0.3
"""Smoothing of the word model (TF-IDF, complement naive Bayes) stacked under the user model."""


def _text_scores(
    train: Sequence[str], y_train: npt.NDArray[np.int64], test: Sequence[str], inner: object
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]:
    """Log-probabilities of each level from the users' words, out of fold on ``train``.

    The words are fitted on the training fold only; its own rows get scores from inner folds,
    so the user model never sees a word score fitted on the row it is scoring.
    """
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.model_selection import cross_val_predict
    from sklearn.naive_bayes import ComplementNB

    vectorizer = TfidfVectorizer(
        min_df=3, ngram_range=(1, 2), sublinear_tf=True, max_features=20_000
    )
    words_train = vectorizer.fit_transform(train)
    model = ComplementNB(alpha=TEXT_ALPHA)
    oof = cross_val_predict(model, words_train, y_train, cv=inner, method="predict_proba")
    model.fit(words_train, y_train)
    scores = model.predict_proba(vectorizer.transform(test))
    return np.log(oof + 1e-3), np.log(scores + 1e-3)


def _fit_predict(
    x_train: npt.NDArray[np.float64],
    y_train: npt.NDArray[np.int64],
    x_test: npt.NDArray[np.float64],
    text_train: Sequence[str],
    text_test: Sequence[str],
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.bool_]]:
    """Fit on one training fold; predict 5 levels and the binary (>= Indicator) call.

    The levels are ordered, so the model is ordinal: one balanced logistic model per cut
    (at least Indicator, at least Ideation, ...), each with its own inner choice of
    regularisation; a user's level is the number of cuts they pass. The binary call is the
    first cut. All of them read the same features plus the stacked word scores.
    """
    from sklearn.linear_model import LogisticRegressionCV
    from sklearn.model_selection import StratifiedKFold
    from sklearn.preprocessing import StandardScaler

    inner = StratifiedKFold(5, shuffle=True, random_state=11)
    words_train, words_test = _text_scores(text_train, y_train, text_test, inner)
    x_train = np.hstack([x_train, words_train])
    x_test = np.hstack([x_test, words_test])
    keep = x_train.std(axis=0) > 1e-12
    scaler = StandardScaler().fit(x_train[:, keep])
    z_train, z_test = scaler.transform(x_train[:, keep]), scaler.transform(x_test[:, keep])
    passes = np.stack(
        [
            LogisticRegressionCV(
                Cs=list(CS),
                cv=inner,
                class_weight="balanced",
                scoring="balanced_accuracy",
                max_iter=5000,
            )
            .fit(z_train, y_train >= cut)
            .predict(z_test)
            .astype(bool)
            for cut in range(1, len(LABELS))
        ]
    )
    return passes.sum(axis=0), passes[0]


def user_text(user: User) -> str:
    """All of a user's posts as one lower-cased text, for the word model."""
    return "\n".join(user.posts).lower()


def cross_validate(
    x: npt.NDArray[np.float64],
    y: npt.NDArray[np.int64],
    texts: Sequence[str],
    *,
    seeds: int = 5,
    folds: int = 5,
) -> Score:
    """Stratified k-fold by user, repeated over seeds; every choice is made inside a fold."""
    with warnings.catch_warnings():
        # scikit-learn announces API changes to LogisticRegressionCV; they do not affect us.
        warnings.simplefilter("ignore", FutureWarning)
        runs = np.array([_one_seed(x, y, texts, seed, folds) for seed in range(seeds)])
    five, binary = runs[:, 0], runs[:, 1]
    return Score(
        float(five.mean()),
        float(five.std()),
        float(binary.mean()),
        float(binary.std()),
        seeds,
        folds,
    )


def _one_seed(
    x: npt.NDArray[np.float64],
    y: npt.NDArray[np.int64],
    texts: Sequence[str],
    seed: int,
    folds: int,
) -> tuple[float, float]:
    from sklearn.metrics import balanced_accuracy_score
    from sklearn.model_selection import StratifiedKFold

    levels = np.zeros(len(y), dtype=int)
    calls = np.zeros(len(y), dtype=bool)
    for train, test in StratifiedKFold(folds, shuffle=True, random_state=seed).split(x, y):
        levels[test], calls[test] = _fit_predict(
            x[train], y[train], x[test], [texts[i] for i in train], [texts[i] for i in test]
        )
    return balanced_accuracy_score(y, levels), balanced_accuracy_score(y >= 1, calls)


def table(score: Score) -> str:
    """Our score beside the published baselines, as a Markdown table."""
    lines = [
        "| model | binary (>= Indicator) | 5-level |",
        "|---|---|---|",
        *[f"| {name} | {b:.3f} | {f:.3f} |" for name, b, f in BASELINES],
        f"| **careguard** ({score.folds}-fold CV by user, {score.seeds} seed{'s' if score.seeds != 1 else ''}) "
        f"| **{score.binary:.3f}** "
        f"± {score.binary_sd:.3f} | **{score.five_level:.3f}** ± {score.five_level_sd:.3f} |",
    ]
    return "\n".join(lines)


@dataclass(frozen=True, slots=True)
class ZeroShot:
    """The engine as shipped, never trained on these posts: each user is their worst post.

    A user is escalated when any post is assessed moderate or above. The five levels are
    read off the worst post: C-SSRS 6 is Behavior (the engine does not tell an attempt from
    preparation at user level), 1-5 Ideation, otherwise level low or above Indicator.
    """

    users: int
    ideation_recall: float
    """Share of Ideation, Behavior and Attempt users with a post escalated."""
    calm_escalated: float
    """Share of Supportive and Indicator users with a post escalated."""
    supportive_escalated: float
    binary: float
    """Balanced accuracy of escalation as the call Ideation or above."""
    five_level: float
    posts_escalated: tuple[float, ...]
    """Share of posts assessed moderate or above, for the users of each label."""


def zero_shot(users: Sequence[User], assess: Callable[[str], Assessment]) -> ZeroShot:
    """Score the engine on whole users without fitting anything to them."""
    from sklearn.metrics import balanced_accuracy_score

    y = np.array([u.label for u in users])
    worst = [[assess(p) for p in u.posts] for u in users]
    level = np.array([max(a.level.rank for a in aa) for aa in worst])
    cssrs = np.array([max(a.cssrs for a in aa) for aa in worst])
    escalated = level >= 2
    risk, calm = y >= 2, y < 2
    five = np.where(cssrs >= 6, 3, np.where(cssrs >= 1, 2, np.where(level >= 1, 1, 0)))
    return ZeroShot(
        users=len(users),
        ideation_recall=float(escalated[risk].mean()),
        calm_escalated=float(escalated[calm].mean()),
        supportive_escalated=float(escalated[y == 0].mean()),
        binary=float(balanced_accuracy_score(risk, escalated)),
        five_level=float(balanced_accuracy_score(y, five)),
        posts_escalated=tuple(
            float(
                np.mean([a.level.rank >= 2 for k in np.flatnonzero(y == label) for a in worst[k]])
            )
            for label in range(len(LABELS))
        ),
    )


def zero_shot_table(z: ZeroShot) -> str:
    """The zero-shot figures as a Markdown table."""
    return "\n".join(
        [
            "| users | Ideation+ escalated | Supportive/Indicator escalated | Supportive escalated "
            "| binary (>= Ideation) | 5-level |",
            "|---|---|---|---|---|---|",
            f"| {z.users} | {z.ideation_recall:.3f} | {z.calm_escalated:.3f} "
            f"| {z.supportive_escalated:.3f} | {z.binary:.3f} | {z.five_level:.3f} |",
            "",
            "| posts escalated, by the user's label | " + " | ".join(LABELS) + " |",
            "|---|" + "---|" * len(LABELS),
            "| share | " + " | ".join(f"{p:.3f}" for p in z.posts_escalated) + " |",
        ]
    )


def run(users: Sequence[User], *, seeds: int = 5) -> Score:
    """Read every post of ``users`` with the rules, cross-validate the user-level model."""
    from careguard.risk.engine import Engine

    x = user_features(users, Engine(rules=None).assess)
    y = np.array([u.label for u in users])
    return cross_validate(x, y, [user_text(u) for u in users], seeds=seeds)
