"""Learned heads: calibrated classifiers over sentence embeddings.

The heads share one hidden layer, ``h = relu(x @ W + B)`` over the encoder's
384-dimensional embedding (a small multi-label perceptron); each head is then
``p = sigmoid(a * (h @ w + b) + c)`` with Platt calibration fitted on out-of-fold
predictions. Without a hidden layer a head is a logistic regression on ``x`` itself. The
weights ship with the package (``models/heads.npz``, see ``models/MODEL_CARD.md``) and
``careguard train`` reproduces them.

Heads only ever raise what the rules say (a safety bias): they add recall for phrasings
no rule knows, and each raise is shown as evidence with the head's name and score.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Final

import numpy as np
import numpy.typing as npt

from careguard.errors import ModelError
from careguard.risk.conversation import Window
from careguard.risk.detect import NOT_THE_WRITERS, counts
from careguard.risk.scoring import RuleVerdict, active_thoughts, soon_in_own_words
from careguard.types import Category, Evidence, Reason, RiskLevel

HEADS_FILE: Final = "heads.npz"
ESCALATE: Final = "escalate"
"""The head that estimates P(a crisis line would act: level moderate or above)."""

Array = npt.NDArray[np.float32]
_Top = dict[str, tuple[int, float]]


@dataclass(frozen=True, slots=True)
class LinearHead:
    """One calibrated logistic output over the shared features (see :meth:`Heads.predict`)."""

    name: str
    weights: Array
    bias: float
    scale: float
    shift: float
    threshold: float


SEVERE: Final = "severe"
"""The head that estimates P(level high or above)."""
CONCERNED: Final = "concerned_other"
"""The head that estimates P(the writer tells of someone else's crisis: level moderate or above).

The category and C-SSRS heads learn the writer's own risk and are silent on someone
else's, so without it only the escalation head, at its strict raise threshold, could hear
a parent or a friend telling of a crisis the rules' words missed.
"""
CSSRS_STEPS: Final = range(1, 7)
# A C-SSRS step raised by a head brings the level up to the band the screener gives it
# (a head that hears intent does not leave the verdict at "none").
_CSSRS_FLOOR: Final = {
    1: RiskLevel.LOW,
    2: RiskLevel.MODERATE,
    3: RiskLevel.MODERATE,
    4: RiskLevel.HIGH,
    5: RiskLevel.HIGH,
    6: RiskLevel.MODERATE,
}


STEP_MEDIAN: Final = 0.5
"""Once active thoughts are heard, a step's head counts at its calibrated median."""

AGREEING_ESCALATION: Final = 0.75
"""With this escalation-head probability or more, two heads that lean to active thoughts count.

Each raise threshold is set on everyday text, so an indirect crisis ("thinking about using
dads rifle. its in the garage") can leave every head just under its own. When the
suicidal-ideation head and the step-2 head both say "more likely than not" and the
escalation head is well above even, active thoughts are heard (as when the step-2 head
fires). Chosen on the read held-out sets, 2026-12-07: 9 C-SSRS steps there came closer to
gold and 3 went further, with no more escalations of everyday chat or GoEmotions dev; 0.65
and 0.85 gave about the same. On the unread sets, 5 came closer and 2 went further.
"""

CATEGORY_FLOOR: Final = 0.25
"""A category head raises only at this calibrated probability or more.

Each head's threshold is chosen for recall within the shared everyday budget, so a head
that almost never fires on everyday text (panic) can get a threshold near zero, where one
stray point of probability would bring a tweet about a panic attack long past to a human.
"""

HEAD_FLOORS: Final = {"abuse": 0.5, CONCERNED: 0.65}
"""Heads that need more than their raise threshold (and :data:`CATEGORY_FLOOR`) to raise alone.

The abuse head hears any quarrel with a partner or parent: on the 815 real help-seekers'
questions of CounselChat, 17 questions about cheating, neglect or a row, none a crisis,
were escalated by it alone between 0.25 and 0.5 (``bench/bench_counsel.py``).
The concerned-other head hears a parent's or partner's everyday worry as well as a crisis:
at its raise threshold (0.24) it escalated 28 more CounselChat questions (a toddler's
tantrums, a friend who may be depressed); at 0.65, 7 more, for most of its recall on the
written held-out sets (BENCHMARKS.md, ninth session).
"""

_CATEGORY_HEADS: Final = frozenset(c.value for c in Category)

_ALONE: Final = RiskLevel.MODERATE
"""The highest level a head may raise to without corroboration."""

IMMINENT_STEP: Final = 5
"""A C-SSRS step the model reads that, with a time within a day, is imminent (plan or act)."""


def cssrs_head(step: int) -> str:
    """Name of the cumulative head that estimates P(C-SSRS step >= ``step``)."""
    return f"cssrs_ge{step}"


# The heads that tell steps apart once active thoughts are heard: method and beyond.
_STEP_HEADS: Final = frozenset(cssrs_head(step) for step in range(3, 7))


class Heads:
    """The shipped heads.

    One per category, ``escalate`` (level >= moderate), ``severe`` (level >= high) and
    cumulative C-SSRS heads ``cssrs_ge1`` … ``cssrs_ge6`` (P(step >= k)). Every head is a
    calibrated binary classifier with its own raise threshold, so each raise can be
    explained by one head and one score.
    """

    def __init__(
        self,
        heads: Sequence[LinearHead],
        *,
        meta: dict[str, object],
        hidden: tuple[Array, Array] | None = None,
    ) -> None:
        # Subnormal weights are flushed here, for heads trained or loaded alike.
        heads = [dataclasses.replace(h, weights=_flush(h.weights)) for h in heads]
        self.heads = {h.name: h for h in heads}
        self.meta = meta
        #: The shared hidden layer (weights (384, k), bias (k,)), or None for linear heads.
        self.hidden = None if hidden is None else (_flush(hidden[0]), _flush(hidden[1]))
        # One matrix product for every binary head: the per-head loop cost more than the maths.
        self._names = list(self.heads)
        if heads:
            self._w = np.stack([h.weights for h in heads], axis=1)
            self._b = np.array([h.bias for h in heads], dtype=np.float32)
            self._a = np.array([h.scale for h in heads], dtype=np.float32)
            self._c = np.array([h.shift for h in heads], dtype=np.float32)

    @classmethod
    def load(cls, path: Path | None = None) -> Heads:
        """Load heads from ``path`` (default: the file shipped in the package).

        Raises:
            ModelError: If the file is missing or malformed.
        """
        try:
            if path is None:
                ref = resources.files("careguard.risk") / "models" / HEADS_FILE
                with resources.as_file(ref) as p:
                    return cls._read(p)
            return cls._read(path)
        except (OSError, KeyError, ValueError) as exc:
            raise ModelError(
                f"cannot load the risk heads ({exc}); reinstall careguard or run "
                "`careguard train` to rebuild them"
            ) from exc

    @classmethod
    def _read(cls, path: Path) -> Heads:
        with np.load(path, allow_pickle=False) as data:
            meta = json.loads(str(data["meta"]))
            heads = [
                LinearHead(
                    name=name,
                    weights=data[f"{name}.w"].astype(np.float32),
                    bias=float(data[f"{name}.b"]),
                    scale=float(data[f"{name}.a"]),
                    shift=float(data[f"{name}.c"]),
                    threshold=float(data[f"{name}.t"]),
                )
                for name in meta["heads"]
            ]
            hidden = None
            if "hidden.W" in data:
                hidden = (data["hidden.W"].astype(np.float32), data["hidden.B"].astype(np.float32))
        return cls(heads, meta=meta, hidden=hidden)

    def save(self, path: Path) -> None:
        """Write the heads to ``path`` (an ``.npz`` file)."""
        arrays: dict[str, npt.NDArray[np.generic]] = {
            "meta": np.array(json.dumps({**self.meta, "heads": list(self.heads)}))
        }
        if self.hidden is not None:
            arrays["hidden.W"], arrays["hidden.B"] = self.hidden
        for name, h in self.heads.items():
            arrays[f"{name}.w"] = h.weights
            arrays[f"{name}.b"] = np.array(h.bias)
            arrays[f"{name}.a"] = np.array(h.scale)
            arrays[f"{name}.c"] = np.array(h.shift)
            arrays[f"{name}.t"] = np.array(h.threshold)
        np.savez_compressed(path, **arrays)  # type: ignore[arg-type]

    def predict(self, x: Array) -> dict[str, Array]:
        """Every head's probabilities for embeddings ``x``."""
        if not self._names:
            return {}
        p = self._matrix(x)
        return {name: p[:, i] for i, name in enumerate(self._names)}

    def _matrix(self, x: Array) -> Array:
        """Probabilities of shape (windows, heads), heads in ``self._names`` order."""
        z = self._a * (self.features(x) @ self._w + self._b) + self._c
        return _sigmoid(z)

    def _top(self, x: Array) -> _Top:
        """For every head, the window where it is most confident and that probability."""
        if not self._names:
            return {}
        p = self._matrix(x)
        rows = p.argmax(axis=0)
        scores = p[rows, np.arange(p.shape[1])]
        return dict(zip(self._names, zip(rows.tolist(), scores.tolist(), strict=True), strict=True))

    def features(self, x: Array) -> Array:
        """The shared features the heads read: the hidden layer's output, or ``x``."""
        if self.hidden is None:
            return x
        weights, bias = self.hidden
        out: Array = np.maximum(x @ weights + bias, 0.0)
        return out

    def apply(
        self,
        embeddings: Array,
        windows: Sequence[Window],
        rv: RuleVerdict,
        evidence: list[Evidence],
    ) -> None:
        """Merge the heads' view of ``windows`` into the rules' verdict, raising only.

        ``windows`` are those of the turns the heads read: the caller leaves out the
        :func:`quiet_turns` of ``evidence`` (the engine does, before it embeds anything).
        """
        if not windows:
            return
        top = self._top(embeddings)
        for cat in Category:
            if cat.value in top:
                rv.categories[cat] = max(rv.categories.get(cat, 0.0), top[cat.value][1])
        # A head alone may bring a message to a human (moderate). Going further (high, or
        # C-SSRS intent and beyond) needs corroboration: the escalation head agrees, or
        # the rules had already found a crisis.
        corroborated = rv.level >= RiskLevel.MODERATE or self._fired(ESCALATE, top) is not None
        self._raise_cssrs(top, windows, rv, evidence, corroborated=corroborated)
        # The suicidal-ideation head hears any thought of death, a passive wish included.
        # Unless the rules or the C-SSRS heads read active thoughts (step 2 or more), it
        # names the category (low); whether to escalate is the escalation head's call.
        si_level = _ALONE if active_thoughts(evidence) else RiskLevel.LOW
        raises: list[tuple[str, Category | None, RiskLevel, str]] = [
            (c.value, c, si_level if c is Category.SUICIDAL_IDEATION else _ALONE, f"{c.value} head")
            for c in Category
        ]
        # Someone else's crisis first: the writer's category heads are not meant to hear it.
        raises.insert(0, (CONCERNED, None, _ALONE, "concerned-other head"))
        raises.append((ESCALATE, None, _ALONE, "escalation head"))
        if corroborated:
            raises.append((SEVERE, None, RiskLevel.HIGH, "severity head"))
        # "i haven't self harmed in 2 years": the rules read the denial, a category head
        # cannot; where the writer only ever denies a category, its head raises nothing.
        denied = {e.category for e in evidence if e.negated and e.subject == "self"} - {
            e.category for e in evidence if counts(e)
        }
        for name, category, level, label in raises:
            if category is not None and category in denied:
                continue
            fired = self._fired(name, top)
            if fired is not None and rv.level < level:
                row, score = fired
                rv.raise_level(level, f"model: {label} {score:.2f}")
                evidence.append(_model_evidence(windows[row], category, name, score))
                if name == CONCERNED:
                    rv.concerned_other = True
        si = self._fired(Category.SUICIDAL_IDEATION.value, top)
        if si is not None and rv.cssrs == 0 and not rv.concerned_other:
            # The head hears the writer's own thoughts of death: at least a wish to be
            # dead (C-SSRS 1), as in the training labels, where the writer's suicidal
            # ideation comes with a step of 1 or more.
            rv.cssrs = 1
            rv.rationale.append(f"model: suicidal-ideation head {si[1]:.2f} is at least C-SSRS 1")

    def _fired(self, name: str, top: _Top, *, refine: bool = False) -> tuple[int, float] | None:
        """The window where head ``name`` is most confident, if it reaches its threshold.

        ``refine``: active suicidal thoughts are already heard, so a C-SSRS head of step 3
        or more counts at its calibrated median (:data:`STEP_MEDIAN`) if that is lower.
        """
        head = self.heads.get(name)
        if head is None:
            return None
        row, score = top[name]
        threshold = head.threshold
        if name in _CATEGORY_HEADS:
            threshold = max(threshold, CATEGORY_FLOOR)
        threshold = max(threshold, HEAD_FLOORS.get(name, 0.0))
        if refine and name in _STEP_HEADS:
            threshold = min(threshold, STEP_MEDIAN)
        return (row, score) if score >= threshold else None

    def _agreement(self, top: _Top) -> str | None:
        """Why the heads hear active thoughts together (see :data:`AGREEING_ESCALATION`)."""
        leaning = (
            (Category.SUICIDAL_IDEATION.value, STEP_MEDIAN),
            (cssrs_head(2), STEP_MEDIAN),
            (ESCALATE, AGREEING_ESCALATION),
        )
        if not all(name in top and top[name][1] >= floor for name, floor in leaning):
            return None
        scores = ", ".join(f"{name} {top[name][1]:.2f}" for name, _ in leaning)
        return f"heads agree on active thoughts ({scores})"

    def _raise_cssrs(
        self,
        top: _Top,
        windows: Sequence[Window],
        rv: RuleVerdict,
        evidence: list[Evidence],
        *,
        corroborated: bool,
    ) -> None:
        """Raise the C-SSRS step to the highest step whose cumulative head fires.

        Once the rules or the heads have heard active suicidal thoughts (step 2: the step-2
        head fires, or three heads agree, see :data:`AGREEING_ESCALATION`), the question
        is no longer "is this suicidal at all?", for which the raise thresholds are set on
        everyday text, but "how far along is it?": a step's head then counts when it says
        the step is more likely than not. A passive wish alone (step 1) keeps the raise
        thresholds, so it is not read up into a method or intent.
        """
        if rv.concerned_other and rv.cssrs == 0:
            # The rules found someone else's risk and none of the writer's own. A head cannot
            # tell whose words it reads, so it does not give the writer a step of theirs.
            return
        heard = rv.cssrs >= 2 or (
            not rv.concerned_other and self._fired(cssrs_head(2), top) is not None
        )
        agreed = None if heard or rv.concerned_other else self._agreement(top)
        known = heard or agreed is not None
        for step in reversed(CSSRS_STEPS):
            if step <= rv.cssrs:
                continue
            fired = self._fired(cssrs_head(step), top, refine=known)
            if fired is None:
                continue
            row, score = fired
            rv.cssrs = step
            because = f", once {agreed}" if agreed else ""
            rv.rationale.append(f"model: C-SSRS head says step >= {step} ({score:.2f}){because}")
            floor = _CSSRS_FLOOR[step] if corroborated else min(_CSSRS_FLOOR[step], _ALONE)
            rv.raise_level(floor, f"C-SSRS step {step} (model)")
            if step >= IMMINENT_STEP and corroborated and soon_in_own_words(evidence):
                # A plan with intent, or behaviour, read by the model, and a time within a
                # day in the writer's words: the crisis-line definition of imminent.
                why = f"C-SSRS step {step} (model) and a time within a day"
                rv.raise_level(RiskLevel.IMMINENT, why)
            si = Category.SUICIDAL_IDEATION
            rv.categories[si] = max(rv.categories.get(si, 0.0), score)
            evidence.append(_model_evidence(windows[row], si, cssrs_head(step), score))
            return


def _flush(a: Array) -> Array:
    """``a`` with subnormal values set to zero.

    Weight decay leaves some weights below float32's smallest normal number; the CPU
    handles those in microcode, which made the hidden layer's product 20x slower
    (237 µs instead of 11 µs for one window).
    """
    tiny = np.finfo(np.float32).tiny
    out: Array = np.where(np.abs(a) < tiny, np.float32(0), a).astype(np.float32)
    return out


def _sigmoid(z: Array) -> Array:
    """The logistic function without overflow for large ``|z|``."""
    out: Array = (0.5 * (1.0 + np.tanh(0.5 * z))).astype(np.float32)
    return out


# A reply to someone else: "you", or advice in the imperative ("please go to the hospital").
_ME = re.compile(r"\b(?:i|me|my|myself|mine|im|ive|id|ill)\b")
_YOU = re.compile(r"\b(?:you|your|yours|yourself|u|ur)\b")
_ADVICE = re.compile(
    r"(?:^|[.!?]\s+)(?:please |pls |just |maybe )?(?:go|try|call|talk|see|get|stay|keep|seek"
    r"|contact|reach out|remember|consider|find|tell|ask|take care|eat|hang in)\b"
)


# What a supporter says of themselves only to reach the reader ("i hope you ...", "trust
# me", "pm me"). "i am sorry" and "i love you" are not among them: they close farewells.
_SUPPORT_I = re.compile(
    r"\b(?:i (?:really |truly |just |do )?hope (?:you|that you|things|it|this|so)"
    r"|i know (?:how|what|that) you|i (?:can )?understand"
    r"|i think (?:you|that you|it would|it might|maybe)"
    r"|i would (?:suggest|recommend|advise|say)|if i were you|let me know|(?:pm|dm|message"
    r"|text) me|trust me|believe me|i promise (?:you|it)|i am here (?:for you|if you)|i feel"
    r" for you|i am glad (?:you|that you))\b"
)


def to_the_reader(text: str) -> bool:
    """Whether a normalised text speaks only to its reader: no "i" of its own, and "you" or advice.

    A supporter's reply ("go see a professional", "why does he hate you?", "i hope you
    called someone") sits near the risk it answers; the writer of it says nothing of
    themselves beyond the words that reach out.
    """
    return _ME.search(_SUPPORT_I.sub(" ", text)) is None and (
        _YOU.search(text) is not None or _ADVICE.search(text) is not None
    )


def quiet_turns(evidence: Sequence[Evidence], to_reader: Iterable[int] = ()) -> set[int]:
    """Turns the heads leave alone: no risk of the writer's own, and words spoken for.

    The rules found no risk of the writer's own there, and either the writer says they are
    safe, the risk words are about the reader or a topic, or the turn speaks only to its
    reader (``to_reader``, see :func:`to_the_reader`) and the rules found no word of the
    writer's own there.

    "I would never hurt myself, I just need to vent" or a supporter's "if you are having
    suicidal thoughts, please reach out": the embedding sits near risk, but the rules have
    read whose risk the words are; a head must not overrule them.
    """
    spoken_for = {
        e.turn
        for e in evidence
        if e.reason is Reason.PROTECTIVE_FACTOR or e.note in NOT_THE_WRITERS
    }
    # A reply to the reader that still says something of the writer's own, even a word that
    # waits for context ("its happening at midnight"), is not only a reply.
    own_words = {e.turn for e in evidence if e.subject == "self" and not e.negated}
    spoken_for |= set(to_reader) - own_words
    at_risk = {
        e.turn
        for e in evidence
        if e.category is not None
        and e.reason is not Reason.PAST_ATTEMPT  # history the writer tells, not today's risk
        and counts(e)
    }
    return spoken_for - at_risk


def _model_evidence(window: Window, category: Category | None, head: str, score: float) -> Evidence:
    return Evidence(
        turn=window.turn,
        start=window.start,
        end=window.end,
        text=window.text,
        reason=Reason.MODEL,
        category=category,
        source=f"model:heads.{head}",
        score=round(float(score), 4),
    )
