"""Learned heads: calibrated linear classifiers over sentence embeddings.

Each head is ``p = sigmoid(a * (x @ w + b) + c)``: a logistic regression on the encoder's
384-dimensional embedding with Platt calibration fitted on out-of-fold predictions. The
weights ship with the package (``models/heads.npz``, see ``models/MODEL_CARD.md``) and
``careguard train`` reproduces them.

Heads only ever raise what the rules say (a safety bias): they add recall for phrasings
no rule knows, and each raise is shown as evidence with the head's name and score.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Final

import numpy as np
import numpy.typing as npt

from careguard.errors import ModelError
from careguard.risk.conversation import Window
from careguard.risk.scoring import RuleVerdict
from careguard.types import Category, Evidence, Reason, RiskLevel

HEADS_FILE: Final = "heads.npz"
ESCALATE: Final = "escalate"
"""The head that estimates P(a crisis line would act: level moderate or above)."""

Array = npt.NDArray[np.float32]


@dataclass(frozen=True, slots=True)
class LinearHead:
    """One calibrated logistic head."""

    name: str
    weights: Array
    bias: float
    scale: float
    shift: float
    threshold: float

    def predict(self, x: Array) -> Array:
        """Calibrated probabilities for embeddings ``x`` of shape (n, d)."""
        z = self.scale * (x @ self.weights + self.bias) + self.shift
        out: Array = (1.0 / (1.0 + np.exp(-z))).astype(np.float32)
        return out


@dataclass(frozen=True, slots=True)
class OrdinalHead:
    """A multinomial head over ordered classes (level ranks 0-4, or C-SSRS steps 0-6).

    It raises the verdict to its predicted class only when that class's probability is at
    least ``threshold``; ``ceiling`` caps how far it may raise on its own.
    """

    name: str
    weights: Array
    bias: Array
    threshold: float
    ceiling: int

    def predict(self, x: Array) -> Array:
        """Class probabilities, shape (n, k)."""
        z = x @ self.weights + self.bias
        z = z - z.max(axis=1, keepdims=True)
        e = np.exp(z)
        out: Array = (e / e.sum(axis=1, keepdims=True)).astype(np.float32)
        return out

    def confident_class(self, x: Array) -> tuple[int, float, int]:
        """Return the highest class any row predicts confidently: (class, probability, row)."""
        p = self.predict(x)
        best = (0, 0.0, 0)
        for row, probs in enumerate(p):
            k = int(np.argmax(probs))
            if probs[k] >= self.threshold and min(k, self.ceiling) > best[0]:
                best = (min(k, self.ceiling), float(probs[k]), row)
        return best


LEVEL: Final = "level"
CSSRS: Final = "cssrs"


class Heads:
    """The shipped heads: one per category, ``escalate``, and ordinal ``level``/``cssrs``."""

    def __init__(
        self,
        heads: Sequence[LinearHead],
        *,
        meta: dict[str, object],
        ordinal: Sequence[OrdinalHead] = (),
    ) -> None:
        self.heads = {h.name: h for h in heads}
        self.ordinal = {h.name: h for h in ordinal}
        self.meta = meta
        # One matrix product for every binary head: the per-head loop cost more than the maths.
        self._names = list(self.heads)
        if heads:
            self._w = np.stack([h.weights for h in heads], axis=1).astype(np.float32)
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
            ordinal = [
                OrdinalHead(
                    name=name,
                    weights=data[f"{name}.W"].astype(np.float32),
                    bias=data[f"{name}.B"].astype(np.float32),
                    threshold=float(data[f"{name}.t"]),
                    ceiling=int(data[f"{name}.ceil"]),
                )
                for name in meta.get("ordinal", [])
            ]
        return cls(heads, meta=meta, ordinal=ordinal)

    def save(self, path: Path) -> None:
        """Write the heads to ``path`` (an ``.npz`` file)."""
        arrays: dict[str, npt.NDArray[np.generic]] = {
            "meta": np.array(
                json.dumps({**self.meta, "heads": list(self.heads), "ordinal": list(self.ordinal)})
            )
        }
        for name, o in self.ordinal.items():
            arrays[f"{name}.W"] = o.weights
            arrays[f"{name}.B"] = o.bias
            arrays[f"{name}.t"] = np.array(o.threshold)
            arrays[f"{name}.ceil"] = np.array(o.ceiling)
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
        z = self._a * (x @ self._w + self._b) + self._c
        p = (1.0 / (1.0 + np.exp(-z))).astype(np.float32)
        return {name: p[:, i] for i, name in enumerate(self._names)}

    def apply(
        self,
        embeddings: Array,
        windows: Sequence[Window],
        rv: RuleVerdict,
        evidence: list[Evidence],
    ) -> None:
        """Merge the heads' view of ``windows`` into the rules' verdict, raising only."""
        quiet = _reassured_turns(evidence)
        keep = [i for i, w in enumerate(windows) if w.turn not in quiet]
        if not keep:
            return
        embeddings = embeddings[keep]
        windows = [windows[i] for i in keep]
        probs = self.predict(embeddings)
        for category in Category:
            head = self.heads.get(category.value)
            if head is None:
                continue
            p = probs[category.value]
            best = int(np.argmax(p))
            rv.categories[category] = max(rv.categories.get(category, 0.0), float(p[best]))
            if p[best] >= head.threshold and rv.level < RiskLevel.MODERATE:
                rv.raise_level(
                    RiskLevel.MODERATE, f"model: {category.value} head {float(p[best]):.2f}"
                )
                evidence.append(_model_evidence(windows[best], category, head.name, float(p[best])))
        level = self.ordinal.get(LEVEL)
        if level is not None:
            k, p_k, row = level.confident_class(embeddings)
            if k > rv.level.rank and k >= RiskLevel.MODERATE.rank:
                target = RiskLevel.from_rank(k)
                rv.raise_level(target, f"model: level head says {target.value} ({p_k:.2f})")
                evidence.append(_model_evidence(windows[row], None, level.name, p_k))
        cssrs = self.ordinal.get(CSSRS)
        if cssrs is not None:
            k, p_k, row = cssrs.confident_class(embeddings)
            if k > rv.cssrs:
                rv.cssrs = k
                rv.rationale.append(f"model: C-SSRS head says {k} ({p_k:.2f})")
                si = Category.SUICIDAL_IDEATION
                rv.categories[si] = max(rv.categories.get(si, 0.0), p_k)
                evidence.append(_model_evidence(windows[row], si, cssrs.name, p_k))
        esc = self.heads.get(ESCALATE)
        if esc is not None and rv.level < RiskLevel.MODERATE:
            p = probs[ESCALATE]
            best = int(np.argmax(p))
            if p[best] >= esc.threshold:
                rv.raise_level(RiskLevel.MODERATE, f"model: escalation head {float(p[best]):.2f}")
                evidence.append(_model_evidence(windows[best], None, esc.name, float(p[best])))


def _reassured_turns(evidence: Sequence[Evidence]) -> set[int]:
    """Turns where the writer says they are safe and the rules found no risk of theirs.

    "I would never hurt myself, I just need to vent": the embedding of that sentence sits
    near risk, but the writer has told us the answer; a head must not overrule them.
    """
    reassured = {e.turn for e in evidence if e.reason is Reason.PROTECTIVE_FACTOR}
    at_risk = {
        e.turn
        for e in evidence
        if e.category is not None and e.subject == "self" and not e.negated and not e.past
    }
    return reassured - at_risk


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
